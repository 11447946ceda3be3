/** The public vignettes (__tests__/vignettes/, copied from the shared clinical set): whole patients, every flag, severity and certainty exact. */
import { parseAnswersDocument } from '@/lib/answers';
import { evaluate } from '@/rules';
import { VIGNETTES } from '../support/vignettes';

test('all sixteen public vignettes are here', () => {
  expect(VIGNETTES).toHaveLength(16);
});

test.each(VIGNETTES)('$name', (vignette) => {
  const parsed = parseAnswersDocument(vignette.input);
  if (!parsed.ok) throw new Error(`vignette input refused: ${parsed.problems.join('; ')}`);
  const result = evaluate(parsed.value);

  expect(Object.fromEntries(result.flags.map((f) => [f.id, f.severity]))).toEqual(vignette.expect.flags);
  expect(Object.fromEntries(result.flags.map((f) => [f.id, f.drugs]))).toEqual(vignette.expect.drugs);
  expect(result.byDrug).toEqual(vignette.expect.byDrug);
  expect(result.flags.filter((f) => f.certainty === 'unsure').map((f) => f.id).sort()).toEqual([...vignette.expect.unsure].sort());
  expect(result.flags.every((f) => f.certainty === 'reported' || f.certainty === 'unsure')).toBe(true);
});
