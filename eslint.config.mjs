// ESLint flat config. typescript-eslint everywhere, its type-aware rules on the product code (src/: unawaited
// Office.js promises, unsafe values) where they pay for their time; React hooks and accessibility for the pane.
// eslint-config-prettier comes last so layout is Prettier's job alone (`npm run format`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'dist-preview/', 'lib/', 'out/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A variable read by a closure before its one assignment (a callback set up first) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // This code cleans text from sheets and XML on purpose: matching control characters is its job.
      'no-control-regex': 'off',
      // `_name` marks a value left out on purpose (a rest sibling, an unused callback argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
  },
  // Plain JavaScript runs in Node (configs, bin/, scripts/), except the pages' scripts under src/.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ignores: ['src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
