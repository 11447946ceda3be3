import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldGroup } from './FieldGroup';
import { optionId } from './ChoiceGroup';

interface ScaleFieldProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  registration: UseFormRegisterReturn;
}

/** A 0–10 scale as a row of radio buttons: works by tap and by keyboard (arrow keys), no dragging. */
export function ScaleField({ name, legend, hint, error, min, max, minLabel, maxLabel, registration }: ScaleFieldProps) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  return (
    <FieldGroup name={name} legend={legend} hint={hint} error={error}>
      <div className="scale">
        {values.map((value) => {
          const id = optionId(name, value);
          const end = value === String(min) ? minLabel : value === String(max) ? maxLabel : null;
          return (
            <div className="scale-point" key={value}>
              <input type="radio" id={id} value={value} {...(error ? { 'aria-invalid': true } : {})} {...registration} />
              <label htmlFor={id}>
                {value}
                {end ? <span className="visually-hidden"> ({end})</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      <div className="scale-ends" aria-hidden="true">
        <span>
          {min}: {minLabel}
        </span>
        <span>
          {max}: {maxLabel}
        </span>
      </div>
    </FieldGroup>
  );
}
