import { DRUG_DISPLAY, SEVERITY_DISPLAY, drugName } from '@/lib/summary/labels';
import { ruleDrugSeverities } from '@/lib/summary/ruleDrugSeverities';
import { DRUGS_IN_DISPLAY_ORDER, LABELS_BY_DRUG, RULES, RULESET_VERSION, RULES_CHECKED_ON, SEVERITIES } from '@/rules';
import { SeverityMark } from '@/components/summary/SeverityMark';
import styles from './about.module.css';
import { ExternalLink } from '@/components/ui/ExternalLink';

/** What each severity word means (docs/contract/rules.md, "Words"). */
const SEVERITY_MEANING = {
  contraindication: 'The situation is listed in a label’s Contraindications section (US §4 or EU SmPC 4.3).',
  warning:
    'A boxed-warning risk group, “avoid”, “initiation not recommended”, “use only if no suitable alternative”, or outside the approved population or dose. The dermatologist weighs it.',
  check: 'A test or an answer is needed before deciding.',
  discuss: 'Worth talking about: dose, timing, contraception, vaccines, or fit with the label’s indication.',
} as const;

/**
 * The about/sources page, generated from the rule catalogue itself so that nothing is written twice: how the app
 * decides, then every rule with its id, what fires it, its per-drug severities and its sources.
 */
export function AboutRules() {
  return (
    <div className={styles.about}>
      <h1>How the tool works and where its facts come from</h1>
      <p>
        This tool turns a person’s own answers into a summary for their dermatologist. It does not give a diagnosis or
        a prescription, and it does not decide whether a medicine is right for anyone. The dermatologist checks the
        summary and decides with the patient.
      </p>
      <p>
        Ruleset version <strong>{RULESET_VERSION}</strong>. Sources last checked on <strong>{RULES_CHECKED_ON}</strong>.
        Drug labels change: check the current label before acting on any flag.
      </p>

      <h2>How the app decides</h2>
      <p>
        Each rule below reads a few answers. When they match, the rule raises a <strong>flag</strong>. Flags appear only
        on the summary, in the part for the clinician, with the answers that raised them and the label sections they
        come from. Each flag has a severity for each drug, because the drugs’ labels differ.
      </p>
      <h3>The severity words</h3>
      <dl className={styles.words}>
        {SEVERITIES.map((severity) => (
          <div key={severity}>
            <dt>
              <SeverityMark severity={severity} />
            </dt>
            <dd>{SEVERITY_MEANING[severity]}</dd>
          </div>
        ))}
      </dl>
      <p>
        The summary’s per-drug view shows, for each drug, the highest severity among its flags. The drugs are always
        in the same order; it is not a ranking.
      </p>
      <h3>“Not sure” and unanswered questions</h3>
      <p>
        “Not sure” is not read as “no”. A “not sure” answer raises the same flag as “yes”, marked <em>unsure</em>, and
        any severity above “{SEVERITY_DISPLAY.check.label}” becomes “{SEVERITY_DISPLAY.check.label}”. A question left
        blank raises no flag, but the summary lists it under “Not answered / not sure”.
      </p>
      <h3>Hidden questions</h3>
      <p>
        Some questions are asked only when earlier answers make them matter: for example, the pregnancy questions are
        not asked below age 10. A question that is not shown has no answer: any answer to it is dropped before the rules
        run.
      </p>

      <h2>The drugs and their labels</h2>
      <p>Baricitinib is approved for eczema in the EU and UK, not in the US. The order is fixed; it is not a ranking.</p>
      <ul className={styles.plain} aria-label="Drugs and the label revisions read">
        {DRUGS_IN_DISPLAY_ORDER.map((drug) => (
          <li key={drug.id} id={`drug-${drug.id}`}>
            <strong>{drugName(drug.id)}</strong> ({drug.brand}, {drug.route === 'oral' ? 'tablet' : 'cream'}):{' '}
            {LABELS_BY_DRUG[drug.id]
              .map(
                (label) =>
                  `${label.label}${label.revised ? `, revision read ${label.revised}` : ', revision date not shown in the copy read'}` +
                  (label.newerRevisionNotRead ? `; a newer revision (${label.newerRevisionNotRead}) is known but has not been read yet` : ''),
              )
              .join('. ')}
            .
          </li>
        ))}
      </ul>

      <h2>The rules ({RULES.length})</h2>
      <div className={styles.tableWrap}>
        <table className={styles.rules}>
          <caption>Every rule: what fires it, its severity for each drug, and its sources</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Fires when</th>
              <th scope="col">Per drug</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {RULES.map((rule) => {
              const drugs = ruleDrugSeverities(rule);
              return (
                <tr key={rule.id} id={`rule-${rule.id}`}>
                  <th scope="row">
                    {rule.title}
                    <code className={styles.ruleId}>{rule.id}</code>
                  </th>
                  <td>{rule.firesWhen}</td>
                  <td>
                    <ul className={styles.plain}>
                      {DRUG_DISPLAY.filter((d) => drugs[d.id]).map((d) => (
                        <li key={d.id}>
                          {drugName(d.id)}: <SeverityMark severity={drugs[d.id]!} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul className={styles.plain}>
                      {rule.sources.map((source) => (
                        <li key={`${source.label}-${source.section}`}>
                          {source.url ? (
                            <ExternalLink href={source.url}>
                              {source.label}
                            </ExternalLink>
                          ) : (
                            source.label
                          )}
                          {source.section ? `, ${source.section}` : null}
                          {source.revised ? ` (rev. ${source.revised})` : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
