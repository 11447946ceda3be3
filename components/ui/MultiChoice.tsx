import type { ReactNode } from 'react';
import { describedBy, hintId } from './fieldIds';
import { FieldMessages } from './FieldMessages';
import { optionId } from './ChoiceGroup';
import type { ChoiceOption } from './ChoiceGroup';

interface MultiChoiceProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur?: () => void;
  /** The option that excludes all others ("None of these"). */
  exclusive?: string;
}

/** Ticking the exclusive option clears the others; ticking another option clears the exclusive one. */
export function toggleChoice(current: readonly string[], value: string, exclusive: string | undefined): string[] {
  if (current.includes(value)) return current.filter((v) => v !== value);
  if (value === exclusive) return [value];
  return [...current.filter((v) => v !== exclusive), value];
}

/** Any number of answers: checkboxes in a fieldset whose legend is the question. */
export function MultiChoice({ name, legend, hint, error, options, value, onChange, onBlur, exclusive = 'none' }: MultiChoiceProps) {
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(name, hint, error)}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
      <div className="choices">
        {options.map((option) => {
          const id = optionId(name, option.value);
          return (
            <div className={option.value === exclusive ? 'choice choice-exclusive' : 'choice'} key={option.value}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                checked={value.includes(option.value)}
                onChange={() => onChange(toggleChoice(value, option.value, exclusive))}
                onBlur={onBlur}
                aria-describedby={option.hint ? hintId(id) : undefined}
              />
              <div className="choice-text">
                <label htmlFor={id}>{option.label}</label>
                {option.hint ? (
                  <span id={hintId(id)} className="choice-hint">
                    {option.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
