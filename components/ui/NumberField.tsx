import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { useTranslations } from 'next-intl';

interface NumberFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  min: number;
  max: number;
  unit?: string;
  registration: UseFormRegisterReturn;
}

/**
 * A whole number in a range. A text input with the numeric keyboard (not type="number", which silently drops
 * what it cannot parse and changes value on scroll); the range is stated and checked by the schema.
 */
export function NumberField({ id, label, hint, error, min, max, unit, registration }: NumberFieldProps) {
  const t = useTranslations('controls');
  const range = t('wholeNumber', { min, max });
  return (
    <Field id={id} label={label} error={error} hint={<>{hint ? <>{hint} </> : null}{range}</>}>
      {(control) => (
        <span className="number-input">
          <input {...control} {...registration} type="text" inputMode="numeric" autoComplete="off" className="input input-number" />
          {unit ? <span className="input-unit">{unit}</span> : null}
        </span>
      )}
    </Field>
  );
}
