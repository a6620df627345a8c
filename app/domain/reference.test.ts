import { describe, expect, test } from 'vitest';
import { setToday } from '#test/clock';
import { differenceSeries, parseReferenceRecords, REFERENCE_COLUMNS } from './reference';

const H = [...REFERENCE_COLUMNS];
const line = (period: string, value: string, over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    reeks: 'vt-triage',
    naam: 'Landelijk, Veilig Thuis',
    indicator: 'triage_on_time',
    bron: 'Veilig Thuis',
    tabel: 'Kwartaalcijfers',
    opgehaald: '2026-10-15',
    eenheid: 'percent',
    periode: period,
    waarde: value,
    ...over,
  };
  return REFERENCE_COLUMNS.map((c) => base[c]);
};

describe('reading a reference CSV', () => {
  test('a series can be a reference for an outcome rate per 10,000 children, in per10000 only', () => {
    const rate = { reeks: 'zld-maatregelen', indicator: 'measures_rate', eenheid: 'per10000' };
    const { rows, errors } = parseReferenceRecords([H, line('2021-Q1', '40', rate)], 'nl');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.indicatorCode, r.unit, r.value])).toEqual([['measures_rate', 'per10000', 40]]);
    const wrong = parseReferenceRecords([H, line('2021-Q1', '40', { ...rate, eenheid: 'percent' })], 'nl');
    expect(wrong.errors).toEqual([
      { line: 2, message: 'Eenheid ‘percent’ past niet bij de indicator, die in ‘per10000’ is uitgedrukt.' },
    ]);
  });

  test('reads quarters (also written JJJJ-Kn), decimal commas and an empty value as unknown', () => {
    const { rows, errors } = parseReferenceRecords([H, line('2026-Q1', '81,5'), line('2026-K2', '')], 'nl');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.code, r.period, r.value, r.indicatorCode, r.unit])).toEqual([
      [2, 'vt-triage', '2026-Q1', 81.5, 'triage_on_time', 'percent'],
      [3, 'vt-triage', '2026-Q2', null, 'triage_on_time', 'percent'],
    ]);
  });

  test('every bad line is reported with its number and the reason, and none of them is read', () => {
    const { rows, errors } = parseReferenceRecords(
      [
        H,
        line('2026-Q1', 'veel'),
        line('2026-13', '4'),
        line('2026-Q2', '4', { eenheid: 'days' }),
        line('2026-Q3', '4', { indicator: 'nope' }),
        line('2026-Q4', '4', { opgehaald: '15-10-2026' }),
        line('2026-Q1', '70', { reeks: 'Hoofdletters' }),
      ],
      'nl',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 2, message: 'Waarde ‘veel’ is geen getal (laat leeg voor onbekend).' },
      { line: 3, message: 'Periode ‘2026-13’ is geen maand (JJJJ-MM), kwartaal (JJJJ-Kn) of jaar (JJJJ).' },
      { line: 4, message: 'Eenheid ‘days’ past niet bij de indicator, die in ‘percent’ is uitgedrukt.' },
      { line: 5, message: 'Onbekende indicator ‘nope’ (laat leeg voor een losse reeks).' },
      { line: 6, message: 'Ophaaldatum ‘15-10-2026’ is geen datum in de vorm JJJJ-MM-DD.' },
      { line: 7, message: 'Reekscode ‘Hoofdletters’: gebruik 2–60 kleine letters, cijfers of streepjes.' },
    ]);
  });

  test('a series has one source: a second line with another retrieval date is refused, as is a repeated period', () => {
    const { rows, errors } = parseReferenceRecords(
      [H, line('2026-Q1', '80'), line('2026-Q2', '81', { opgehaald: '2026-11-01' }), line('2026-Q1', '82')],
      'en',
    );
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[0].message).toContain('Column ‘opgehaald’ differs from line 2');
    expect(errors[1].message).toBe('The same series and period are already on line 2.');
  });

  test('a wrong header or an empty file is one error for the whole file', () => {
    expect(parseReferenceRecords([['regio', 'periode']], 'nl').errors[0].line).toBe(1);
    expect(parseReferenceRecords([H, ['', '', '', '', '', '', '', '', '']], 'nl').errors).toEqual([
      { line: 0, message: 'Het bestand bevat geen gegevensregels.' },
    ]);
  });

  test('a stand-alone series (no indicator) may use any known unit', () => {
    const { rows, errors } = parseReferenceRecords(
      [H, line('2025', '1234', { indicator: '', eenheid: 'count', reeks: 'cbs-ots' })],
      'nl',
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'cbs-ots', indicatorCode: null, unit: 'count', period: '2025' });
  });
});

describe('pilot − reference', () => {
  test('per period, unknown where either side is unknown', () => {
    expect(differenceSeries([72.5, null, 80, 66.6], [70, 71, null, 70.1])).toEqual([2.5, null, null, -3.5]);
  });
});

describe('impossible values (issue 22 item 6)', () => {
  test('a 400-digit number, ±250 % for a share, 10,001 per 10,000, year 0000 or 2028, 2026-02-31 and a 10,000-character name are refused, one message each', () => {
    setToday(); // November 2026: periods of 2015 to 2027
    const free = { indicator: '' };
    const { rows, errors } = parseReferenceRecords(
      [
        H,
        line('2026-Q1', '9'.repeat(400), { ...free, reeks: 'a-a' }),
        line('2026-Q1', '250', { ...free, reeks: 'a-b' }),
        line('2026-Q1', '-250', { ...free, reeks: 'a-c' }),
        line('2026-Q1', '10001', { ...free, reeks: 'a-d', eenheid: 'per10000' }),
        line('0000-Q1', '50', { ...free, reeks: 'a-e' }),
        line('2028', '50', { ...free, reeks: 'a-f' }),
        line('2026-Q1', '50', { ...free, reeks: 'a-g', opgehaald: '2026-02-31' }),
        line('2026-Q1', '50', { ...free, reeks: 'a-h', opgehaald: '0000-01-01' }),
        line('2026-Q1', '50', { ...free, reeks: 'a-i', naam: 'n'.repeat(10_000) }),
        line('2026-Q1', '50', { ...free, reeks: 'a-j', bron: 'CBS\r\nBcc: x' }),
        line('2015-01', '0', { ...free, reeks: 'a-k' }),
        line('2027-Q4', '100', { ...free, reeks: 'a-l' }),
      ],
      'nl',
    );
    expect(errors).toEqual([
      {
        line: 2,
        message: `Waarde ‘${'9'.repeat(40)}…’ kan niet voor eenheid ‘percent’: het moet liggen tussen 0 en 100.`,
      },
      { line: 3, message: 'Waarde ‘250’ kan niet voor eenheid ‘percent’: het moet liggen tussen 0 en 100.' },
      { line: 4, message: 'Waarde ‘-250’ kan niet voor eenheid ‘percent’: het moet liggen tussen 0 en 100.' },
      {
        line: 5,
        message: 'Waarde ‘10001’ kan niet voor eenheid ‘per10000’: het moet liggen tussen 0 en 10000.',
      },
      { line: 6, message: 'Periode ‘0000-Q1’ ligt buiten de jaren 2015 tot en met 2027.' },
      { line: 7, message: 'Periode ‘2028’ ligt buiten de jaren 2015 tot en met 2027.' },
      { line: 8, message: 'Ophaaldatum ‘2026-02-31’ bestaat niet.' },
      { line: 9, message: 'Ophaaldatum ‘0000-01-01’ ligt buiten de jaren 2015 tot en met 2027.' },
      { line: 10, message: 'Kolom ‘naam’ is langer dan 200 tekens.' },
      { line: 11, message: 'Kolom ‘bron’ bevat een regeleinde, tab of ander stuurteken.' },
    ]);
    expect(rows.map((r) => [r.code, r.period, r.value])).toEqual([
      ['a-k', '2015-01', 0],
      ['a-l', '2027-Q4', 100],
    ]);
  });
});
