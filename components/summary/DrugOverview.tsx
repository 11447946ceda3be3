import { DRUG_DISPLAY } from '@/lib/summary/labels';
import type { ScreeningResult } from '@/rules';
import { SeverityMark } from './SeverityMark';
import styles from './summary.module.css';

/** The per-drug view: each drug's highest flag severity, in a fixed order that is not a ranking. */
export function DrugOverview({ byDrug }: { byDrug: ScreeningResult['byDrug'] }) {
  return (
    <table className={styles.drugTable}>
      <caption>Highest flag per drug, from the flags below (a fixed order, not a ranking)</caption>
      <thead>
        <tr>
          {DRUG_DISPLAY.map((drug) => (
            <th key={drug.id} scope="col">
              {drug.name} <span className={styles.brand}>({drug.brand})</span>
              {drug.region ? (
                <>
                  {' '}
                  <span className={styles.region}>{drug.region}</span>
                </>
              ) : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {DRUG_DISPLAY.map((drug) => (
            <td key={drug.id} data-drug={drug.id} data-severity={byDrug[drug.id]}>
              <SeverityMark severity={byDrug[drug.id]} />
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
