import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

// The rules module is pure clinical logic: it reads only the questionnaire definition and the answers (their
// types, and pruneHidden: visibility is part of the definition, hidden means absent), each through its one entry.
const forbiddenInRules = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'rules/ is pure: no React.' },
  { group: ['next', 'next/*'], message: 'rules/ is pure: no Next.js.' },
  { group: ['xstate', 'xstate/*', '@xstate/*'], message: 'rules/ is pure: no XState.' },
  { group: ['@/components', '@/components/*', '@/app', '@/app/*', '../components/*', '../app/*'], message: 'Dependencies point inward: rules/ never imports UI.' },
  {
    regex: '^(@/lib/(?!(answers|questionnaire)$)|@/lib$|\\.\\./lib(/|$))',
    message: "rules/ reads only the questionnaire definition and the answers: import from '@/lib/questionnaire' or '@/lib/answers'.",
  },
];

// Dependencies point inward: app -> components -> lib -> rules (README "Architecture"). Each layer may not import
// the layers above it, by alias or by relative path.
const above = (layers) => layers.flatMap((layer) => [`@/${layer}`, `@/${layer}/*`, `../${layer}/*`, `../../${layer}/*`]);
const layerRules = [
  { files: ['lib/**/*.{ts,tsx}'], patterns: [{ group: above(['app', 'components']), message: 'Dependencies point inward: lib/ never imports components/ or app/.' }] },
  { files: ['components/**/*.{ts,tsx}'], patterns: [{ group: above(['app']), message: 'Dependencies point inward: components/ never imports app/.' }] },
  { files: ['app/**/*.{ts,tsx}'], patterns: [] },
];
// What ships to the phone validates with zod/mini (docs/decisions/0004-zod-mini-in-app-code.md).
const classicZod = { name: 'zod', message: "App code uses 'zod/mini' (docs/decisions/0004-zod-mini-in-app-code.md)." };

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-debugger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
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
  ...layerRules.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { paths: [classicZod], patterns }] } })),
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A data table that scrolls sideways sits in a labelled region that takes focus, so a keyboard can scroll it
      // (axe scrollable-region-focusable; WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['rules/**/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: forbiddenInRules }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'evaluate is pure: no clock.' },
        { object: 'Math', property: 'random', message: 'evaluate is pure: no randomness.' },
      ],
    },
  },
);
