'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';

export interface SummaryError {
  /** The id of the control to focus: the input, or the first option of a group. */
  targetId: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: readonly SummaryError[];
  /** Changes on every failed submit, so the summary takes focus again. */
  attempt: number;
}

/** "There is a problem": takes focus after a failed submit; each link moves focus to its field. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useTranslations('flow');
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t('problemHeading')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.targetId}>
            <a
              href={`#${error.targetId}`}
              onClick={(event) => {
                // Focus (which also scrolls to) the field without putting anything in the URL.
                event.preventDefault();
                document.getElementById(error.targetId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
