/**
 * The registers' field lists (app/domain/register-fields.ts) are the one place a field is defined:
 * the form, its schema, the models, the details page, the history, the CSV export and the test
 * builders read them. These checks keep the lists and the database columns from drifting apart, and
 * show that a stored entry goes through its edit form and back without losing anything.
 */
import { parseWithZod } from '@conform-to/zod/v4';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { bottlenecks, experiments } from '#db/schema';
import {
  BOTTLENECK_FIELDS,
  enteredFields,
  EXPERIMENT_FIELDS,
  registerColumns,
  registerTable,
  type RegisterField,
} from '#app/domain/register-fields';
import { bottleneckSchema, experimentSchema } from '#app/domain/registers';
import { setupTestDatabase } from './db';
import { bottleneckFields, experimentFields } from './form-builders';

const db = setupTestDatabase('seeded');
/** Columns no form enters: keys, the edit version, bookkeeping, and the date the status last moved. */
const BOOKKEEPING = ['id', 'version', 'statusSince', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'];

const REGISTERS = [
  {
    name: 'experiments',
    fields: EXPERIMENT_FIELDS as readonly RegisterField[],
    table: experiments,
    schema: experimentSchema,
    build: (id: number) => experimentFields(db, id)!,
    rows: () => db.select().from(experiments).all(),
  },
  {
    name: 'bottlenecks',
    fields: BOTTLENECK_FIELDS as readonly RegisterField[],
    table: bottlenecks,
    schema: bottleneckSchema,
    build: (id: number) => bottleneckFields(db, id)!,
    rows: () => db.select().from(bottlenecks).all(),
  },
] as const;

function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

describe.each(REGISTERS)('the $name register', ({ fields, table, schema, build, rows }) => {
  test('every entered field (but the links) is a column, and every column but the bookkeeping is a field', () => {
    const stored = enteredFields(fields)
      .filter((f) => f.kind !== 'links')
      .map((f) => f.name)
      .sort();
    const columns = Object.keys(getTableColumns(table))
      .filter((c) => !BOOKKEEPING.includes(c))
      .sort();
    expect(stored).toEqual(columns);
  });

  test('field names are unique and the shown-only fields are the status date (and the age)', () => {
    const names = fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(fields.filter((f) => f.kind === 'statusSince').map((f) => f.name)).toEqual(['statusSince']);
  });

  test('each stored entry goes through its edit form unchanged: the same columns come back', () => {
    const all = rows();
    expect(all.length).toBeGreaterThan(10);
    for (const row of all) {
      const submission = parseWithZod(formData(build(row.id)), { schema: schema('nl') });
      expect(submission.status, `entry ${row.id}`).toBe('success');
      if (submission.status !== 'success') continue;
      const columns = registerColumns(fields, submission.value as { status: string });
      const expected = Object.fromEntries(
        Object.keys(columns).map((k) => [k, (row as Record<string, unknown>)[k]]),
      );
      expect(columns, `entry ${row.id}`).toEqual(expected);
    }
  });

  test('the CSV table has the id and one column per shown field, a value wherever the entry has one', () => {
    const all = rows().map((r) => ({ ...r, regionName: 'R', ageDays: 7 }));
    const table = registerTable(fields, all, 'nl');
    expect(table.header).toHaveLength(1 + fields.filter((f) => f.kind !== 'links').length);
    for (const [i, row] of table.rows.entries()) {
      expect(row[0]).toBe(all[i].id);
      fields
        .filter((f) => f.kind !== 'links')
        .forEach((f, j) => {
          const value = (all[i] as Record<string, unknown>)[f.name];
          const set =
            f.kind === 'region' ||
            (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));
          expect(row[j + 1] !== null, `${f.name} of entry ${all[i].id}`).toBe(set);
        });
    }
  });
});
