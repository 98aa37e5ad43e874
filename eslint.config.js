// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer boundaries (see ../shared/DESIGN.md, "Layers"). Arrows point down only:
// entrypoints → components / lib/state / lib/services → lib/domain.
const dbModules = ['**/lib/db', '**/lib/db/**', 'dexie', 'dexie/**'];
const browserModules = ['wxt/browser', 'wxt/utils/**', 'webextension-polyfill', '@wxt-dev/**'];
const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Nezabudka makes no network requests: customer data never leaves the browser.',
}));

/** @param {string[]} group @param {string} message */
const restrict = (group, message) => ({ group, message });

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/dist/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Extension code: no network, ever.
  {
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: { 'no-restricted-globals': ['error', ...networkGlobals] },
  },
  // Every schema goes through lib/domain/zod.ts, which turns off zod's eval probe.
  {
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    ignores: ['lib/domain/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import { z } from lib/domain/zod (eval-free configuration).' }] },
      ],
    },
  },
  // Content scripts and what runs inside them (the interface stage the background
  // injects too): the helpdesk's origin must not hold our database (it could
  // read it), so no Dexie here.
  {
    files: [
      'entrypoints/*.content/**',
      'entrypoints/*.content.*',
      'entrypoints/helpdesk-ui/**',
      'lib/adapters/**',
      'lib/insert/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              dbModules,
              'Content scripts never open the database: ask the background via lib/messaging.',
            ),
          ],
        },
      ],
    },
  },
  // Components: props in, JSX out. No browser APIs, no database, no messaging.
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(dbModules, 'Components never touch the database: take data through props.'),
            {
              ...restrict(
                [...browserModules, '**/lib/messaging/**', '**/lib/services/**'],
                'Components do not call browser APIs: the entrypoint wires them and passes props.',
              ),
              allowTypeImports: true,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...networkGlobals,
        { name: 'browser', message: 'Components do not call browser APIs: pass a callback prop.' },
        { name: 'chrome', message: 'Components do not call browser APIs: pass a callback prop.' },
      ],
    },
  },
  // Domain logic is pure: no DOM, no browser, no React, no clock of its own.
  {
    files: ['lib/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [
                ...dbModules,
                ...browserModules,
                'react',
                'react/**',
                'react-dom',
                'react-dom/**',
                'zustand',
                'zustand/**',
                '**/lib/adapters/**',
                '**/lib/insert/**',
                '**/lib/messaging/**',
                '**/lib/services/**',
                '**/lib/state/**',
                '**/components/**',
                '**/entrypoints/**',
              ],
              'lib/domain is pure logic: no browser, DOM, React or storage.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...networkGlobals,
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'browser',
          'chrome',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'MutationObserver',
          'requestAnimationFrame',
          'HTMLElement',
          'Element',
          'Node',
        ].map((name) => ({ name, message: 'lib/domain is pure logic: no browser or DOM globals.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take `now` as a parameter (tests use fixed instants).' },
        { object: 'performance', property: 'now', message: 'Take `now` as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take `now` as a parameter (tests use fixed instants).',
        },
      ],
    },
  },
);
