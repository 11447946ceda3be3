/**
 * Every problem code has a sentence in English and in Spanish (non-negotiable 1: a refusal names every answer it
 * refuses, in the page's language, as completely as in English). The code type already makes a code without an
 * English sentence a compile error; this fails on a Spanish one that is missing, empty, left in English, or that
 * drops a placeholder, and on a sentence that does not render.
 */
import { createTranslator } from 'next-intl';
import { problemsEn } from '@/lib/i18n/messages/problems.en';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import type { ProblemCode } from '@/lib/i18n/problem';
import { problemLine } from '@/lib/import/problemLines';
import { provideQuestionnaireText } from '@/lib/questionnaire/providedText';
import { QUESTIONNAIRE_TEXTS } from '@/lib/questionnaire/texts';

// As a Spanish page's layout does (components/i18n/QuestionnaireWords.tsx): the question names come in its words.
beforeAll(() => provideQuestionnaireText('es', QUESTIONNAIRE_TEXTS.es!));

const CODES = Object.keys(problemsEn.text) as ProblemCode[];

/** The placeholder names of a message: `{name}`, `{name, select, …}`; 2 fits every kind (number, plural, select's other). */
function sampleValues(message: string): Record<string, number> {
  return Object.fromEntries([...message.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => [m[1], 2]));
}

function render(locale: Locale, code: ProblemCode): string {
  const errors: unknown[] = [];
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'problems.text', onError: (error) => errors.push(error) });
  const text = t(code, sampleValues(problemsEn.text[code]));
  if (errors.length > 0) throw new Error(`${locale} ${code}: ${String(errors[0])}`);
  return text;
}

test('there are problem codes to check', () => {
  expect(CODES.length).toBeGreaterThan(50);
});

test.each(CODES)('%s reads in English and in Spanish', (code) => {
  const spanish = messagesFor('es').problems.text[code];
  expect(spanish).toEqual(expect.stringMatching(/\S/));
  const english = render('en', code);
  const inSpanish = render('es', code);
  expect(inSpanish).not.toBe(english);
  expect(inSpanish).not.toMatch(/[{}]/);
  // Every number the English sentence shows, the Spanish shows too (nothing is dropped in translation).
  expect(inSpanish.match(/\d+/g)?.length ?? 0).toBeGreaterThanOrEqual(english.match(/\d+/g)?.length ?? 0);
});

test('a problem line: the path as written, the question in the reader’s words, then the sentence', () => {
  const problem = { code: 'wholeNumberRange', path: 'answers.age', question: 'age', values: { min: 0, max: 120 } } as const;
  expect(problemLine(problem)).toBe('answers.age (Age (years)): must be a whole number from 0 to 120');
  expect(problemLine(problem, 'es')).toMatch(/^answers\.age \(¿Cuántos años tiene\?\): debe ser un número entero del 0 al 120$/);
});

test('a FHIR item problem keeps its path and linkId in every language', () => {
  const problem = { code: 'unknownLinkId', path: 'item[3]', linkId: 'shoeSize' } as const;
  expect(problemLine(problem)).toBe('item[3] (linkId shoeSize): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.');
  expect(problemLine(problem, 'es')).toBe('item[3] (linkId shoeSize): no es una pregunta de este cuestionario. Quítelo, o revise que el archivo sea de JAK Screener.');
});

test('a problem about the whole file says so in the reader’s language', () => {
  expect(problemLine({ code: 'notJsonValue', path: '' })).toBe('(the file): holds something JSON does not allow');
  expect(problemLine({ code: 'notJsonValue', path: '' }, 'es')).toBe('(el archivo): tiene algo que JSON no permite');
});
