/**
 * Patient text at about an 8th-grade reading level (SAFETY.md §3.3, checklist 27): Flesch-Kincaid grade per
 * step on the concatenated text, with drug, disease and brand names swapped for a one-syllable token, because
 * names like "upadacitinib" inflate syllable counts without being hard to read for someone who takes them.
 * Formulas are rough on short texts; this is a gate against drift, not a substitute for testing with people.
 */
import { STEPS } from '@/lib/questionnaire';
import type { Option, Question, Step, Wording } from '@/lib/questionnaire';
import { URGENT_HELP_NOTICE, WHAT_TO_EXPECT } from '@/lib/summary/patientNotices';
import { RULES } from '@/rules';
import { flagPatientText } from '@/rules/flagText';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const MAX_GRADE = 8;

const NAMES =
  /\b(upadacitinib|abrocitinib|baricitinib|ruxolitinib|tofacitinib|rinvoq|cibinqo|olumiant|opzelura|xeljanz|dupilumab|tralokinumab|lebrikizumab|nemolizumab|dupixent|adbry|adtralza|ebglyss|nemluvio|tacrolimus|pimecrolimus|crisaborole|roflumilast|tapinarof|cyclosporine|methotrexate|azathioprine|mycophenolate|clopidogrel|prasugrel|ticagrelor|ticlopidine|warfarin|apixaban|rivaroxaban|dabigatran|ketoconazole|itraconazole|clarithromycin|ritonavir|rifampin|carbamazepine|phenytoin|fluconazole|fluvoxamine|fluoxetine|probenecid|ibuprofen|naproxen|prednisone|hydrocortisone|triamcinolone|clobetasol|shingrix|tuberculosis|hepatitis|eczema|herpeticum|diverticulitis|chemotherapy|dermatologist|antifungal|antidepressant|antibiotic)\b/gi;

/** Flesch-Kincaid grade (flesch-kincaid, syllables counted by syllable). Each line is a sentence. */
function fleschKincaidGrade(text: string): number {
  const plain = text.replace(NAMES, 'drug');
  const sentences = plain.split(/[.!?]+(?:\s|$)|\n/).filter((s) => s.trim() !== '').length;
  const words = plain.split(/\s+/).map((w) => w.replace(/[^A-Za-z0-9']/g, '')).filter(Boolean);
  const syllableCount = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllableCount });
}

const voiceText = (question: Question, voice: keyof Wording) =>
  [question.text[voice], question.help?.[voice]].filter((t): t is string => t !== undefined).join('\n');

test('the formula can fail: dense clinical prose scores far above grade 8', () => {
  const clinical =
    'Hypersensitivity to the active substance or excipients is a contraindication; anaphylaxis and angioedema were reported, and consideration of alternative immunomodulatory therapy is recommended.';
  expect(fleschKincaidGrade(clinical)).toBeGreaterThan(12);
});

describe.each(['self', 'other'] as const)('questionnaire wording (%s voice)', (voice) => {
  test.each(STEPS.map((step) => [step.id, step] as const))(`step %s reads at grade ${MAX_GRADE} or below`, (_id, step) => {
    const text = step.questions.map((q) => voiceText(q, voice)).join('\n');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe.each(['self', 'other'] as const)('rule patient texts (%s voice)', (voice) => {
  test(`what the patient is told to raise (every rule's patient text) reads at grade ${MAX_GRADE} or below`, () => {
    expect(fleschKincaidGrade(RULES.map((r) => r.patientText[voice]).join('\n'))).toBeLessThanOrEqual(MAX_GRADE);
  });

  test(`what an unsure answer leads to (every rule's "not sure" text) reads at grade ${MAX_GRADE} or below`, () => {
    const respondent = voice === 'self' ? 'patient' : 'caregiver';
    const texts = RULES.filter((r) => r.unsureAbout).map((r) => flagPatientText(r, respondent, true));
    expect(fleschKincaidGrade(texts.join('\n'))).toBeLessThanOrEqual(MAX_GRADE);
  });
});

/** New in questionnaire v2: the option labels and hints people choose from, per step. */
test.each((STEPS as readonly Step[]).map((step) => [step.id, step] as const))(`step %s: option labels and hints read at grade ${MAX_GRADE} or below`, (_id, step) => {
  const options: readonly Option[] = step.questions.flatMap((q) => (q.type === 'choice' || q.type === 'multi' || q.type === 'map' ? q.options : []));
  const text = options.flatMap((o) => [o.label, ...(o.hint ? [o.hint] : [])]).join('\n');
  if (text === '') return;
  expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
});

test(`the fixed patient notices read at grade ${MAX_GRADE} or below`, () => {
  const groups = [...URGENT_HELP_NOTICE.groups, ...WHAT_TO_EXPECT];
  const text = [URGENT_HELP_NOTICE.intro, ...groups.flatMap((g) => [g.heading, ...g.items])].join('\n');
  expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
});
