import { DRUG_DISPLAY, SEVERITY_DISPLAY, drugName } from '@/lib/summary/labels';
import { ruleDrugSeverities } from '@/lib/summary/ruleDrugSeverities';
import { DRUGS_IN_DISPLAY_ORDER, LABELS_BY_DRUG, RULES, RULESET_VERSION, RULES_CHECKED_ON, SEVERITIES } from '@/rules';
import { SeverityMark } from '@/components/summary/SeverityMark';
import styles from './about.module.css';

/** The reference table is the labels' own English (lang="en" on other pages), so its links say so in English. */
const REFERENCE_NEW_TAB = ' (opens in a new tab)';
import { ExternalLink } from '@/components/ui/ExternalLink';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';


/**
 * The about/sources page, generated from the rule catalogue itself so that nothing is written twice: how the app
 * decides, then every rule with its id, what fires it, its per-drug severities and its sources.
 */
export function AboutRules() {
  const t = useTranslations('about');
  const locale = useLocale();
  // The drug list and the rule table quote the labels and the clinician's words: English, marked so on a page in
  // another language (WCAG 3.1.2).
  const reference = locale === 'en' ? undefined : 'en';
  const rich = { strong: (chunks: ReactNode) => <strong>{chunks}</strong>, em: (chunks: ReactNode) => <em>{chunks}</em> };
  return (
    <div className={styles.about}>
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <p>{t.rich('version', { ...rich, version: RULESET_VERSION, checked: RULES_CHECKED_ON })}</p>

      <h2>{t('howHeading')}</h2>
      <p>{t.rich('how', rich)}</p>
      <h3>{t('wordsHeading')}</h3>
      <dl className={styles.words}>
        {SEVERITIES.map((severity) => (
          <div key={severity}>
            <dt lang={reference}>
              <SeverityMark severity={severity} />
            </dt>
            <dd>{t(severity)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('perDrug')}</p>
      <h3>{t('unsureHeading')}</h3>
      <p>{t.rich('unsure', { ...rich, check: SEVERITY_DISPLAY.check.label })}</p>
      <h3>{t('hiddenHeading')}</h3>
      <p>{t('hidden')}</p>

      <h2>{t('languageHeading')}</h2>
      <p>{t('language')}</p>

      <h2>{t('drugsHeading')}</h2>
      <p>{t('drugsNote')}</p>
      <p>{t('englishReference')}</p>
      <ul className={styles.plain} aria-label="Drugs and the label revisions read" lang={reference}>
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

      <h2>{t('rulesHeading', { count: RULES.length })}</h2>
      {/* A region that scrolls on its own must be reachable by keyboard and named (WCAG 2.1.1, 4.1.2). */}
      <div className={styles.tableWrap} lang={reference} role="region" aria-label="Every rule" tabIndex={0}>
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
                            <ExternalLink href={source.url} newTab={REFERENCE_NEW_TAB}>
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
