/**
 * Version-1 documents read under v2 (questions.md): the answers file, a saved state and a QuestionnaireResponse
 * all go through the one migration; a v1 `cyp2c19Inhibitor` reads as both `cyp2c19Inhibitor` and `fluconazole`,
 * and the v2 questions read as unanswered.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDocument, parseAnswersDocument, parseDraftDocument } from '@/lib/answers';
import { answersToQuestionnaireResponse, parseQuestionnaireResponse } from '@/lib/fhir';
import { loadSavedAnswers, SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';
import { evaluate } from '@/rules';

const v1File = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'vignettes', 'version-1-file.json'), 'utf8')).input;

test('the migration reads v1 cyp2c19Inhibitor as both options, keeps the rest, and never changes its input', () => {
  const input = { schemaVersion: 1, respondent: 'patient', answers: { age: 30, medicines: ['nsaidRegular', 'cyp2c19Inhibitor', 'probenecid'] } };
  const copy = JSON.parse(JSON.stringify(input));
  expect(migrateDocument(input)).toEqual({
    schemaVersion: 2,
    respondent: 'patient',
    answers: { age: 30, medicines: ['nsaidRegular', 'cyp2c19Inhibitor', 'fluconazole', 'probenecid'] },
  });
  expect(input).toEqual(copy);
});

test.each([
  ['a v2 document', { schemaVersion: 2, respondent: 'patient', answers: { medicines: ['cyp2c19Inhibitor'] } }],
  ['an unknown version', { schemaVersion: 7, answers: {} }],
  ['not an object', 'hello'],
])('the migration leaves %s alone', (_what, input) => {
  expect(migrateDocument(input)).toEqual(input);
});

test('a version-1 answers file is read under v2: fluconazole added, new questions unanswered, both flags raised', () => {
  const parsed = parseAnswersDocument(v1File);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(parsed.value.schemaVersion).toBe(2);
  expect(parsed.value.answers.medicines).toEqual(['cyp2c19Inhibitor', 'fluconazole']);
  const result = evaluate(parsed.value);
  expect(result.flags.map((f) => f.id).sort()).toEqual(['cyp2c19-cyp2c9-inhibitor', 'cyp2c19-inhibitor']);
  expect(result.unanswered).toEqual(expect.arrayContaining(['treatmentOutcomes', 'topicalWeeks', 'chickenpoxImmune', 'fungalAreas']));
});

test('a version-1 draft (answers in progress) is read the same way', () => {
  const parsed = parseDraftDocument({ schemaVersion: 1, respondent: 'caregiver', answers: { age: 9, medicines: ['cyp2c19Inhibitor'] } });
  expect(parsed).toEqual({ ok: true, value: { schemaVersion: 2, respondent: 'caregiver', answers: { age: 9, medicines: ['cyp2c19Inhibitor', 'fluconazole'] } } });
});

test('a saved state written by version 1 resumes under v2, migrated', () => {
  window.localStorage.clear();
  window.localStorage.setItem(
    SAVED_ANSWERS_KEY,
    JSON.stringify({ schemaVersion: 1, savedAt: '2026-10-01T09:00:00.000Z', position: 'medicines', document: v1File }),
  );
  const loaded = loadSavedAnswers();
  expect(loaded.status).toBe('found');
  if (loaded.status !== 'found') return;
  expect(loaded.saved.position).toBe('medicines');
  expect(loaded.saved.document.schemaVersion).toBe(2);
  expect(loaded.saved.document.answers.medicines).toEqual(['cyp2c19Inhibitor', 'fluconazole']);
});

test('a QuestionnaireResponse to questionnaire version 1 is read under v2, migrated', () => {
  const parsed = parseAnswersDocument(v1File);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  // The v1 response: the answers as v1 held them, naming questionnaire version 1.
  const v1Doc = { ...parsed.value, answers: { ...parsed.value.answers, medicines: ['cyp2c19Inhibitor' as const] } };
  const response = answersToQuestionnaireResponse(v1Doc, { authored: '2026-10-01T09:00:00Z' });
  const v1Response = { ...response, questionnaire: (response.questionnaire ?? '').replace(/\|2$/, '|1') };
  const read = parseQuestionnaireResponse(v1Response);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.value.schemaVersion).toBe(2);
  expect(read.value.answers.medicines).toEqual(['cyp2c19Inhibitor', 'fluconazole']);
});

test('the same response naming version 2 is read as it is: fluconazole is not added', () => {
  const doc = { schemaVersion: 2 as const, respondent: 'patient' as const, answers: { age: 30, severity: 'mild' as const, medicines: ['cyp2c19Inhibitor' as const] } };
  const read = parseQuestionnaireResponse(answersToQuestionnaireResponse(doc, { authored: '2026-10-01T09:00:00Z' }));
  expect(read).toEqual({ ok: true, value: doc });
});
