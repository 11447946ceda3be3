import { PAGE_ONE_TREATMENT_LIMIT, sourceRef } from '@/lib/summary/viewModel';
import type { DrugCell, SummaryModel } from '@/lib/summary/viewModel';
import { SEVERITY_LEGEND } from '@/lib/summary/labels';
import styles from './summary.module.css';

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
  const moreTreatments = model.treatments.length - PAGE_ONE_TREATMENT_LIMIT;
  return (
    <>
      <header className={styles.header}>
        <p className={styles.title}>{header.title}</p>
        <dl className={styles.facts}>
          <div>
            <dt>Name (as entered)</dt>
            <dd>{header.name ?? 'not given'}</dd>
          </div>
          <div>
            <dt>Date of birth (as entered)</dt>
            <dd>{header.dateOfBirth ?? 'not given'}</dd>
          </div>
          <div>
            <dt>Completed by</dt>
            <dd>{header.completedBy}</dd>
          </div>
          <div>
            <dt>Prepared</dt>
            <dd>{header.preparedAt}</dd>
          </div>
          <div>
            <dt>Versions</dt>
            <dd>
              app {header.appVersion}, ruleset {header.rulesetVersion}
            </dd>
          </div>
        </dl>
        <p className={styles.statement}>{header.statement}</p>
      </header>

      <h2 id="for-the-clinician" className={styles.partHeading}>
        For the clinician
      </h2>

      <section aria-labelledby="snapshot" className={styles.snapshot}>
        <h3 id="snapshot" className="visually-hidden">
          Snapshot
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
            Eczema treatments{model.topicalWeeks ? ` · longest steady cream use: ${model.topicalWeeks}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Treatment</th>
              <th scope="col">Now</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {model.treatments.length === 0 ? (
              <tr>
                <td colSpan={3}>None reported</td>
              </tr>
            ) : (
              model.treatments.slice(0, PAGE_ONE_TREATMENT_LIMIT).map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.current ? 'Yes' : '–'}</td>
                  <td>{t.outcome ?? '–'}</td>
                </tr>
              ))
            )}
            {moreTreatments > 0 ? (
              <tr>
                <td colSpan={3}>+{moreTreatments} more, continued on page 2</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>

      {/* A data table may scroll sideways on a narrow screen (WCAG 1.4.10 exception); focusable so a keyboard can scroll it.
          Touch browsers hide the scroll bar until it is used, so a line says so where the table is wider (below 40rem). */}
      <p className={styles.scrollHint}>The table is wider than the screen: scroll it sideways to see every column.</p>
      <div className={styles.tableScroll} role="region" aria-label="Flags per drug" tabIndex={0}>
      <table className={styles.flagTable}>
        <caption>
          Highest flag per drug, then every flag (a fixed drug order, not a ranking).{' '}
          <span className={styles.legend}>{SEVERITY_LEGEND}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.flagCol}>
              Flag
            </th>
            <DrugHead model={model} />
            <th scope="col">Because (patient reports)</th>
            <th scope="col" className={styles.srcCol}>
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className={styles.overviewRow}>
            <th scope="row">Highest per drug</th>
            {model.byDrug.map((cell) => (
              <Cell key={cell.drug} cell={cell} />
            ))}
            <td colSpan={2}>{model.flags.length === 0 ? 'No flags: no answer matched a rule.' : `${model.flags.length} flags below`}</td>
          </tr>
          {model.flags.map((flag) => (
            <tr key={flag.id} data-rule-id={flag.id} className={styles.flagRow}>
              <th scope="row">
                {flag.title}
                {flag.unsure ? <span className={styles.unsure}> ? unsure (a “not sure” answer)</span> : null}
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
        <h3 id="baseline-checks">Baseline checks before an oral JAK inhibitor (in full, with label limits, in the details)</h3>
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
        <h3 id="open-items">Not answered / not sure:</h3>{' '}
        {model.openItems.length === 0 ? (
          <p>None: every safety question shown was answered.</p>
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
            In the patient’s words
          </h3>
          {model.freeText.map((t) => (
            <p key={t.id} className={styles.freeText}>
              <strong>{t.label}:</strong> “{t.excerpt}”{t.cut ? <em> (continued on page 2)</em> : null}
            </p>
          ))}
        </section>
      ) : null}
    </>
  );
}
