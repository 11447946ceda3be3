import type { ReactNode } from 'react';
import { describedBy } from './fieldIds';
import { FieldMessages } from './FieldMessages';

interface FieldGroupProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The radios or checkboxes that answer the question. */
  children: ReactNode;
}

/** One question answered by a group of controls: a fieldset whose legend is the question, hint and error joined by aria-describedby. */
export function FieldGroup({ name, legend, hint, error, children }: FieldGroupProps) {
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(name, hint, error)}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
