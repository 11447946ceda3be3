'use client';

import { useState } from 'react';
import styles from './summary.module.css';
import { useTranslations } from 'next-intl';

/** Print and "Copy as text" (for a clinic note). Hidden in print. */
export function SummaryActions({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  const t = useTranslations('summary');

  async function copyAsText() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  }

  return (
    <div className={`${styles.actions} no-print`}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="button button-secondary" onClick={copyAsText}>
          {t('copy')}
        </button>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
