/**
 * `npm run bench`: evaluation time per patient over 10,000 random valid answers documents (issue 2).
 * Not a test: it prints figures. The documents come from the same generator as the property tests.
 */
import fc from 'fast-check';
import { evaluate } from '@/rules';
import { answersDocumentArbitrary } from '../__tests__/support/arbitraries';

const PATIENTS = 10_000;
const WARM_UP = 1_000;
// Fixed so two runs time the same patients.
const SEED = 20261122;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const documents = fc.sample(answersDocumentArbitrary, { numRuns: PATIENTS, seed: SEED });
for (const doc of documents.slice(0, WARM_UP)) evaluate(doc);

const micros = documents.map((doc) => {
  const start = process.hrtime.bigint();
  evaluate(doc);
  return Number(process.hrtime.bigint() - start) / 1_000;
});
micros.sort((a, b) => a - b);

const total = micros.reduce((sum, us) => sum + us, 0);
const format = (us: number) => `${us.toFixed(1)} µs`;
console.log(`evaluate() over ${PATIENTS.toLocaleString('en')} random valid documents (seed ${SEED}, after ${WARM_UP.toLocaleString('en')} warm-up runs)`);
console.log(`  median ${format(percentile(micros, 0.5))}`);
console.log(`  p99    ${format(percentile(micros, 0.99))}`);
console.log(`  max    ${format(micros[micros.length - 1])}`);
console.log(`  total  ${(total / 1_000).toFixed(1)} ms`);
