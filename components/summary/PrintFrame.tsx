import type { ReactNode } from 'react';
import type { HeaderModel } from '@/lib/summary/viewModel';
import styles from './summary.module.css';

/**
 * A printed part inside a one-cell layout table whose header row is the running header. Chromium repeats a table's
 * header group at the top of every page the table spans, so every printed page carries the name (or "No name
 * given"), the date of birth and the date; "page n of N" comes from the @page margin box in app/globals.css. The
 * running header is print-only: on screen the part's own heading says where the reader is.
 */
export function PrintFrame({ header, part, children }: { header: HeaderModel; part: string; children: ReactNode }) {
  return (
    <table className={styles.frame} role="presentation">
      <thead className={styles.frameHead}>
        <tr>
          <td>
            <div className={styles.running}>
              <span>
                <strong>{header.runningName}</strong> · DOB {header.dateOfBirth ?? 'not given'}
              </span>
              <span>
                Prepared {header.preparedAt} · {part}
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
