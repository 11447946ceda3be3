const nextJest = require('next/jest');

module.exports = nextJest({ dir: './' })({
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  // e2e/*.spec.ts would match Jest's default testMatch (Playwright runs those); __tests__/support/ holds shared
  // builders and loaders, not tests (__tests__/vignettes/ is JSON, which testMatch does not pick up).
  // Component tests with axe take 1–3 s on an idle machine and several times that on a busy 2-core CI runner:
  // Jest's 5 s default fails them there for no fault of the code.
  testTimeout: 30_000,
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/e2e/', '<rootDir>/.next/', '<rootDir>/__tests__/support/'],
});
