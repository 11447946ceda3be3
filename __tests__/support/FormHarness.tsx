/** A react-hook-form form around one control from the ui kit. */
import { useForm } from 'react-hook-form';
import type { UseFormRegister, UseFormReturn } from 'react-hook-form';
import type { ReactNode } from 'react';

type Values = Record<string, unknown>;

export function FormHarness({ children, defaultValues = {} }: { children: (form: UseFormReturn<Values> & { register: UseFormRegister<Values> }) => ReactNode; defaultValues?: Values }) {
  const form = useForm<Values>({ defaultValues });
  return <form>{children(form)}</form>;
}
