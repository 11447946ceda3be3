import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { DatePart } from '@/lib/flow/birthDate';
import { describedBy, errorId, hintId } from './fieldIds';
import { FieldMessages } from './FieldMessages';
import { useTranslations } from 'next-intl';

/** The id of one box: `<id>-day`, `<id>-month`, `<id>-year` (the error summary links to the wrong one). */
export const datePartId = (id: string, part: DatePart) => `${id}-${part}`;

interface DateInputProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The boxes in the locale's order (datePartOrder). */
  order: readonly DatePart[];
  registrations: Record<DatePart, UseFormRegisterReturn>;
  /** The boxes the error is about: marked aria-invalid and with a red border. */
  invalid: readonly DatePart[];
  autoComplete?: boolean;
}

/**
 * A date as three labelled boxes in a fieldset (the GOV.UK date-input pattern): text inputs with the numeric
 * keyboard, never type="date" (which drops a date it cannot read without a word). Each box keeps what was typed.
 */
export function DateInput({ id, legend, hint, error, order, registrations, invalid, autoComplete = true }: DateInputProps) {
  const t = useTranslations('controls');
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(id, hint, error)}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="date-input">
        {order.map((part) => {
          const inputId = datePartId(id, part);
          const bad = invalid.includes(part);
          return (
            <div className="date-input-item" key={part}>
              <label htmlFor={inputId} className="date-input-label">
                {t(part)}
              </label>
              <input
                id={inputId}
                type="text"
                inputMode="numeric"
                autoComplete={autoComplete ? `bday-${part}` : 'off'}
                className={part === 'year' ? 'input date-input-year' : 'input date-input-short'}
                {...(bad ? { 'aria-invalid': true, 'aria-describedby': errorId(id) } : hint ? { 'aria-describedby': hintId(id) } : {})}
                {...registrations[part]}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
