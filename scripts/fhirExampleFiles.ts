/**
 * The example files of docs/fhir: the Questionnaire, and a QuestionnaireResponse for each public vignette.
 * Built here, written by scripts/fhir-examples.ts, and compared with the committed files by a Jest test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnswersDocument } from '@/lib/answers';
import { answersToQuestionnaireResponse, questionnaireToFhir } from '@/lib/fhir';

export const EXAMPLES_DIR = path.join(__dirname, '..', 'docs', 'fhir');
const VIGNETTE_DIR = path.join(__dirname, '..', '__tests__', 'vignettes');

/** A fixed time, so the examples are the same on every run. */
export const EXAMPLE_AUTHORED = '2026-11-23T09:00:00Z';

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** File name → content. */
export function fhirExampleFiles(): Map<string, string> {
  const files = new Map([['Questionnaire-jak-screener.json', asJson(questionnaireToFhir())]]);
  for (const file of readdirSync(VIGNETTE_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const vignette = JSON.parse(readFileSync(path.join(VIGNETTE_DIR, file), 'utf8')) as { name: string; input: AnswersDocument };
    const { resourceType, ...response } = answersToQuestionnaireResponse(vignette.input, { authored: EXAMPLE_AUTHORED });
    files.set(`QuestionnaireResponse-${vignette.name}.json`, asJson({ resourceType, id: vignette.name, ...response }));
  }
  return files;
}
