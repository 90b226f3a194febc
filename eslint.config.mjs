// The JavaScript's linter (`make lint`): ESLint's recommended rules, no formatting rules.
// The scripts run in Node; web/sw.js in a service worker; the tests drive a browser, so the
// code they hand to `page.evaluate` sees the browser's globals too.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/**', '.serve-dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // An unused catch binding or a `_`-named argument says "deliberately ignored".
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['web/sw.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
  },
];
