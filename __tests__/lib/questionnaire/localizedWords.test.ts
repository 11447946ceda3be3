/** A page carries only its own language's questionnaire words: localized.ts holds none until they are handed in. */
import type { Question } from '@/lib/questionnaire';

type Localized = typeof import('@/lib/questionnaire/localized') & typeof import('@/lib/questionnaire/providedText');
type Texts = typeof import('@/lib/questionnaire/texts');

/** Fresh copies of the modules, so one test's hand-over does not leak into the next. */
function freshModules(): { localized: Localized; texts: Texts } {
  let modules!: { localized: Localized; texts: Texts };
  jest.isolateModules(() => {
    const localized = { ...require('@/lib/questionnaire/localized'), ...require('@/lib/questionnaire/providedText') };
    modules = { localized, texts: require('@/lib/questionnaire/texts') };
  });
  return modules;
}

const firstQuestionText = (steps: readonly { questions: readonly Question[] }[]) => steps[0].questions[0].text.other;

test('before the Spanish words are handed in, Spanish falls back to the English wording', () => {
  const { localized } = freshModules();
  expect(localized.providedText('es')).toBeUndefined();
  expect(firstQuestionText(localized.stepsIn('es'))).toBe(firstQuestionText(localized.stepsIn('en')));
});

test('once handed in, stepsIn and stepIn give the Spanish wording with the same ids and order', () => {
  const { localized, texts } = freshModules();
  localized.provideQuestionnaireText('es', texts.QUESTIONNAIRE_TEXTS.es!);
  expect(localized.providedText('es')).toBe(texts.QUESTIONNAIRE_TEXTS.es);
  const en = localized.stepsIn('en');
  const es = localized.stepsIn('es');
  expect(firstQuestionText(es)).not.toBe(firstQuestionText(en));
  expect(es.map((s) => s.id)).toEqual(en.map((s) => s.id));
  expect(es.flatMap((s) => s.questions.map((q) => q.id))).toEqual(en.flatMap((s) => s.questions.map((q) => q.id)));
  expect(localized.stepIn(en[1].id, 'es')?.title).toEqual(es[1].title);
});

test('stepsInAnyLanguage gives Spanish whatever the page handed in (the clinician part, the FHIR translations)', () => {
  const { localized, texts } = freshModules();
  expect(firstQuestionText(texts.stepsInAnyLanguage('es'))).not.toBe(firstQuestionText(localized.stepsIn('en')));
  expect(localized.providedText('es')).toBe(texts.QUESTIONNAIRE_TEXTS.es);
});
