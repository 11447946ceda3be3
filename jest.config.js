const nextJest = require('next/jest');

module.exports = nextJest({ dir: './' })({
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  // e2e/*.spec.ts would match Jest's default testMatch (Playwright runs those); __tests__/support/ and
  // __tests__/fixtures/ hold shared builders and data, not tests.
  testPathIgnorePatterns: [
    '<rootDir>/node_modules/', '<rootDir>/e2e/', '<rootDir>/.next/', '<rootDir>/__tests__/support/', '<rootDir>/__tests__/fixtures/',
  ],
});
