import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TRI_VALUES } from '@/lib/questionnaire/types';
import { optionId } from './ChoiceGroup';
import { describedBy, errorId, hintId } from './fieldIds';
import { useTranslations } from 'next-intl';

export interface TriGroupRow {
  /** The question's linkId: the radios' name, and the start of each radio's id (`<id>-yes`). */
  id: string;
  /** The question, as the row's legend (so each row is a radio group named by its question). */
  text: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
}

interface TriGroupProps {
  /** The id of the grid (its "No to all" button and live region hang off it). */
  id: string;
  legend: ReactNode;
  rows: readonly TriGroupRow[];
  /** Answers No to each row not answered yet. */
  onNoToAll: () => void;
  /** What the last "No to all" did, for the live region ("Answered No to 10 questions."). */
  announcement?: string;
}

/**
 * Related yes / no / not sure questions as one compact grid: a row per question, each row a fieldset whose legend
 * is the question (a radio group with its own name), and a "No to all of these" button that answers No to every
 * row still blank. Rows already answered keep their answer: a bulk button never turns a "yes" or "not sure"
 * someone chose into a "no". Stacks at 320 px; question left and answers right on wide screens.
 */
export function TriGroup({ id, legend, rows, onNoToAll, announcement }: TriGroupProps) {
  const noteId = `${id}-note`;
  const t = useTranslations('controls');
  const flow = useTranslations('flow');
  return (
    <fieldset className="field tri-group">
      <legend className="field-label">{legend}</legend>
      <div className="tri-group-bar">
        <button type="button" className="button button-secondary button-small" onClick={onNoToAll} aria-describedby={noteId}>
          {t('noToAll')}
        </button>
        <span id={noteId} className="visually-hidden">
          {t('noToAllNote')}
        </span>
      </div>
      <div className="tri-rows">
        {rows.map((row) => (
          <fieldset key={row.id} className={row.error ? 'tri-row tri-row-invalid' : 'tri-row'} aria-describedby={describedBy(row.id, row.hint, row.error)}>
            <legend className="tri-row-label">{row.text}</legend>
            {row.hint ? (
              <div id={hintId(row.id)} className="field-hint tri-row-hint">
                {row.hint}
              </div>
            ) : null}
            {row.error ? (
              <p id={errorId(row.id)} className="field-error">
                <span className="visually-hidden">{flow('errorPrefix')} </span>
                {row.error}
              </p>
            ) : null}
            <div className="tri-options">
              {TRI_VALUES.map((value) => {
                const inputId = optionId(row.id, value);
                return (
                  <div className="tri-option" key={value}>
                    <input type="radio" id={inputId} value={value} {...(row.error ? { 'aria-invalid': true } : {})} {...row.registration} />
                    <label htmlFor={inputId}>{t(value)}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
