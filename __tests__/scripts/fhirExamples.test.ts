/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseQuestionnaireResponse } from '@/lib/fhir';
import { r4QuestionnaireResponseSchema, r4QuestionnaireSchema, structureProblems } from '@/__tests__/support/r4Structure';
import { EXAMPLES_DIR, fhirExampleFiles } from '@/scripts/fhirExampleFiles';

const expected = fhirExampleFiles();

test('docs/fhir holds exactly the generated examples and its README (run `npm run fhir:examples` after a change)', () => {
  const committed = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json'));
  expect(committed.sort()).toEqual([...expected.keys()].sort());
});

test.each([...expected.keys()])('docs/fhir/%s is up to date', (name) => {
  expect(readFileSync(path.join(EXAMPLES_DIR, name), 'utf8')).toBe(expected.get(name));
});

test.each([...expected.keys()])('docs/fhir/%s passes the R4 structure rules and reads back', (name) => {
  const resource = JSON.parse(expected.get(name)!) as { resourceType: string };
  if (resource.resourceType === 'Questionnaire') {
    expect(structureProblems(r4QuestionnaireSchema, resource)).toEqual([]);
    return;
  }
  expect(structureProblems(r4QuestionnaireResponseSchema, resource)).toEqual([]);
  expect(parseQuestionnaireResponse(resource).ok).toBe(true);
});
