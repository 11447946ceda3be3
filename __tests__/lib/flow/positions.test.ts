/** URL paths and the positions they name (lib/flow/positions.ts): every place round-trips; an unknown step name asks for the furthest place. */
import { pathOf, positionOfPath, positionPaths } from '@/lib/flow/positions';

test('every position’s path names that position again', () => {
  for (const path of positionPaths()) expect(pathOf(positionOfPath(path)!)).toBe(path);
});

test.each([
  ['/', null],
  ['/about', null],
  ['/clinic', null],
  ['/questionnaire', 'intro'],
  ['/questionnaire/', 'intro'],
  ['/questionnaire/about', 'about'],
  ['/questionnaire/review', 'review'],
  ['/summary', 'summary'],
  // Unknown step names ask for the review: the machine lands on the furthest place reached so far.
  ['/questionnaire/no-such-step', 'review'],
  ['/questionnaire/about/extra', 'review'],
])('%s names %s', (path, position) => {
  expect(positionOfPath(path)).toBe(position);
});
