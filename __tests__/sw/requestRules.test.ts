import { carriesOnlyKnownParameters } from '@/sw/requestRules';

test.each([
  ['http://127.0.0.1:3000/', true],
  ['http://127.0.0.1:3000/summary', true],
  ['http://127.0.0.1:3000/summary?_rsc=1x2y3', true],
  ['http://127.0.0.1:3000/_next/static/chunks/a.js', true],
  ['http://127.0.0.1:3000/summary?name=Ada', false],
  ['http://127.0.0.1:3000/questionnaire?_rsc=1&age=30', false],
  ['http://127.0.0.1:3000/?q', false],
])('the service worker may keep %s: %s', (url, kept) => {
  expect(carriesOnlyKnownParameters(new URL(url))).toBe(kept);
});
