/** `npm run fhir:examples`: rewrites the example files of docs/fhir from the questionnaire and the vignettes. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES_DIR, fhirExampleFiles } from './fhirExampleFiles';

for (const [name, content] of fhirExampleFiles()) {
  writeFileSync(path.join(EXAMPLES_DIR, name), content);
  console.log(`wrote docs/fhir/${name}`);
}
