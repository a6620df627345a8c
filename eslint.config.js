import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'build-*/**',
      '.cache/**',
      'node_modules/**',
      'db/migrations/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/prop-types': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Write transactions start IMMEDIATE (db/client.ts WRITE_TX): a deferred one that reads first
    // fails at once with SQLITE_BUSY when another process wrote in between.
    files: ['app/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'][arguments.length<2]",
          message:
            'Write transactions start IMMEDIATE: pass WRITE_TX from db/client.ts as the second argument (a deferred transaction fails with SQLITE_BUSY when another process wrote in between).',
        },
      ],
    },
  },
  {
    // Pages write dates, months, quarters and units through app/utils/format.ts only, so no page can
    // drift to ISO dates, UTC times or its own format (one format per language, Dutch time). This
    // repeats the transaction rule above: a later block's no-restricted-syntax replaces an earlier.
    files: ['app/routes/**/*.tsx', 'app/components/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'][arguments.length<2]",
          message:
            'Write transactions start IMMEDIATE: pass WRITE_TX from db/client.ts as the second argument (a deferred transaction fails with SQLITE_BUSY when another process wrote in between).',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(toLocaleDateString|toLocaleTimeString|toLocaleString|toUTCString)$/]",
          message:
            'Dates on pages go through formatDate/formatDateTime/formatMonth in app/utils/format.ts (one format per language, Dutch time).',
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'Dates on pages go through app/utils/format.ts, which keeps one formatter per language.',
        },
        {
          selector: "CallExpression[callee.property.name='replace'][arguments.0.value='T']",
          message:
            'An ISO timestamp cut into text is UTC and not the page format: use formatDateTime from app/utils/format.ts.',
        },
        {
          selector: "CallExpression[callee.property.name='slice'][arguments.0.value=0][arguments.1.value=16]",
          message:
            'An ISO timestamp cut into text is UTC and not the page format: use formatDateTime from app/utils/format.ts.',
        },
      ],
    },
  },
  {
    // The domain is pure: no database, models, utilities, routes, components, Remix or React. Its
    // messages come from the nl/en dictionaries (app/i18n/*: plain data), never from the React hook.
    files: ['app/domain/**/*.{ts,tsx}'],
    ignores: ['app/domain/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '~/*', '!~/domain', '!~/domain/*', '!~/i18n', '!~/i18n/*', '~/i18n/use-t'],
              message: 'app/domain is pure: import only other domain modules and the dictionaries.',
            },
            {
              group: ['react', 'react-dom', '@remix-run/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'],
              message: 'app/domain is pure: no React, Remix or database.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components run in the browser: no server modules, no database schema.
    files: ['app/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*.server', '**/*.server', '*.server.*', '**/*.server.*'],
              message: 'Components import no server modules.',
            },
            { group: ['**/db/*', '**/db/**'], message: 'Components import no database modules.' },
          ],
        },
      ],
    },
  },
);
