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
    // React escapes text; these are the ways around it, or around the Content-Security-Policy (docs/SECURITY.md).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Answers are text: render them as React children, never as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Answers are text: use textContent, never innerHTML.',
        },
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'The CSP (style-src with a nonce) blocks inline style attributes: use a class in globals.css.',
        },
      ],
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
