/**
 * @jest-environment node
 */
// Issue 14, item 5: the FHIR Questionnaire carries the Spanish of every `text` and answer `display` with the core
// translation extension, and a response reads the same whatever language its displays are in.
import type { Coding, Element, Extension, QuestionnaireItem, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { answersToQuestionnaireResponse, EXTENSION, parseQuestionnaireResponse, questionnaireToFhir } from '@/lib/fhir';
import { withTranslations } from '@/lib/fhir/questionnaireTranslation';
import { stepsInAnyLanguage } from '@/lib/questionnaire/texts';
import { r4QuestionnaireSchema, structureProblems } from '@/__tests__/support/r4Structure';
import { VIGNETTES } from '../../support/vignettes';

const questionnaire = questionnaireToFhir();

/** The Spanish of a primitive's `_element`, or undefined when it has none. */
function spanish(element: Element | undefined): string | undefined {
  const translations = (element?.extension ?? []).filter((e) => e.url === EXTENSION.translation);
  const es = translations.find((t) => t.extension?.some((s) => s.url === 'lang' && s.valueCode === 'es'));
  return es?.extension?.find((s: Extension) => s.url === 'content')?.valueString;
}

type Translated = QuestionnaireItem & { _text?: Element };
const allItems = (items: readonly QuestionnaireItem[] = []): Translated[] => items.flatMap((i) => [i, ...allItems(i.item)]);
const items = allItems(questionnaire.item);
const codings = items.flatMap((i) => (i.answerOption ?? []).map((o) => [i.linkId, o.valueCoding as Coding & { _display?: Element }] as const));

test('the Questionnaire says its base language and is still valid R4', () => {
  expect(questionnaire.language).toBe('en');
  expect(structureProblems(r4QuestionnaireSchema, questionnaire)).toEqual([]);
  expect(spanish((questionnaire as { _title?: Element })._title)).toMatch(/eccema/);
});

test('every item text has a Spanish translation that is not empty and, for questions, not the English', () => {
  const missing = items.filter((i) => i.text && !spanish(i._text)?.trim()).map((i) => i.linkId);
  expect(missing).toEqual([]);
  const untranslated = items.filter((i) => i.type !== 'display' && i.text === spanish(i._text)).map((i) => i.linkId);
  expect(untranslated).toEqual([]);
  expect(items.length).toBeGreaterThan(40);
});

test('every answer option display has a Spanish translation', () => {
  const missing = codings.filter(([, c]) => c.display && !spanish(c._display)?.trim()).map(([linkId, c]) => `${linkId}=${c.code}`);
  expect(missing).toEqual([]);
  expect(codings.length).toBeGreaterThan(100);
});

test('the Spanish is the wording the Spanish questionnaire shows, question by question and option by option', () => {
  for (const question of stepsInAnyLanguage('es').flatMap((s) => s.questions)) {
    const item = items.find((i) => i.linkId === question.id);
    expect(spanish(item?._text)).toBe(question.text.self);
  }
  const tri = codings.filter(([, c]) => c.code === 'unsure' && c.system?.endsWith('yes-no-unsure'));
  expect(tri.length).toBeGreaterThan(0);
  for (const [, c] of tri) expect([c.display, spanish(c._display)]).toEqual(['Not sure', 'No sé']);
});

test('translations of two trees that are not the same questionnaire are refused, not mixed', () => {
  const [first, second] = questionnaire.item ?? [];
  expect(() => withTranslations({ ...questionnaire, item: [first!] }, { lang: 'es', title: 't', item: [second!] })).toThrow(/is not/);
});

test('a response whose displays are in Spanish reads as the same coded answers', () => {
  const esDisplay = new Map(codings.map(([, c]) => [`${c.system}|${c.code}`, spanish(c._display)]));
  const toSpanish = (its: QuestionnaireResponseItem[] = []): QuestionnaireResponseItem[] =>
    its.map((i) => ({
      ...i,
      ...(i.item ? { item: toSpanish(i.item) } : {}),
      ...(i.answer
        ? { answer: i.answer.map((a) => (a.valueCoding ? { ...a, valueCoding: { ...a.valueCoding, display: esDisplay.get(`${a.valueCoding.system}|${a.valueCoding.code}`) } } : a)) }
        : {}),
    }));
  for (const vignette of VIGNETTES) {
    const english = answersToQuestionnaireResponse(vignette.input, { authored: '2026-11-23T09:30:00Z' });
    const inSpanish = { ...english, item: toSpanish(english.item) };
    expect(JSON.stringify(inSpanish)).not.toBe(JSON.stringify(english));
    expect(parseQuestionnaireResponse(inSpanish)).toEqual(parseQuestionnaireResponse(english));
  }
});
