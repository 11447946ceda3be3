import type { ComponentProps } from 'react';
import { TRI_VALUES } from '@/lib/questionnaire/types';
import { ChoiceGroup } from './ChoiceGroup';
import { useTranslations } from 'next-intl';


/** Yes / No / Not sure: "not sure" is a real answer, never read as "no". */
export function TriChoice(props: Omit<ComponentProps<typeof ChoiceGroup>, 'options' | 'inline'>) {
  const t = useTranslations('controls');
  return <ChoiceGroup {...props} options={TRI_VALUES.map((value) => ({ value, label: t(value) }))} inline />;
}
