import { parse } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { describe, expect, test } from 'vitest';
import type { Lang } from './lang';
import { formatEnteredNumber } from './number-input';
import { createReportFormSchema, resolveReportForm, valuesFromPayload } from './report-schema';

describe('the report form schema', () => {
  test('an empty field is unknown (null), never 0; a decimal comma is read', () => {
    expect(valuesFromPayload({ intakes: '', fte_filled: ' 12,5 ' }, 'nl')).toMatchObject({
      intakes: null,
      fte_filled: 12.5,
    });
    expect(valuesFromPayload({ intakes: '0' }, 'nl').intakes).toBe(0);
    expect(valuesFromPayload({}, 'nl').intakes).toBeNull();
    expect(valuesFromPayload({ intakes: '1.234', fte_filled: '61.5' }, 'nl')).toMatchObject({
      intakes: 1234,
      fte_filled: Number.NaN,
    });
    expect(formatEnteredNumber(61.5, 'nl')).toBe('61,5');
    expect(formatEnteredNumber(null, 'nl')).toBe('');
  });

  test('hard rules become messages at their fields, in the user’s language', () => {
    const r = createReportFormSchema('en').safeParse({
      intent: 'save',
      version: '3',
      petitions_filed: '2',
      petitions_reviewed: '3',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'petitions_reviewed',
        'Petitions with an independent review (3) cannot be larger than the number of petitions not filed by the certified institution (2).',
      ],
    ]);
  });

  test('a decimal typed with a point is refused in Dutch with its own message; a grouped count is read', () => {
    const r = createReportFormSchema('nl').safeParse({
      intent: 'save',
      version: '3',
      intakes: '1.234',
      fte_filled: '61.5',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'fte_filled',
        'Bezette formatie in fte: gebruik een komma voor decimalen, zoals 61,5. Een punt scheidt in het Nederlands duizendtallen (1.234), dus de waarde is niet overgenomen.',
      ],
    ]);
    const en = createReportFormSchema('en').safeParse({ intent: 'save', version: '3', fte_filled: '61,5' });
    expect(en.error!.issues[0]!.message).toBe(
      'Filled staff in FTE: use a point for decimals, such as 61.5. A comma separates thousands (1,234), so the value was not taken.',
    );
  });

  test('a month with everything unknown is a valid draft', () => {
    expect(createReportFormSchema('nl').safeParse({ intent: 'save', version: '1' }).success).toBe(true);
  });
});

describe('the browser’s check of the report form (without zod)', () => {
  /** A form as the browser posts it: the element fields given, the save button and the version. */
  const formOf = (fields: Record<string, string>) => {
    const fd = new FormData();
    fd.set('intent', 'save');
    fd.set('version', '4');
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  /** The errors of a submission by field (none when it passed). */
  const errorsOf = (s: object) => ('error' in s ? (s.error as Record<string, string[] | null>) : {});
  const browser = (fields: Record<string, string>, lang: Lang) =>
    errorsOf(parse(formOf(fields), { resolve: (payload) => resolveReportForm(payload, lang) }));
  const server = (fields: Record<string, string>, lang: Lang) =>
    errorsOf(parseWithZod(formOf(fields), { schema: createReportFormSchema(lang) }));

  const cases: [string, Record<string, string>][] = [
    ['an empty month', {}],
    ['plain values', { signals_new: '412', fte_filled: '61', intakes: '' }],
    ['a part larger than its whole', { petitions_filed: '2', petitions_reviewed: '3' }],
    ['a decimal point in Dutch, a comma in English', { fte_filled: '61.5', intakes: '61,5' }],
    [
      'words, a negative count and a fraction of a count',
      { signals_new: 'veel', triage_simple: '-3', intakes: '2,5' },
    ],
    ['a text longer than a field takes', { signals_new: '1'.repeat(31), triage_complex: 'x'.repeat(40) }],
    ['a weighted value without its weight', { days_to_help_median_all: '12', help_cohort: '' }],
    ['a weighted value with a weight of 0', { days_to_help_median_all: '12', help_cohort: '0' }],
    ['an absurd number', { signals_new: '1e+30' }],
  ];

  test.each(cases)(
    '%s: the same errors at the same fields as the server’s schema, in both languages',
    (_, fields) => {
      for (const lang of ['nl', 'en'] as const) {
        const b = browser(fields, lang);
        expect(b, lang).toEqual(server(fields, lang));
        // the first two cases are clean; every other one has at least one error
        expect(Object.keys(b).length > 0, lang).toBe(cases.findIndex(([, f]) => f === fields) >= 2);
      }
    },
  );

  test('the cases are not all clean: the browser finds the errors the server does', () => {
    expect(browser({}, 'nl')).toEqual({});
    expect(browser({ petitions_filed: '2', petitions_reviewed: '3' }, 'en')).toEqual({
      petitions_reviewed: [
        'Petitions with an independent review (3) cannot be larger than the number of petitions not filed by the certified institution (2).',
      ],
    });
    const long = browser({ signals_new: '1'.repeat(31) }, 'nl');
    expect(Object.keys(long)).toEqual(['signals_new']);
    expect(long.signals_new![0]).toContain('Nieuwe veiligheidssignalen');
    expect(long.signals_new!.length).toBeGreaterThan(1);
  });
});
