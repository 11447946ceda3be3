/**
 * The review's "set aside" section in the page's language: set-aside answers, and the ones that could not be
 * brought back from storage, each named by its path and its question, never an English sentence on a Spanish page.
 */
import { screen } from '@testing-library/react';
import { SetAsideAnswers } from '@/components/flow/SetAsideAnswers';
import { pruneHidden } from '@/lib/answers';
import type { Answers } from '@/lib/answers';
import { readSetAside } from '@/lib/answers/setAside';
import { renderInLocale } from '@/__tests__/support/intl';

const ANSWERS = pruneHidden({ age: 9, treatmentsTried: ['topicalSteroid'], treatmentsCurrent: ['none'] } as Answers);
const { setAside, dropped } = readSetAside({ pregnant: 'maybe', shinglesVaccine: 'yes', treatmentsCurrent: ['dupilumab'] });

test.each([
  { locale: 'en' as const, heading: 'Set aside because of a later change', note: /This answer was set aside earlier, but it no longer fits/, count: /2 answers are set aside/ },
  { locale: 'es' as const, heading: 'Puestas aparte por un cambio posterior', note: /Esta respuesta se puso aparte antes, pero ya no corresponde/, count: /2 respuestas están aparte/ },
])('$locale: the set-aside answers and the dropped one, in the page\'s language', ({ locale, heading, note, count }) => {
  renderInLocale(<SetAsideAnswers answers={ANSWERS} setAside={setAside} notes={dropped} respondent="patient" />, locale);
  const region = screen.getByRole('region', { name: heading });
  expect(region).toHaveTextContent(count);
  const item = screen.getByText('setAside.pregnant').closest('li')!;
  expect(item).toHaveTextContent(note);
  expect(region).not.toHaveTextContent(locale === 'es' ? /no longer fits|set aside earlier/ : /ya no corresponde/);
});
