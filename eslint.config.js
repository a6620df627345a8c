import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import fs from 'node:fs';
import globals from 'globals';

/** One import style (see the block that uses it); repeated where a later block sets its own patterns. */
const ALIAS_PATTERNS = [
  { group: ['~/*'], message: 'Import through the aliases: #app/… (not ~/…).' },
  {
    group: ['../*', '../../*', '../../../*', '../../../../*'],
    message:
      'Import through the aliases #app/…, #db/…, #test/…, #seeds/…; a relative path stays in its own folder.',
  },
];

/** The roles, read from their one list (app/domain/roles.ts), so the rule below needs no copy. */
const ROLE_NAMES = (() => {
  const source = fs.readFileSync(new URL('./app/domain/roles.ts', import.meta.url), 'utf8');
  const list = /export const ROLES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const names = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (names.length === 0) throw new Error('eslint.config.js: no ROLES found in app/domain/roles.ts');
  return new Set(names);
})();

/** `role`, `user.role`, `input.role`, `newRole`…: an expression that holds a role. */
function isRoleExpression(node) {
  if (!node) return false;
  if (node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression')
    return isRoleExpression(node.expression);
  if (node.type === 'Identifier') return /(^r|R)ole$/.test(node.name);
  if (node.type === 'MemberExpression' && !node.computed) return isRoleExpression(node.property);
  if (node.type === 'ChainExpression') return isRoleExpression(node.expression);
  return false;
}

function isRoleLiteral(node) {
  return node?.type === 'Literal' && typeof node.value === 'string' && ROLE_NAMES.has(node.value);
}

/** A route folder (app/routes/<folder>/…) imports nothing from another route folder. */
const localRules = {
  rules: {
    'no-role-comparisons': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          role: 'Ask the role table, not the role: userHasPermission / requirePermission with a permission of app/domain/permissions.ts (docs/how-to.md "A permission").',
        },
      },
      create(context) {
        const report = (node) => context.report({ node, messageId: 'role' });
        return {
          BinaryExpression(node) {
            if (!['===', '!==', '==', '!='].includes(node.operator)) return;
            const { left, right } = node;
            if (
              (isRoleLiteral(left) && isRoleExpression(right)) ||
              (isRoleLiteral(right) && isRoleExpression(left))
            )
              report(node);
          },
          SwitchStatement(node) {
            if (isRoleExpression(node.discriminant)) report(node);
          },
          CallExpression(node) {
            const callee = node.callee;
            // ['coordinator', 'manager'].includes(user.role), ROLES_THAT_WRITE.includes(role); a list that
            // comes from a call (a setting read from the database) is data, not a rule
            if (
              callee.type === 'MemberExpression' &&
              !callee.computed &&
              callee.property.name === 'includes' &&
              isRoleExpression(node.arguments[0]) &&
              callee.object.type !== 'CallExpression'
            )
              report(node);
            // drizzle: eq(users.role, 'coordinator')
            if (
              callee.type === 'Identifier' &&
              ['eq', 'ne'].includes(callee.name) &&
              node.arguments.some(isRoleLiteral) &&
              node.arguments.some(isRoleExpression)
            )
              report(node);
          },
        };
      },
    },
    'no-sibling-route-imports': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          sibling:
            'A route folder imports no other route folder ({{target}}): move what both need to app/components, app/forms, app/models or app/utils.',
        },
      },
      create(context) {
        const file = context.filename.replace(/\\/g, '/');
        const own = /\/app\/routes\/([^/]+)\//.exec(file)?.[1];
        if (!own) return {};
        function check(node) {
          const spec = node.source && typeof node.source.value === 'string' ? node.source.value : null;
          const m = spec ? /^#app\/routes\/([^/]+)/.exec(spec) : null;
          if (m && m[1] !== own) context.report({ node, messageId: 'sibling', data: { target: spec } });
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

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
    // One import style: the aliases #app/…, #db/…, #test/…, #seeds/… (package.json "imports"), and a
    // relative path only within a file's own folder. Code shared by several routes lives outside
    // app/routes (components/, forms/, models/, utils/): a route folder imports no other route folder.
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['*.config.{js,ts}', 'test/e2e/vitest.config.ts', 'import-aliases.js'],
    plugins: { local: localRules },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ALIAS_PATTERNS,
        },
      ],
      'local/no-sibling-route-imports': 'error',
    },
  },
  {
    // Who may do what is one table (app/domain/permissions.ts, docs/decisions/015-permissions.md):
    // code asks for a permission, never compares a role. Roles are data in the table itself, in its
    // tests, in the seeds and scripts (demo accounts, user creation) and in the test fixtures.
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/domain/permissions.ts', 'app/domain/permissions.test.ts'],
    plugins: { local: localRules },
    rules: { 'local/no-role-comparisons': 'error' },
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
            'CallExpression[callee.property.name=/^(toLocaleDateString|toLocaleTimeString|toLocaleString|toUTCString)$/]',
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
              regex: '^(\\.\\./|#(?!app/(domain|i18n)/)|#app/i18n/use-t$)',
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
            ...ALIAS_PATTERNS,
            {
              group: ['*.server', '**/*.server', '*.server.*', '**/*.server.*'],
              message: 'Components import no server modules.',
            },
            { group: ['**/db/*', '**/db/**'], message: 'Components import no database modules.' },
            { regex: '^#db/', message: 'Components import no database modules.' },
          ],
        },
      ],
    },
  },
);
