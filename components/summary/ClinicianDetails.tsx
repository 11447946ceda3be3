import { SOURCE_ABBREVIATIONS_NOTE } from '@/lib/summary/labels';
import { PAGE_ONE_TREATMENT_LIMIT, sourceText } from '@/lib/summary/viewModel';
import type { SummaryModel } from '@/lib/summary/viewModel';
import styles from './summary.module.css';
import { ExternalLink } from '@/components/ui/ExternalLink';

/**
 * Clinician details, after page 1 and as long as needed: each flag's full detail with the answers behind it and its
 * sources (section and label revision, numbered as on page 1), the patient's words in full, and every answer given.
 */
export function ClinicianDetails({ model }: { model: SummaryModel }) {
  const extraTreatments = model.treatments.slice(PAGE_ONE_TREATMENT_LIMIT);
  return (
    <>
      <h2 id="clinician-details" className={styles.partHeading}>
        Clinician details
      </h2>
      {model.flags.length === 0 ? <p>No flags were raised by these answers.</p> : null}
      {model.flags.map((flag) => (
        <article key={flag.id} data-rule-id={flag.id} className={styles.detailFlag} aria-labelledby={`detail-${flag.id}`}>
          <h3 id={`detail-${flag.id}`} className={styles.detailTitle}>
            {flag.title}
            {flag.unsure ? <span className={styles.unsure}> ? unsure: rests on a “not sure” answer</span> : null}
          </h3>
          <p className={styles.detail}>{flag.detail}</p>
          <p className={styles.line}>
            <strong>Per drug:</strong>{' '}
            {flag.cells
              .filter((c) => c.severity !== 'none')
              .map((c) => `${c.fullName}: ${c.symbol} ${c.label}`)
              .join(' · ')}
          </p>
          <p className={styles.line}>
            <strong>Because:</strong> {flag.because.map((b) => `${b.question}: ${b.answer}`).join('; ')}
          </p>
          <ul className={styles.sourceList}>
            {flag.sourceNumbers.map((n) => {
              const source = model.sources[n - 1];
              return (
                <li key={n}>
                  [{n}]{' '}
                  {source.url ? (
                    <ExternalLink href={source.url}>
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

      {model.sources.length > 0 ? <p className={styles.note}>{SOURCE_ABBREVIATIONS_NOTE}</p> : null}

      <section aria-labelledby="baseline-checks-full" className={styles.block}>
        <h3 id="baseline-checks-full">Baseline checks in full</h3>
        <ul className={styles.checklist}>
          {model.baselineChecks.map((check) => (
            <li key={check.id}>{check.text}</li>
          ))}
        </ul>
      </section>
      {/* The patient page's fixed notices cite no sources in plain-language text; the clinician sees them here. */}
      <p className={styles.note}>
        Sources of the patient page’s fixed notices. What happens before and after starting:{' '}
        {model.notices.whatToExpect.sources.join('; ')}. Signs to call about (emergency now, or the doctor the same day):{' '}
        {model.notices.urgent.sources.join('; ')}.
      </p>

      {model.freeText.length > 0 || extraTreatments.length > 0 ? (
        <section aria-labelledby="continued" className={styles.block}>
          <h3 id="continued">Continued from page 1</h3>
          {extraTreatments.length > 0 ? (
            <p className={styles.freeText}>
              <strong>More eczema treatments:</strong>{' '}
              {extraTreatments.map((t) => `${t.name}${t.current ? ' (now)' : ''}${t.outcome ? `: ${t.outcome}` : ''}`).join('; ')}
            </p>
          ) : null}
          {model.freeText.map((t) => (
            <p key={t.id} className={styles.freeText}>
              <strong>{t.label} (patient’s words):</strong> {t.full}
            </p>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="all-answers" className={styles.block}>
        <h3 id="all-answers">All answers</h3>
        {/* Scrolls in its own box on a narrow phone rather than running over the page (issue 12). */}
        <div className={styles.tableScroll} role="region" aria-label="Table of all answers" tabIndex={0}>
          <table className={styles.answerTable}>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Question</th>
                <th scope="col">Answer</th>
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
