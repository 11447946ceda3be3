/**
 * The patient's part of the summary in Spanish (issue 14): every rule's patient text (and its "not sure" subject
 * where the rule has one), every preference, mood and starter point, and the fixed notices have Spanish that is
 * not empty and not the English; a summary built in Spanish carries no English sentence in the patient's part,
 * for every public vignette and built patient, in both voices. The clinician's part: clinicianWordsEs.test.ts.
 */
import { RULES, evaluate } from '@/rules';
import { discussionPointsFor } from '@/rules/discussionPoints';
import { buildSummaryModel } from '@/lib/summary/viewModel';
import { URGENT_HELP_NOTICE, WHAT_TO_EXPECT } from '@/lib/summary/patientNotices';
import { POINT_TEXT_ES, RULE_PATIENT_TEXT_ES, URGENT_HELP_NOTICE_ES, WHAT_TO_EXPECT_ES } from '@/lib/summary/patientWordsEs';
import type { AnswersDocument } from '@/lib/answers';
import { VIGNETTES } from '../../support/vignettes';
import { BUILT_PATIENTS } from '../../support/summaryPatients';
import { fernandezHuerta } from '../../support/fernandezHuerta';

test.each(RULES.map((r) => [r.id, r] as const))('rule %s: Spanish patient text in both voices, and its "not sure" subject', (id, rule) => {
  const es = RULE_PATIENT_TEXT_ES[id];
  expect(es).toBeDefined();
  for (const voice of ['self', 'other'] as const) {
    expect(es.text[voice].trim()).not.toBe('');
    expect(es.text[voice]).not.toBe(rule.patientText[voice]);
  }
  expect(es.unsureAbout === undefined).toBe(rule.unsureAbout === undefined);
  if (rule.unsureAbout && es.unsureAbout) for (const voice of ['self', 'other'] as const) expect(es.unsureAbout[voice]).not.toBe(rule.unsureAbout[voice]);
});

test('no Spanish text for a rule that does not exist (a renamed rule is caught)', () => {
  const ids = new Set(RULES.map((r) => r.id));
  expect(Object.keys(RULE_PATIENT_TEXT_ES).filter((id) => !ids.has(id))).toEqual([]);
});

test('every preference, mood and starter point has Spanish', () => {
  const everything = {
    preferences: ['fastItchRelief', 'noInjections', 'noDailyPill', 'preferCream', 'costConcern', 'fewerBloodTests'],
    moodAffected: 'yes',
  } as never;
  const ids = discussionPointsFor(everything, [], 'patient').map((p) => p.id);
  expect(ids.length).toBeGreaterThan(10);
  for (const id of ids) expect(POINT_TEXT_ES[id]).toBeDefined();
  expect(POINT_TEXT_ES['mood-unsure']).toBeDefined();
});

test('the notices: the same groups and as many items, each translated', () => {
  expect(URGENT_HELP_NOTICE_ES.groups.map((g) => g.items.length)).toEqual(URGENT_HELP_NOTICE.groups.map((g) => g.items.length));
  expect(WHAT_TO_EXPECT_ES.map((g) => g.items.length)).toEqual(WHAT_TO_EXPECT.map((g) => g.items.length));
  const english = [URGENT_HELP_NOTICE.heading, URGENT_HELP_NOTICE.intro, URGENT_HELP_NOTICE.after, ...URGENT_HELP_NOTICE.groups.flatMap((g) => [g.heading, ...g.items]), ...WHAT_TO_EXPECT.flatMap((g) => [g.heading, ...g.items])];
  const spanish = [URGENT_HELP_NOTICE_ES.heading, URGENT_HELP_NOTICE_ES.intro, URGENT_HELP_NOTICE_ES.after, ...URGENT_HELP_NOTICE_ES.groups.flatMap((g) => [g.heading, ...g.items]), ...WHAT_TO_EXPECT_ES.flatMap((g) => [g.heading, ...g.items])];
  spanish.forEach((text, i) => expect(text).not.toBe(english[i]));
});

/** Words of English sentences that are not Spanish words (as e2e/spanish.spec.ts). */
const ENGLISH = /\b(the|your|you|tell|ask|about|with|which|whether|what|how|and|not|sure|known)\b/i;

const patients: { name: string; input: AnswersDocument }[] = [...VIGNETTES.map((v) => ({ name: v.name, input: v.input })), ...BUILT_PATIENTS];

describe.each(['patient', 'caregiver'] as const)('a summary built in Spanish (%s answering)', (respondent) => {
  test.each(patients.map((p) => [p.name, p.input] as const))('%s: the patient part has no English sentence', (_name, input) => {
    const document = { ...input, respondent };
    const model = buildSummaryModel({ document, result: evaluate(document), preparedAt: '2026-12-06T10:00:00Z', appVersion: 'test', patientLocale: 'es' });
    const texts = [...model.patient.fromAnswers, ...model.patient.starters, ...model.notices.whatToExpect.groups.flatMap((g) => [g.heading, ...g.items]), model.notices.urgent.heading, model.notices.urgent.intro, model.notices.urgent.after, ...model.notices.urgent.levels.flatMap((l) => [l.heading, ...l.items])];
    expect(texts.filter((t) => ENGLISH.test(t))).toEqual([]);
    // The clinician's part is unchanged: English.
    const english = buildSummaryModel({ document, result: evaluate(document), preparedAt: '2026-12-06T10:00:00Z', appVersion: 'test' });
    expect(model.header).toEqual(english.header);
  });
});

test('the check can fail: a summary built in English is caught', () => {
  const document = VIGNETTES[0].input;
  const model = buildSummaryModel({ document, result: evaluate(document), preparedAt: '2026-12-06T10:00:00Z', appVersion: 'test' });
  expect(model.patient.starters.some((t) => ENGLISH.test(t))).toBe(true);
});

test('the Spanish patient texts read plainly (Fernández-Huerta 60 or more)', () => {
  const names = /\b(upadacitinib|rinvoq|clopidogrel|plavix|eliquis|xarelto|coumadin|paxlovid|fluvoxamina|luvox|fluoxetina|prozac|fluconazol|diflucan|probenecid|ibuprofeno|naproxeno|shingrix|hepatitis|diverticulitis|herpético|eccema|dermatólogo|inhibidor|anticoagulante|anticonceptivo|tuberculosis)\b/giu;
  for (const voice of ['self', 'other'] as const) {
    const text = Object.values(RULE_PATIENT_TEXT_ES).map((r) => r.text[voice]).join('\n').replace(names, 'mal');
    expect(fernandezHuerta(text)).toBeGreaterThanOrEqual(60);
  }
});
