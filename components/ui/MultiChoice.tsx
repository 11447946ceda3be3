import type { ReactNode } from 'react';
import { ChoiceText } from './ChoiceText';
import { FieldGroup } from './FieldGroup';
import { hintId } from './fieldIds';
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
    <FieldGroup name={name} legend={legend} hint={hint} error={error}>
      <div className="choices choices-dense">
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
              <ChoiceText id={id} label={option.label} hint={option.hint} />
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}
