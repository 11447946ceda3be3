import tseslint from 'typescript-eslint';

// The rules module is pure clinical logic: it may import only answer *types* and definitions from lib/.
const forbiddenInRules = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'rules/ is pure: no React.' },
  { group: ['next', 'next/*'], message: 'rules/ is pure: no Next.js.' },
  { group: ['xstate', 'xstate/*', '@xstate/*'], message: 'rules/ is pure: no XState.' },
  { group: ['@/components/*', '@/app/*', '../components/*', '../app/*'], message: 'Dependencies point inward: rules/ never imports UI.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-debugger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenInRules }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'evaluate is pure: no clock.' },
        { object: 'Math', property: 'random', message: 'evaluate is pure: no randomness.' },
      ],
    },
  },
);
