/**
 * The notes on what was loaded from a file are kept beside the answers they describe, so a reload (or a switch of
 * language, which loads the page again) shows them again; they go once the answers change, and a kept report that
 * is not well formed is named by its path, never shown.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import { importReportSchema } from '@/lib/import/importReportSchema';
import { answersDocumentArbitrary } from '@/__tests__/support/arbitraries';
import { questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import { clearSavedAnswers, loadSavedAnswers, SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';
import { importNotesFor, readAnswersText, rememberImport } from '@/lib/import';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { keepForTab } from '@/__tests__/support/keptForTab';

/** A file with an answer not used (pregnant, with "could become pregnant: no") and a "using now" tick not listed. */
const FILE = JSON.stringify({
  ...LOW_RISK_ADULT,
  answers: { ...LOW_RISK_ADULT.answers, pregnancyPossible: 'no', pregnant: 'yes', treatmentsTried: ['dupilumab'] },
  patient: { dateOfBirth: '1990' },
});
const tabCopy = () => JSON.parse(window.sessionStorage.getItem(SAVED_ANSWERS_KEY) ?? 'null');

function loaded() {
  const read = readAnswersText(FILE, { today: '2026-12-06' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const actor = createActor(questionnaireMachine).start();
  actor.send({ type: 'saved.none' });
  rememberImport(read.document, read.report);
  actor.send({ type: 'answers.load', document: read.document });
  return { actor, report: read.report };
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  clearSavedAnswers();
  rememberImport(null);
});

test('kept beside the imported answers, and shown again after a reload', () => {
  const { actor, report } = loaded();
  expect(report.notUsed).toHaveLength(2);
  expect(report.listsCompleted).toHaveLength(1);
  expect(tabCopy().importReport).toEqual(JSON.parse(JSON.stringify(report)));
  actor.stop();
  rememberImport(null); // a reload: module state is gone

  const reloaded = createActor(questionnaireMachine).start();
  reloaded.send(savedAnswersEvent(loadSavedAnswers()));
  expect(reloaded.getSnapshot().value).toBe('review');
  expect(importNotesFor(reloaded.getSnapshot().context.document)).toEqual(report);
  reloaded.stop();
});

test('once an answer changes, the notes are no longer kept (they describe the file, not the answers now)', () => {
  const { actor } = loaded();
  actor.send({ type: 'review.edit', step: 'about' });
  actor.send({ type: 'draft.keep', draft: { age: '31' } });
  expect(tabCopy()).not.toHaveProperty('importReport');
  actor.stop();
});

test.each([
  { name: 'an unknown date note code', report: { dateNotes: [{ code: 'readerBug' }] }, path: 'importReport.dateNotes.0.code' },
  { name: 'a quoted answer that is no answer to its question', report: { notUsed: [{ questionId: 'pregnant', question: 'pregnant', value: 'maybe', reason: { op: 'notShown' } }] }, path: 'importReport.notUsed.0' },
  { name: 'an extra field', report: { extra: 1 }, path: 'importReport.extra' },
])('a kept report with $name is named by its path', ({ report, path }) => {
  keepForTab({ document: LOW_RISK_ADULT, importReport: { format: 'answers', respondentStated: true, notUsed: [], dateNotes: [], listsCompleted: [], ...report } });
  const result = loadSavedAnswers();
  expect(result.status).toBe('invalid');
  if (result.status === 'invalid') expect(result.problems.map((p) => p.path)).toEqual([path]);
});

test('every report a real import makes is read back as it was kept (answers files and FHIR, random documents)', () => {
  const today = '2026-12-06';
  fc.assert(
    fc.property(answersDocumentArbitrary, fc.constantFrom(undefined, '1990', '1990-05', '2000-01-31'), fc.boolean(), (doc, dateOfBirth, asFhir) => {
      const document = dateOfBirth ? { ...doc, patient: { dateOfBirth } } : doc;
      const text = JSON.stringify(asFhir ? answersToQuestionnaireResponse(document, { authored: '2026-12-01T10:00:00Z' }) : document);
      const read = readAnswersText(text, { today });
      if (!read.ok) return;
      const kept = JSON.parse(JSON.stringify(read.report));
      const back = importReportSchema.safeParse(kept);
      expect(back.success ? null : back.error.issues).toBeNull();
    }),
    { numRuns: 300 },
  );
});
