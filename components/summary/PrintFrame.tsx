import type { ReactNode } from 'react';
import type { HeaderModel } from '@/lib/summary/viewModel';
import type { ClinicianWords } from '@/lib/summary/clinicianWords';
import styles from './summary.module.css';

/**
 * A printed part inside a one-cell layout table whose header row is the running header. Chromium repeats a table's
 * header group at the top of every page the table spans, so every printed page carries the name (or "No name
 * given" in the part's language), the date of birth and the date; "page n of N" comes from the @page margin box in app/globals.css. The
 * running header is print-only: on screen the part's own heading says where the reader is. `words`: the part's own
 * language's (the clinician's and the patient's parts may differ, issue 14, item 4).
 */
export function PrintFrame({ header, words, part, children }: { header: HeaderModel; words: ClinicianWords['frame']; part: string; children: ReactNode }) {
  return (
    <table className={styles.frame} role="presentation">
      <thead className={styles.frameHead}>
        <tr>
          <td>
            <div className={styles.running}>
              <span>
                <strong>{header.name ?? words.noName}</strong> · {words.dob} {header.dateOfBirth ?? words.notGiven}
              </span>
              <span>
                {words.prepared} {header.preparedAt} · {part}
              </span>
            </div>
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
