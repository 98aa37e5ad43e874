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

/**
 * A folder of lib/ however it is reached: `../state/x` from a sibling folder as
 * well as `../../lib/state/x` from outside (a pattern naming lib/ misses the first).
 * @param {string} name
 */
const layer = (name) => [`**/${name}`, `**/${name}/**`];

const noDatabaseInContent = restrict(
  dbModules,
  'Content scripts never open the database: ask the background via lib/messaging.',
);

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
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noDatabaseInContent] }],
    },
  },
  // The adapter engine turns a page into plain data; the stores that display it
  // sit above it. Type imports count too: a type that crosses layers belongs below both.
  {
    files: ['lib/adapters/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            noDatabaseInContent,
            restrict(layer('state'), 'lib/adapters knows no store: put shared types in lib/domain.'),
          ],
        },
      ],
    },
  },
  // The protocol is what services answer with: they import its types, never the reverse.
  {
    files: ['lib/messaging/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              layer('services'),
              'lib/messaging owns the types that cross the wire: define them here or in lib/domain.',
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
            restrict(
              ['**/lib/services', '**/lib/services/**'],
              'Components know no background use-case: their types come from lib/messaging or lib/domain.',
            ),
            {
              ...restrict(
                [...browserModules, '**/lib/messaging/**'],
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
                ...layer('adapters'),
                ...layer('insert'),
                ...layer('messaging'),
                ...layer('services'),
                ...layer('state'),
                ...layer('components'),
                ...layer('entrypoints'),
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
