/**
 * The example files of docs/fhir: the Questionnaire, and a QuestionnaireResponse for each public vignette.
 * Built here, written by scripts/fhir-examples.ts, and compared with the committed files by a Jest test.
 */
import path from 'node:path';
import { answersToQuestionnaireResponse, questionnaireToFhir } from '@/lib/fhir';
import { VIGNETTES } from '../__tests__/support/vignettes';

export const EXAMPLES_DIR = path.join(__dirname, '..', 'docs', 'fhir');

/** A fixed time, so the examples are the same on every run. */
export const EXAMPLE_AUTHORED = '2026-11-23T09:00:00Z';

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** File name → content. */
export function fhirExampleFiles(): Map<string, string> {
  const files = new Map([['Questionnaire-jak-screener.json', asJson(questionnaireToFhir())]]);
  for (const { name, input } of VIGNETTES) {
    const { resourceType, ...response } = answersToQuestionnaireResponse(input, { authored: EXAMPLE_AUTHORED });
    files.set(`QuestionnaireResponse-${name}.json`, asJson({ resourceType, id: name, ...response }));
  }
  return files;
}
