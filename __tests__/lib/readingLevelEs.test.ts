/**
 * Spanish patient text in plain words (issue 14), next to the English check (readingLevel.test.ts): the
 * Fernández-Huerta score per step, per voice, on the concatenated text, with drug, disease and brand names swapped
 * for a one-syllable token (as the English check does), because "upadacitinib" is not hard to read for someone who
 * takes it. MIN_SCORE 60 is "normal" on the Fernández-Huerta scale, about 7th–8th grade.
 */
import type { Option, Question, Step, Wording } from '@/lib/questionnaire';
import { stepsInAnyLanguage } from '@/lib/questionnaire/texts';
import { es } from '@/lib/i18n/messages/es';
import { fernandezHuerta, spanishSyllables } from '../support/fernandezHuerta';

const MIN_SCORE = 60;

const NAMES =
  /\b(upadacitinib|abrocitinib|baricitinib|ruxolitinib|tofacitinib|rinvoq|cibinqo|olumiant|opzelura|xeljanz|dupilumab|tralokinumab|lebrikizumab|nemolizumab|dupixent|adbry|adtralza|ebglyss|nemluvio|tacrolimus|pimecrolimus|crisaborol|roflumilast|tapinarof|ciclosporina|metotrexato|azatioprina|micofenolato|clopidogrel|prasugrel|ticagrelor|ticlopidina|dipiridamol|cilostazol|vorapaxar|warfarina|apixabán|rivaroxabán|edoxabán|dabigatrán|heparina|ketoconazol|itraconazol|posaconazol|voriconazol|claritromicina|ritonavir|cobicistat|rifampina|carbamazepina|fenitoína|fluconazol|fluvoxamina|fluoxetina|probenecid|ibuprofeno|naproxeno|prednisona|hidrocortisona|triamcinolona|clobetasol|shingrix|tuberculosis|hepatitis|eccema|herpético|diverticulitis|quimioterapia|dermatólogo|fototerapia|inhibidor|inhibidores|leucemia|linfoma|melanoma|menopausia|anticonceptivos|anticoagulante|antibióticos|cuestionario)\b/giu;

const plain = (text: string) => text.replace(NAMES, 'mal');
const score = (text: string) => fernandezHuerta(plain(text));
const round = (n: number) => Math.round(n * 10) / 10;

test.each([
  ['casa', 2],
  ['piel', 1],
  ['día', 2],
  ['cuidador', 3],
  ['embarazada', 5],
  ['que', 1],
  ['guerra', 2],
  ['hay', 1],
  ['leer', 2],
  ['aún', 2],
  ['ciudad', 2],
  ['picazón', 3],
])('syllables of %s: %i', (word, count) => {
  expect(spanishSyllables(word)).toBe(count);
});

test('the formula can fail: dense clinical prose scores far below the bar', () => {
  const clinical =
    'La hipersensibilidad al principio activo o a los excipientes constituye una contraindicación; se notificaron anafilaxia y angioedema, y se recomienda considerar una terapia inmunomoduladora alternativa.';
  expect(fernandezHuerta(clinical)).toBeLessThan(40);
});

const voiceText = (question: Question, voice: keyof Wording) => [question.text[voice], question.help?.[voice]].filter((t): t is string => t !== undefined).join('\n');

const figures: string[] = [];
afterAll(() => {
  // The figures per step, for the note (printed once; the test fails on the bar, not on this).
  if (process.env.READABILITY_FIGURES) console.log(figures.join('\n'));
});

describe.each(['self', 'other'] as const)('Spanish questionnaire wording (%s voice)', (voice) => {
  test.each(stepsInAnyLanguage('es').map((step) => [step.id, step] as const))(`step %s scores ${MIN_SCORE} or more`, (id, step) => {
    const text = [step.title[voice], ...step.questions.map((q) => voiceText(q, voice))].join('\n');
    const s = score(text);
    figures.push(`es ${voice} ${id}: ${round(s)}`);
    expect(s).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});

test.each((stepsInAnyLanguage('es') as readonly Step[]).map((step) => [step.id, step] as const))(`step %s: Spanish option labels and hints score ${MIN_SCORE} or more`, (_id, step) => {
  const options: readonly Option[] = step.questions.flatMap((q) => (q.type === 'choice' || q.type === 'multi' || q.type === 'map' ? q.options : []));
  const text = options.flatMap((o) => [o.label, ...(o.hint ? [o.hint] : [])]).join('\n');
  if (text === '') return;
  expect(score(text)).toBeGreaterThanOrEqual(MIN_SCORE);
});

test.each(['start', 'intro', 'review', 'clear'] as const)(`the %s messages score ${MIN_SCORE} or more`, (namespace) => {
  const text = Object.values(es[namespace]).join('\n').replace(/\{[^{}]*\{[^}]*\}[^}]*\}|\{\w+\}/g, 'dos');
  expect(score(text)).toBeGreaterThanOrEqual(MIN_SCORE);
});
