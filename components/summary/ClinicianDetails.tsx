import { PAGE_ONE_TREATMENT_LIMIT, sourceText } from '@/lib/summary/viewModel';
import type { SummaryModel } from '@/lib/summary/viewModel';
import styles from './summary.module.css';
import { PartHeading } from './PartHeading';
import { ExternalLink } from '@/components/ui/ExternalLink';

/**
 * Clinician details, after page 1 and as long as needed: each flag's full detail with the answers behind it and its
 * sources (section and label revision, numbered as on page 1), the patient's words in full, and every answer given.
 */
export function ClinicianDetails({ model }: { model: SummaryModel }) {
  const extraTreatments = model.treatments.slice(PAGE_ONE_TREATMENT_LIMIT);
  const words = model.words.details;
  return (
    <>
      <PartHeading id="clinician-details" heading={words.heading} language={model.words.thisPart} />
      {model.flags.length === 0 ? <p>{words.noFlags}</p> : null}
      {model.flags.map((flag) => (
        <article key={flag.id} data-rule-id={flag.id} className={styles.detailFlag} aria-labelledby={`detail-${flag.id}`}>
          <h3 id={`detail-${flag.id}`} className={styles.detailTitle}>
            {flag.title}
            {flag.unsure ? <span className={styles.unsure}>{words.unsure}</span> : null}
          </h3>
          <p className={styles.detail}>{flag.detail}</p>
          <p className={styles.line}>
            <strong>{words.perDrug}</strong>{' '}
            {flag.cells
              .filter((c) => c.severity !== 'none')
              .map((c) => `${c.fullName}: ${c.symbol} ${c.label}`)
              .join(' · ')}
          </p>
          <p className={styles.line}>
            <strong>{words.because}</strong> {flag.because.map((b) => `${b.question}: ${b.answer}`).join('; ')}
          </p>
          <ul className={styles.sourceList}>
            {flag.sourceNumbers.map((n) => {
              const source = model.sources[n - 1];
              return (
                <li key={n}>
                  [{n}]{' '}
                  {source.url ? (
                    <ExternalLink href={source.url} newTab={words.newTab}>
                      {sourceText(source)}
                    </ExternalLink>
                  ) : (
                    sourceText(source)
                  )}
                </li>
              );
            })}
          </ul>
        </article>
      ))}

      {model.sources.length > 0 ? <p className={styles.note}>{words.sourceAbbreviations}</p> : null}

      <section aria-labelledby="baseline-checks-full" className={styles.block}>
        <h3 id="baseline-checks-full">{words.baselineChecks}</h3>
        <ul className={styles.checklist}>
          {model.baselineChecks.map((check) => (
            <li key={check.id}>{check.text}</li>
          ))}
        </ul>
      </section>
      {/* The patient page's fixed notices cite no sources in plain-language text; the clinician sees them here. */}
      <p className={styles.note}>
        {words.noticeSources(model.notices.whatToExpect.sources.join('; '), model.notices.urgent.sources.join('; '))}
      </p>

      {model.freeText.length > 0 || extraTreatments.length > 0 ? (
        <section aria-labelledby="continued" className={styles.block}>
          <h3 id="continued">{words.continued}</h3>
          {extraTreatments.length > 0 ? (
            <p className={styles.freeText}>
              <strong>{words.moreTreatments}</strong>{' '}
              {extraTreatments.map((t) => `${t.name}${t.current ? words.nowMark : ''}${t.outcome ? `: ${t.outcome}` : ''}`).join('; ')}
            </p>
          ) : null}
          {model.freeText.map((t) => (
            <p key={t.id} className={styles.freeText}>
              <strong>{words.patientsWords(t.label)}</strong> {t.full}
            </p>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="all-answers" className={styles.block}>
        <h3 id="all-answers">{words.allAnswers}</h3>
        {/* Scrolls in its own box on a narrow phone rather than running over the page (issue 12). */}
        <div className={styles.tableScroll} role="region" aria-label={words.allAnswersRegion} tabIndex={0}>
          <table className={styles.answerTable}>
            <thead>
              <tr>
                <th scope="col">{words.section}</th>
                <th scope="col">{words.question}</th>
                <th scope="col">{words.answer}</th>
              </tr>
            </thead>
            <tbody>
              {model.answers.map((a) => (
                <tr key={`${a.section}-${a.question}`}>
                  <td>{a.section}</td>
                  <th scope="row">{a.question}</th>
                  <td>{a.answer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
