/** @jest-environment node */
/**
 * The pages the service worker warms at install (scripts/serviceWorker.js): every page file's path and every place
 * in the questionnaire, so the whole journey works offline after one visit (issue 15). A step missing here would
 * be a page that fails offline.
 */
import path from 'node:path';
import { STEPS } from '@/lib/questionnaire';

const { pagePaths, flowPaths } = require('../../scripts/serviceWorker.js') as {
  pagePaths: (appDir: string) => string[];
  flowPaths: (projectDir: string) => Promise<string[]>;
};

const projectDir = path.join(__dirname, '..', '..');

test('page files without a dynamic segment give their paths, route groups left out', () => {
  const pages = pagePaths(path.join(projectDir, 'app'));
  expect(pages).toEqual(expect.arrayContaining(['/', '/about', '/summary']));
  expect(pages.some((page) => page.includes('(') || page.includes('['))).toBe(false);
});

test('every step of the questionnaire, the intro, the review and the summary have their own path', async () => {
  const paths = await flowPaths(projectDir);
  expect(paths).toEqual([
    '/questionnaire',
    ...STEPS.map((step) => `/questionnaire/${step.id}`),
    '/questionnaire/review',
    '/summary',
  ]);
}, 30_000);

test('every page is warmed in every language: the same path under /es (docs/decisions/0014)', async () => {
  const { inEveryLanguage } = require('../../scripts/serviceWorker.js') as { inEveryLanguage: (projectDir: string, paths: string[]) => Promise<string[]> };
  expect(await inEveryLanguage(projectDir, ['/', '/questionnaire/about', '/summary'])).toEqual(['/', '/questionnaire/about', '/summary', '/es', '/es/questionnaire/about', '/es/summary']);
}, 30_000);
