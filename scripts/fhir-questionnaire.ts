/** `npm run --silent fhir:questionnaire`: prints the FHIR R4 Questionnaire of the app's questionnaire as JSON. */
import { questionnaireToFhir } from '@/lib/fhir';

process.stdout.write(`${JSON.stringify(questionnaireToFhir(), null, 2)}\n`);
