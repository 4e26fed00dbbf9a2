import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's own modules, with and without the node: prefix, and the desktop-only packages. */
const nodeOnly = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'better-sqlite3', 'electron'];

/** The boundaries of DESIGN.md, enforced: only the contract in src/api crosses between core and UI. */
export default tseslint.config(
  { ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react', 'react-dom', 'zustand'], patterns: ['**/renderer/**', '**/electron/**'] },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeOnly, 'react', 'react-dom', 'zustand'],
          patterns: [
            { group: ['node:*', '../*'], message: 'src/api is the contract: pure TypeScript, imported by the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnly,
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node: talk to the core through the API client.' },
            { group: ['**/src/*', '!**/src/api'], message: 'The renderer may import only the contract (src/api).' },
            { group: ['**/src/*/**', '!**/src/api/**'], message: 'The renderer may import only the contract (src/api).' },
          ],
        },
      ],
    },
  },
  {
    // The window, link and sender rules are tested under plain Node: they may not load electron.
    files: ['electron/app-url.ts', 'electron/policy.ts', 'electron/window-state.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'Keep this file testable without Electron.' }] },
      ],
    },
  },
);
