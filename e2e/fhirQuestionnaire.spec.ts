/** The FHIR Questionnaire at its stable address, /questionnaire.json: FHIR JSON, the same as the app's own, locked down like every response. */
import { expect, test } from '@playwright/test';
import { QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, questionnaireToFhir } from '@/lib/fhir';

test('/questionnaire.json serves the FHIR Questionnaire as FHIR JSON', async ({ request }) => {
  const response = await request.get('/questionnaire.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/(fhir\+)?json\b/);
  const questionnaire = await response.json();
  expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', url: QUESTIONNAIRE_URL, version: QUESTIONNAIRE_VERSION });
  expect(questionnaire).toEqual(JSON.parse(JSON.stringify(questionnaireToFhir())));
});

test('/questionnaire.json carries the security headers and takes no body', async ({ request }) => {
  const response = await request.get('/questionnaire.json');
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['permissions-policy']).toContain('camera=(self)');
  expect(headers['x-frame-options']).toBe('DENY');
  expect((await request.post('/questionnaire.json', { data: '{}' })).status()).toBe(405);
});
