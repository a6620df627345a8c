import { describe, expect, test } from 'vitest';
import { formatEnteredNumber } from './number-input';
import { createReportFormSchema, valuesFromPayload } from './report-schema';

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
