/** The public vignettes (copies of shared/vignettes in __tests__/vignettes), as answers documents by name. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnswersDocument } from '@/lib/answers';

export const VIGNETTE_DIR = path.join(__dirname, '..', 'vignettes');

export const VIGNETTES: [name: string, input: AnswersDocument][] = readdirSync(VIGNETTE_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const vignette = JSON.parse(readFileSync(path.join(VIGNETTE_DIR, file), 'utf8')) as { name: string; input: AnswersDocument };
    return [vignette.name, vignette.input];
  });
