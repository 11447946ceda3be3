import type { ComponentProps } from 'react';
import { TRI_LABELS } from '@/lib/questionnaire/formatAnswer';
import { TRI_VALUES } from '@/lib/questionnaire/types';
import { ChoiceGroup } from './ChoiceGroup';

const TRI_OPTIONS = TRI_VALUES.map((value) => ({ value, label: TRI_LABELS[value] }));

/** Yes / No / Not sure: "not sure" is a real answer, never read as "no". */
export function TriChoice(props: Omit<ComponentProps<typeof ChoiceGroup>, 'options' | 'inline'>) {
  return <ChoiceGroup {...props} options={TRI_OPTIONS} inline />;
}
