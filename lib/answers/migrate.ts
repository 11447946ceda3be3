/**
 * The one migration of answers documents to the current schema version (questions.md v2, "A version-1 document is
 * still accepted"). Every reader goes through it: the document schemas (answer files, the CLI, saved state, the
 * hand-off code) pipe their input through migrateDocument before validating, and the FHIR reader builds a document
 * with the version its QuestionnaireResponse names and hands it to the same schema.
 *
 * Version 1 → 2: answer ids are unchanged; the new questions read as unanswered; a v1 `cyp2c19Inhibitor` (whose v1
 * examples included fluconazole) is read as both `cyp2c19Inhibitor` and `fluconazole`, so nothing is under-flagged.
 * The review shows the answers as read, so the person can correct them.
 */
import type { ProblemCode } from '@/lib/i18n/problem';

/** The version this app writes. */
export const SCHEMA_VERSION = 2;
/** The versions this app reads (older ones through migrateDocument). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Questions that version 1 did not have (questions.md v2, "New questions"). */
const VERSION_2_QUESTIONS: readonly string[] = ['jakReactionDrugs', 'jakReactionType', 'treatmentOutcomes', 'topicalWeeks', 'chickenpoxImmune', 'fungalAreas'];
/** Medicine options that version 1 did not have (questions.md v2, "new medicine options"). */
const VERSION_2_MEDICINES: readonly string[] = ['aspirinOver81', 'fluconazole'];

/**
 * Answers a version-1 document cannot hold, each as `[path, problem code, values]` (path from the document root). A v1 file with
 * a v2 answer is mislabelled: read as v1, `fluconazole` would be doubled and the v2 meaning of the other answers
 * assumed without a word, so the person is asked to correct the version or the answer instead.
 */
export function versionOneProblems(input: unknown): [readonly (string | number)[], ProblemCode, Record<string, string>?][] {
  if (!isObject(input) || input.schemaVersion !== 1 || !isObject(input.answers)) return [];
  const answers = input.answers;
  const problems: [readonly (string | number)[], ProblemCode, Record<string, string>?][] = [];
  for (const id of VERSION_2_QUESTIONS) {
    if (answers[id] !== undefined) problems.push([['answers', id], 'versionTwoQuestion']);
  }
  if (Array.isArray(answers.medicines)) {
    answers.medicines.forEach((choice, index) => {
      if (typeof choice === 'string' && VERSION_2_MEDICINES.includes(choice)) {
        problems.push([['answers', 'medicines', index], 'versionTwoChoice', { choice: `"${choice}"` }]);
      }
    });
  }
  return problems;
}

/** A v1 `medicines` list as v2 reads it: fluconazole added right after cyp2c19Inhibitor. */
export function migrateMedicinesV1(medicines: unknown): unknown {
  if (!Array.isArray(medicines) || !medicines.includes('cyp2c19Inhibitor') || medicines.includes('fluconazole')) return medicines;
  const at = medicines.indexOf('cyp2c19Inhibitor') + 1;
  return [...medicines.slice(0, at), 'fluconazole', ...medicines.slice(at)];
}

/**
 * An answers document of any readable version as the current version; anything else (not an object, an unknown
 * version) is returned unchanged for the schema to name the problem. Pure: the input is never changed.
 */
export function migrateDocument(input: unknown): unknown {
  if (!isObject(input) || input.schemaVersion !== 1) return input;
  const answers = input.answers;
  const migrated = isObject(answers) && 'medicines' in answers ? { ...answers, medicines: migrateMedicinesV1(answers.medicines) } : answers;
  return { ...input, schemaVersion: SCHEMA_VERSION, answers: migrated };
}
