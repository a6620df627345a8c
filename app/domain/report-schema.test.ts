import { describe, expect, test } from 'vitest';
import {
  createReportFormSchema,
  formatEnteredNumber,
  parseEnteredNumber,
  valuesFromPayload,
} from './report-schema';

describe('the report form schema', () => {
  test('an empty field is unknown (null), never 0; a decimal comma is read', () => {
    expect(parseEnteredNumber('')).toBeNull();
    expect(parseEnteredNumber(undefined)).toBeNull();
    expect(parseEnteredNumber(' 12,5 ')).toBe(12.5);
    expect(parseEnteredNumber('12.5')).toBe(12.5);
    expect(Number.isNaN(parseEnteredNumber('1.234,5'))).toBe(true);
    expect(valuesFromPayload({ intakes: '0' }).intakes).toBe(0);
    expect(valuesFromPayload({}).intakes).toBeNull();
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
        'Petitions with an independent review (3) cannot be larger than petitions to the juvenile court (2).',
      ],
    ]);
  });

  test('a month with everything unknown is a valid draft', () => {
    expect(createReportFormSchema('nl').safeParse({ intent: 'save', version: '1' }).success).toBe(true);
  });
});
