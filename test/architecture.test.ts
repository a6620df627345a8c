/**
 * The layering the ESLint rules enforce (eslint.config.js): the domain imports nothing from the
 * database, models, utilities or routes; components import no server module. Checked on snippets,
 * so a rule that stops firing fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();
async function restricted(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries', () => {
  test.each([
    ["import { reports } from '../../db/schema';"],
    ["import { getDb } from '#app/utils/db.server';"],
    ["import { listRegions } from '#app/models/regions.server';"],
    ["import { loader } from '#app/routes/api.scores/route';"],
    ["import { useState } from 'react';"],
    ["import { sql } from 'drizzle-orm';"],
    ["import { useT } from '#app/i18n/use-t';"],
  ])('the domain may not: %s', async (line) => {
    expect(await restricted('app/domain/example.ts', `${line}\nexport const x = 1;\n`)).toBe(1);
  });

  test('the domain may import the domain and the dictionaries (its one message system)', async () => {
    expect(
      await restricted('app/domain/example.ts', "import { LANGS } from './lang';\nexport const x = LANGS;\n"),
    ).toBe(0);
    const code =
      "import { translate } from '#app/i18n/i18n';\nimport { reports } from '#app/i18n/reports';\nexport const x = [translate, reports];\n";
    expect(await restricted('app/domain/example.ts', code)).toBe(0);
  });

  test.each([
    ["import { listRegions } from '#app/models/regions.server';"],
    ["import { getLang } from '#app/utils/lang.server';"],
    ["import { reports } from '#db/schema';"],
  ])('a component may not: %s', async (line) => {
    expect(await restricted('app/components/example.tsx', `${line}\nexport const x = 1;\n`)).toBe(1);
  });

  test('a component may import the domain and the dictionaries', async () => {
    const code =
      "import { LANGS } from '#app/domain/lang';\nimport { common } from '#app/i18n/common';\nexport const x = [LANGS, common];\n";
    expect(await restricted('app/components/example.tsx', code)).toBe(0);
  });
});

describe('no role comparisons outside the role table (local/no-role-comparisons)', () => {
  async function roleComparisons(filePath: string, code: string): Promise<number> {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === 'local/no-role-comparisons').length;
  }
  const head = 'declare const user: { role: string; disabledReason: string };\ndeclare const role: string;\n';

  test.each([
    ["export const x = user.role === 'manager';"],
    ["export const x = role !== 'admin';"],
    ["export const x = 'reviewer' == user.role;"],
    ["export const x = ['coordinator', 'manager'].includes(user.role);"],
    ["const WRITERS = ['coordinator'];\nexport const x = WRITERS.includes(role);"],
    ['export function x() {\n  switch (user.role) {\n    default:\n      return 1;\n  }\n}'],
    [
      "import { eq } from 'drizzle-orm';\ndeclare const users: { role: string };\nexport const x = eq(users.role, 'coordinator');",
    ],
  ])('a route, model or component may not: %s', async (line) => {
    expect(await roleComparisons('app/routes/_app.example/route.tsx', `${head}${line}\n`)).toBe(1);
    expect(await roleComparisons('app/models/example.server.ts', `${head}${line}\n`)).toBe(1);
  });

  test('a role list from a setting, another field with a role-like value and the table itself pass', async () => {
    const data = `${head}declare function readTotpRoles(): string[];\nexport const x = readTotpRoles().includes(user.role);\nexport const y = user.disabledReason === 'admin';\n`;
    expect(await roleComparisons('app/models/example.server.ts', data)).toBe(0);
    const table = `${head}export const x = role === 'manager';\n`;
    expect(await roleComparisons('app/domain/permissions.ts', table)).toBe(0);
  });
});
