import { PAGE_ONE_TREATMENT_LIMIT, sourceRef } from '@/lib/summary/viewModel';
import type { DrugCell, SummaryModel } from '@/lib/summary/viewModel';
import styles from './summary.module.css';
import { PartHeading } from './PartHeading';

/** One per-drug cell: symbol and words, never colour alone (WCAG 1.4.1; survives black-and-white print). */
function Cell({ cell }: { cell: DrugCell }) {
  return (
    <td data-drug={cell.drug} data-severity={cell.severity} className={`${styles.cell} ${styles[`severity-${cell.severity}`] ?? ''}`}>
      <span aria-hidden="true" className={styles.symbol}>
        {cell.symbol}
      </span>{' '}
      <span className={styles.cellShort} aria-hidden="true">
        {cell.short}
      </span>
      <span className="visually-hidden">{cell.label}</span>
    </td>
  );
}

function DrugHead({ model }: { model: SummaryModel }) {
  return (
    <>
      {model.drugs.map((drug) => (
        <th key={drug.id} scope="col" className={styles.drugCol}>
          {drug.name}
          {drug.region ? <span className={styles.region}> {drug.region}</span> : null}
        </th>
      ))}
    </>
  );
}

/**
 * Clinician page 1, the page that always fits one Letter or A4 page: header, snapshot, treatment history, the
 * per-drug overview, every flag as one compact row, the baseline checklist, the open items, and free text cut short
 * with "continued on page 2".
 */
export function ClinicianPageOne({ model }: { model: SummaryModel }) {
  const { header } = model;
  const words = model.words.page;
  const moreTreatments = model.treatments.length - PAGE_ONE_TREATMENT_LIMIT;
  return (
    <>
      <header className={styles.header}>
        <p className={styles.title}>{header.title}</p>
        <dl className={styles.facts}>
          <div>
            <dt>{words.nameAsEntered}</dt>
            <dd>{header.name ?? model.words.notGiven}</dd>
          </div>
          <div>
            <dt>{words.dobAsEntered}</dt>
            <dd>{header.dateOfBirth ?? model.words.notGiven}</dd>
          </div>
          <div>
            <dt>{words.completedBy}</dt>
            <dd>{header.completedBy}</dd>
          </div>
          <div>
            <dt>{words.prepared}</dt>
            <dd>{header.preparedAt}</dd>
          </div>
          <div>
            <dt>{words.versions}</dt>
            <dd>{words.versionsText(header.appVersion, header.rulesetVersion)}</dd>
          </div>
        </dl>
        <p className={styles.statement}>{header.statement}</p>
      </header>

      <PartHeading id="for-the-clinician" heading={words.forTheClinician} language={model.words.thisPart} />

      <section aria-labelledby="snapshot" className={styles.snapshot}>
        <h3 id="snapshot" className="visually-hidden">
          {words.snapshot}
        </h3>
        <dl className={styles.snapshotFacts}>
          {model.snapshot.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
        <table className={styles.treatments}>
          <caption>
            {words.treatments}
            {model.topicalWeeks ? words.longestCream(model.topicalWeeks) : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{words.treatment}</th>
              <th scope="col">{words.now}</th>
              <th scope="col">{words.result}</th>
            </tr>
          </thead>
          <tbody>
            {model.treatments.length === 0 ? (
              <tr>
                <td colSpan={3}>{words.noneReported}</td>
              </tr>
            ) : (
              model.treatments.slice(0, PAGE_ONE_TREATMENT_LIMIT).map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.current ? words.yes : '–'}</td>
                  <td>{t.outcome ?? '–'}</td>
                </tr>
              ))
            )}
            {moreTreatments > 0 ? (
              <tr>
                <td colSpan={3}>{words.moreOnPage2(moreTreatments)}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>

      {/* A data table may scroll sideways on a narrow screen (WCAG 1.4.10 exception); focusable so a keyboard can scroll it.
          Touch browsers hide the scroll bar until it is used, so a line says so where the table is wider (below 40rem). */}
      <p className={styles.scrollHint}>{words.scrollHint}</p>
      <div className={styles.tableScroll} role="region" aria-label={words.flagsRegion} tabIndex={0}>
      <table className={styles.flagTable}>
        <caption>
          {words.flagCaption} <span className={styles.legend}>{model.words.legend}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.flagCol}>
              {words.flag}
            </th>
            <DrugHead model={model} />
            <th scope="col">{words.because}</th>
            <th scope="col" className={styles.srcCol}>
              {words.source}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className={styles.overviewRow}>
            <th scope="row">{words.highestPerDrug}</th>
            {model.byDrug.map((cell) => (
              <Cell key={cell.drug} cell={cell} />
            ))}
            <td colSpan={2}>{model.flags.length === 0 ? words.noFlags : words.flagsBelow(model.flags.length)}</td>
          </tr>
          {model.flags.map((flag) => (
            <tr key={flag.id} data-rule-id={flag.id} className={styles.flagRow}>
              <th scope="row">
                {flag.title}
                {flag.unsure ? <span className={styles.unsure}>{words.unsureShort}</span> : null}
              </th>
              {flag.cells.map((cell) => (
                <Cell key={cell.drug} cell={cell} />
              ))}
              <td>{flag.becauseShort}</td>
              <td>{sourceRef(flag.sourceNumbers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>

      <section aria-labelledby="baseline-checks" className={styles.block}>
        <h3 id="baseline-checks">{words.baselineChecks}</h3>
        <ul className={styles.checklist}>
          {model.baselineChecks.map((check) => (
            <li key={check.id}>
              <span aria-hidden="true" className={styles.box}>
                ☐
              </span>{' '}
              {check.short}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open-items" className={`${styles.block} ${styles.runIn}`}>
        <h3 id="open-items">{words.openItems}</h3>{' '}
        {model.openItems.length === 0 ? (
          <p>{words.noOpenItems}</p>
        ) : (
          <ul className={styles.inlineList}>
            {model.openItems.map((item) => (
              <li key={item.id}>
                {item.label}: <strong>{item.status}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>

      {model.freeText.length > 0 ? (
        <section aria-labelledby="patient-words" className={styles.block}>
          <h3 id="patient-words" className="visually-hidden">
            {words.patientWords}
          </h3>
          {model.freeText.map((t) => (
            <p key={t.id} className={styles.freeText}>
              <strong>{t.label}:</strong> “{t.excerpt}”{t.cut ? <em>{words.continuedOnPage2}</em> : null}
            </p>
          ))}
        </section>
      ) : null}
    </>
  );
}
