'use client';

import { useState } from 'react';
import styles from './summary.module.css';

/** Print and "Copy as text" (for a clinic note). Hidden in print. */
export function SummaryActions({ text }: { text: string }) {
  const [status, setStatus] = useState('');

  async function copyAsText() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied the summary as text. You can paste it into a clinic note.');
    } catch {
      setStatus('Copying did not work in this browser. Select the summary text and copy it instead.');
    }
  }

  return (
    <div className={`${styles.actions} no-print`}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="button button-secondary" onClick={copyAsText}>
          Copy as text
        </button>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
