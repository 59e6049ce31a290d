// Lint rules that hold the architecture in place (see the design's house rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = ['document', 'window', 'chrome', 'browser', 'navigator', 'location', 'localStorage', 'self'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'scratch/**', 'node_modules/**', 'test/fixtures/**', 'artifacts/**', 'test-results/**', '**/*.generated.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      'no-undef': 'off', // TypeScript checks names
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page text and imported files never become markup (house rule 10).
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: build nodes and set textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.' },
      ],
    },
  },
  {
    // Only src/platform imports webextension-polyfill (house rule 2).
    files: ['src/**/*.ts'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Only src/platform imports webextension-polyfill.' }] }],
    },
  },

  {
    // Every promise in the popup, the report and note pages and the background is handled
    // (issue 12, item 4): an unhandled one left a row "Fetching…" and a button disabled. `void` does not excuse it:
    // wrap the promise in `handled()` (src/core/handled.ts) or catch it.
    files: ['src/popup/**/*.ts', 'src/report/**/*.ts', 'src/note-form/**/*.ts', 'src/background/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { ignoreVoid: false },
      ],
    },
  },
  {
    // Tests build their authored DOM from strings; the product never does.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // src/core is pure: strings and plain objects in and out, runs anywhere (house rule 1).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: `src/core is pure: no ${name}.` }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/dom/**', '**/platform/**', 'webextension-polyfill', 'node:*', 'linkedom', 'parse5'], message: 'src/core imports only src/core and pure libraries.' }] }],
    },
  },
  {
    // src/dom takes its root as a parameter and knows nothing of extension APIs.
    files: ['src/dom/**/*.ts'],
    ignores: ['src/dom/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['chrome', 'browser'].map((name) => ({ name, message: `src/dom has no extension APIs: no ${name}.` }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/platform/**', 'webextension-polyfill'], message: 'src/dom has no extension APIs.' }] }],
    },
  },
);
