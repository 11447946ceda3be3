/** The public vignettes (copied from shared/vignettes): whole patients, every flag, severity and certainty exact. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersDocument } from '@/lib/answers';
import { evaluate } from '@/rules';

const VIGNETTE_DIR = path.join(__dirname, '..', 'vignettes');

interface Vignette {
  name: string;
  input: unknown;
  expect: {
    flags: Record<string, string>;
    drugs: Record<string, Record<string, string>>;
    byDrug: Record<string, string>;
    unsure: string[];
  };
}

const vignettes: Vignette[] = readdirSync(VIGNETTE_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(path.join(VIGNETTE_DIR, file), 'utf8')) as Vignette);

test('all twelve public vignettes are here', () => {
  expect(vignettes).toHaveLength(12);
});

test.each(vignettes.map((v) => [v.name, v] as const))('%s', (_name, vignette) => {
  const parsed = parseAnswersDocument(vignette.input);
  if (!parsed.ok) throw new Error(`vignette input refused: ${parsed.problems.join('; ')}`);
  const result = evaluate(parsed.value);

  expect(Object.fromEntries(result.flags.map((f) => [f.id, f.severity]))).toEqual(vignette.expect.flags);
  expect(Object.fromEntries(result.flags.map((f) => [f.id, f.drugs]))).toEqual(vignette.expect.drugs);
  expect(result.byDrug).toEqual(vignette.expect.byDrug);
  expect(result.flags.filter((f) => f.certainty === 'unsure').map((f) => f.id).sort()).toEqual([...vignette.expect.unsure].sort());
  expect(result.flags.every((f) => f.certainty === 'reported' || f.certainty === 'unsure')).toBe(true);
});
