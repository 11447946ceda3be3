import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, hintId } from './fieldIds';
import { FieldMessages } from './FieldMessages';

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
    <fieldset className={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(name, hint, error)}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
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
