import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceText } from './ChoiceText';
import { FieldGroup } from './FieldGroup';
import { hintId } from './fieldIds';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[];
  registration: UseFormRegisterReturn;
  /** Short options (yes / no / not sure) sit side by side on wide screens. */
  inline?: boolean;
}

/** The id of an option's radio or checkbox; the error summary links to the first one. */
export const optionId = (name: string, value: string) => `${name}-${value}`;

/** One answer from a few: radios in a fieldset whose legend is the question. Never advances on its own. */
export function ChoiceGroup({ name, legend, hint, error, options, registration, inline = false }: ChoiceGroupProps) {
  return (
    <FieldGroup name={name} legend={legend} hint={hint} error={error}>
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {options.map((option) => {
          const id = optionId(name, option.value);
          return (
            <div className="choice" key={option.value}>
              <input
                type="radio"
                id={id}
                value={option.value}
                aria-describedby={option.hint ? hintId(id) : undefined}
                {...(error ? { 'aria-invalid': true } : {})}
                {...registration}
              />
              <ChoiceText id={id} label={option.label} hint={option.hint} />
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}
