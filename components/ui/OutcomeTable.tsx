'use client';
import type { ReactNode } from 'react';
import { ChoiceText } from './ChoiceText';
import { FieldGroup } from './FieldGroup';
import { hintId } from './fieldIds';
import type { ChoiceOption } from './ChoiceGroup';

interface OutcomeTableProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** One row per item picked earlier (e.g. each treatment tried), in the list's order. */
  rows: readonly { value: string; label: string }[];
  /** The choices of every row. */
  options: readonly ChoiceOption[];
  value: Readonly<Record<string, string>>;
  onChange: (value: Record<string, string>) => void;
  onBlur?: () => void;
}

/** The id of one row's radio; the error summary links to the first row's first option. */
export const outcomeOptionId = (name: string, row: string, option: string) => `${name}-${row}-${option}`;

/**
 * One choice per row (questions.md `treatmentOutcomes`): the question is a fieldset, and each row is a fieldset of
 * radios whose legend names the row, so a screen reader hears "Dupilumab shots, Helped, radio button, 1 of 5".
 * Rows sit like a small table on wide screens and stack at 320 px.
 */
export function OutcomeTable({ name, legend, hint, error, rows, options, value, onChange, onBlur }: OutcomeTableProps) {
  return (
    <FieldGroup name={name} legend={legend} hint={hint} error={error}>
      <div className="outcome-rows">
        {rows.map((row) => (
          <fieldset className="outcome-row" key={row.value}>
            <legend className="outcome-row-label">{row.label}</legend>
            <div className="choices choices-inline">
              {options.map((option) => {
                const id = outcomeOptionId(name, row.value, option.value);
                return (
                  <div className="choice" key={option.value}>
                    <input
                      type="radio"
                      id={id}
                      name={`${name}-${row.value}`}
                      value={option.value}
                      checked={value[row.value] === option.value}
                      onChange={() => onChange({ ...value, [row.value]: option.value })}
                      onBlur={onBlur}
                      aria-describedby={option.hint ? hintId(id) : undefined}
                      {...(error ? { 'aria-invalid': true } : {})}
                    />
                    <ChoiceText id={id} label={option.label} hint={option.hint} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
    </FieldGroup>
  );
}
