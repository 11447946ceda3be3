/**
 * The clinician's part in Spanish is complete (issue 14, item 4): every rule of the registry has a Spanish title
 * (and its trigger and "not sure" titles where the English has them) and detail, every question's short label and
 * every baseline check has Spanish; none is empty or left as the English, except proper names. A Spanish model of
 * every vignette and built patient carries no English flag title, label or check.
 */
import { RULES, evaluate } from '@/rules';
import { baselineChecksFor } from '@/rules/baselineChecks';
import { QUESTIONS } from '@/lib/questionnaire';
import { BASELINE_CHECKS_ES, QUESTION_SHORT_ES, RULE_CLINICIAN_ES } from '@/lib/summary/clinicianWordsEs';
import { buildSummaryModel } from '@/lib/summary/viewModel';
import type { AnswersDocument } from '@/lib/answers';
import type { Answers } from '@/lib/answers/types';
import { VIGNETTES } from '../../support/vignettes';
import { BUILT_PATIENTS } from '../../support/summaryPatients';

/** The same word in both languages: a proper name or an international term, not a missed translation. */
const SAME_IN_SPANISH = new Set(['Diabetes', 'Probenecid']);

const translated = (english: string, spanish: string | undefined) => {
  expect(spanish?.trim()).toBeTruthy();
  if (!SAME_IN_SPANISH.has(english)) expect(spanish).not.toBe(english);
};

test.each(RULES.map((r) => [r.id, r] as const))('rule %s: Spanish title, detail and the titles of its triggers', (id, rule) => {
  const es = RULE_CLINICIAN_ES[id];
  expect(es).toBeDefined();
  translated(rule.title, es.title);
  translated(rule.detail, es.detail);
  expect(es.unsureTitle === undefined).toBe(rule.unsureTitle === undefined);
  if (rule.unsureTitle) translated(rule.unsureTitle, es.unsureTitle);
  rule.triggers.forEach((trigger, i) => {
    expect([i, es.triggers?.[i]?.title === undefined]).toEqual([i, trigger.title === undefined]);
    if (trigger.title) translated(trigger.title, es.triggers?.[i]?.title);
    expect([i, es.triggers?.[i]?.unsureTitle === undefined]).toEqual([i, trigger.unsureTitle === undefined]);
    if (trigger.unsureTitle) translated(trigger.unsureTitle, es.triggers?.[i]?.unsureTitle);
  });
});

test('no Spanish for a rule, question or check that does not exist (a renamed id is caught)', () => {
  const rules = new Set(RULES.map((r) => r.id));
  const questions = new Set(QUESTIONS.map((q) => q.id));
  const checks = new Set([...baselineChecksFor({} as Answers), ...baselineChecksFor({ cancerHistory: ['melanoma'], age: 30 } as Answers)].map((c) => c.id));
  expect(Object.keys(RULE_CLINICIAN_ES).filter((id) => !rules.has(id))).toEqual([]);
  expect(Object.keys(QUESTION_SHORT_ES).filter((id) => !questions.has(id))).toEqual([]);
  expect(Object.keys(BASELINE_CHECKS_ES).filter((id) => !checks.has(id))).toEqual([]);
});

test.each(QUESTIONS.map((q) => [q.id, q.short] as const))('question %s: a Spanish short label', (id, short) => {
  translated(short, QUESTION_SHORT_ES[id]);
});

test('every baseline check has Spanish', () => {
  const checks = [...baselineChecksFor({} as Answers), ...baselineChecksFor({ cancerHistory: ['melanoma'], age: 30 } as Answers)];
  expect(new Set(checks.map((c) => c.id)).size).toBe(Object.keys(BASELINE_CHECKS_ES).length);
  for (const check of checks) translated(check.text, BASELINE_CHECKS_ES[check.id]);
});

const PATIENTS: [string, AnswersDocument][] = [...VIGNETTES.map((v) => [v.name, v.input] as [string, AnswersDocument]), ...BUILT_PATIENTS.map((p) => [p.name, p.input] as [string, AnswersDocument])];

test.each(PATIENTS)('%s: the Spanish clinician part has no English flag title, detail, label or check', (_name, document) => {
  const result = evaluate(document);
  const english = buildSummaryModel({ document, result, preparedAt: new Date(2026, 10, 22), appVersion: '1' });
  const spanish = buildSummaryModel({ document, result, preparedAt: new Date(2026, 10, 22), appVersion: '1', clinicianLocale: 'es' });
  spanish.flags.forEach((flag, i) => {
    translated(english.flags[i].title, flag.title);
    expect(flag.detail).not.toContain(english.flags[i].detail.split(' — ')[1] ?? english.flags[i].detail);
    for (const [j, b] of flag.because.entries()) translated(english.flags[i].because[j].question, b.question);
  });
  spanish.baselineChecks.forEach((check, i) => translated(english.baselineChecks[i].text, check.text));
  spanish.openItems.forEach((item, i) => expect(item.status).not.toBe(english.openItems[i].status));
});
