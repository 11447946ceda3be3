const nextJest = require('next/jest');

const createConfig = nextJest({ dir: './' })({
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  // A busy 2-core CI machine runs axe and whole journeys several times slower than a laptop: 5 s is too tight.
  testTimeout: 30_000,
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  // e2e/*.spec.ts would match Jest's default testMatch (Playwright runs those); __tests__/support/ holds shared
  // builders and loaders, not tests (__tests__/vignettes/ is JSON, which testMatch does not pick up).
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/e2e/', '<rootDir>/.next/', '<rootDir>/__tests__/support/'],
});

// syllable and flesch-kincaid (readability test) ship only as ES modules: let SWC transform them. next/jest puts
// its own node_modules ignore pattern last, so the list is replaced after it is built.
// next-intl and the ICU message formatting under it (docs/decisions/0014) are ES modules too.
const ESM_PACKAGES = ['syllable', 'flesch-kincaid', 'normalize-strings', 'pluralize', 'next-intl', 'use-intl', 'intl-messageformat', '@formatjs', 'icu-minify', '@schummar'];
module.exports = async () => {
  const config = await createConfig();
  return { ...config, transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`, ...config.transformIgnorePatterns.filter((p) => !p.includes('node_modules'))] };
};
