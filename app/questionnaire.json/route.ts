/**
 * GET /questionnaire.json: the FHIR R4 Questionnaire (docs/fhir/README.md), for a clinic to load into its FHIR
 * server or an SDC form renderer. Built once at build time from the questionnaire definition; GET only, no body.
 */
import { FHIR_JSON_TYPE, questionnaireToFhir } from '@/lib/fhir';

export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(questionnaireToFhir(), null, 2)}\n`, {
    headers: { 'Content-Type': `${FHIR_JSON_TYPE}; charset=utf-8` },
  });
}
