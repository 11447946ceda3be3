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
  /**
   * A tick box at the top of each row, for a second answer about the same items (treatmentsCurrent: "Using it
   * now"): its checkbox id is `<name>-<row>`, its label `label`, its value the list of ticked rows.
   */
  tick?: { name: string; label: string; value: readonly string[]; onChange: (next: string[]) => void };
}

/** The id of one row's radio; the error summary links to the first row's first option. */
export const outcomeOptionId = (name: string, row: string, option: string) => `${name}-${row}-${option}`;

/**
 * One choice per row (questions.md `treatmentOutcomes`): the question is a fieldset, and each row is a fieldset of
 * radios whose legend names the row, so a screen reader hears "Dupilumab shots, Helped, radio button, 1 of 5".
 * Rows sit like a small table on wide screens and stack at 320 px.
 */
export function OutcomeTable({ name, legend, hint, error, rows, options, value, onChange, onBlur, tick }: OutcomeTableProps) {
  return (
    <FieldGroup name={name} legend={legend} hint={hint} error={error}>
      <div className="outcome-rows">
        {rows.map((row) => (
          <fieldset className="outcome-row" key={row.value}>
            <legend className="outcome-row-label">{row.label}</legend>
            <div className="choices outcome-grid">
              {tick ? (
                <div className="choice outcome-row-tick">
                  <input
                    type="checkbox"
                    id={`${tick.name}-${row.value}`}
                    name={tick.name}
                    value={row.value}
                    checked={tick.value.includes(row.value)}
                    onChange={(event) => tick.onChange(event.target.checked ? [...tick.value.filter((v) => v !== row.value), row.value] : tick.value.filter((v) => v !== row.value))}
                  />
                  <div className="choice-text">
                    <label htmlFor={`${tick.name}-${row.value}`}>{tick.label}</label>
                  </div>
                </div>
              ) : null}
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
