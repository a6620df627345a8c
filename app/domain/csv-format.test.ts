import { describe, expect, test } from 'vitest';
import { csvCellText, formatCsvValue, neutraliseCsvCell, parseCsvRecords } from './csv-format';

describe('reading CSV rows', () => {
  test('valid rows become values; an empty value is unknown; a comma is a decimal', () => {
    const { rows, errors } = parseCsvRecords(
      [
        ['regio', 'periode', 'element', 'waarde'],
        ['utrecht', '2026-10', 'signals_new', '412'],
        ['utrecht', '2026-10', 'fte_filled', '61,5'],
        ['utrecht', '2026-10', 'days_to_help_median_all', ''],
      ],
      'nl',
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.element, r.value])).toEqual([
      [2, 'signals_new', 412],
      [3, 'fte_filled', 61.5],
      [4, 'days_to_help_median_all', null],
    ]);
  });

  test('a derived element (closed twelve months earlier) cannot be imported: it comes from last year’s report', () => {
    const { rows, errors } = parseCsvRecords(
      [
        ['regio', 'periode', 'element', 'waarde'],
        ['utrecht', '2026-10', 'closed_12m_ago', '40'],
      ],
      'nl',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 2, message: 'Onbekend gegevenselement ‘closed_12m_ago’.' }]);
  });

  test('the retired client rating is refused from December 2026 and read for earlier months', () => {
    const { rows, errors } = parseCsvRecords(
      [
        ['regio', 'periode', 'element', 'waarde'],
        ['utrecht', '2026-11', 'client_survey_score', '7,4'],
        ['utrecht', '2026-12', 'client_survey_score', '7,4'],
        ['utrecht', '2026-12', 'client_survey_responses', '30'],
      ],
      'nl',
    );
    expect(rows.map((r) => [r.line, r.period, r.value])).toEqual([[2, '2026-11', 7.4]]);
    expect(errors).toEqual([
      {
        line: 3,
        message:
          'Gegevenselement ‘client_survey_score’ wordt vanaf 2026-12 niet meer gevraagd (vervangen door de ervaringsvragen).',
      },
      {
        line: 4,
        message:
          'Gegevenselement ‘client_survey_responses’ wordt vanaf 2026-12 niet meer gevraagd (vervangen door de ervaringsvragen).',
      },
    ]);
  });

  test('every error gets its line number', () => {
    const { rows, errors } = parseCsvRecords(
      [
        ['regio', 'periode', 'element', 'waarde'],
        ['utrecht', '2026-13', 'signals_new', '1'],
        ['utrecht', '2026-10', 'nonsense', '1'],
        ['utrecht', '2026-10', 'intakes', 'veel'],
        ['utrecht', '2026-10', 'intakes'],
        ['utrecht', '2026-10', 'staff_left', '2'],
        ['utrecht', '2026-10', 'staff_left', '3'],
      ],
      'nl',
    );
    expect(errors).toEqual([
      { line: 2, message: 'Periode ‘2026-13’ is geen maand in de vorm JJJJ-MM.' },
      { line: 3, message: 'Onbekend gegevenselement ‘nonsense’.' },
      { line: 4, message: 'Waarde ‘veel’ is geen getal (laat leeg voor onbekend).' },
      { line: 5, message: 'Verwacht 4 kolommen, gevonden: 3.' },
      { line: 7, message: 'Dezelfde regio, maand en element staan al op regel 6.' },
    ]);
    expect(rows).toHaveLength(1);
  });

  test('a wrong header stops at line 1', () => {
    expect(parseCsvRecords([['region', 'period', 'element', 'value']], 'en').errors).toEqual([
      {
        line: 1,
        message:
          'Line 1 must hold the column names: regio;periode;element;waarde (or regio;periode;element;naam;waarde).',
      },
    ]);
  });

  test('values are written with a decimal comma for Dutch Excel, unknown as empty', () => {
    expect(formatCsvValue(61.5, ';')).toBe('61,5');
    expect(formatCsvValue(61.5, ',')).toBe('61.5');
    expect(formatCsvValue(null, ';')).toBe('');
  });

  test('a point grouping thousands is 1234 in a count and refused in a decimal element, never 1.234', () => {
    const { rows, errors } = parseCsvRecords(
      [
        ['regio', 'periode', 'element', 'waarde'],
        ['utrecht', '2026-10', 'signals_new', '1.234'],
        ['utrecht', '2026-10', 'fte_filled', '1.234'],
        ['utrecht', '2026-10', 'days_to_help_median_all', '61.5'],
      ],
      'nl',
    );
    expect(rows.map((r) => [r.element, r.value])).toEqual([
      ['signals_new', 1234],
      ['days_to_help_median_all', 61.5],
    ]);
    expect(errors).toEqual([
      {
        line: 3,
        message:
          'Waarde ‘1.234’ is dubbelzinnig: een punt scheidt duizendtallen. Schrijf een decimaal getal met een komma (1,234) of zonder scheidingsteken (1234).',
      },
    ]);
  });
});

describe('formula injection (OWASP)', () => {
  test('text beginning with = + - @ tab or CR gets a leading apostrophe; other text is unchanged', () => {
    expect(
      [
        '=HYPERLINK("http://evil.example","klik")',
        "-2+3+cmd|' /C calc'!A0",
        '+31 6 1234',
        '@SUM(A1)',
        '\t=1',
        '\r=1',
        'Wet = wet',
        '',
        '<5',
      ].map(neutraliseCsvCell),
    ).toEqual([
      '\'=HYPERLINK("http://evil.example","klik")',
      "'-2+3+cmd|' /C calc'!A0",
      "'+31 6 1234",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'Wet = wet',
      '',
      '<5',
    ]);
  });

  test('numbers the app writes are numbers, with the decimal mark of the separator', () => {
    expect(csvCellText(-2.5, ';')).toBe('-2,5');
    expect(csvCellText(-2.5, ',')).toBe('-2.5');
    expect(csvCellText(null, ';')).toBe('');
    expect(csvCellText('-2.5', ';')).toBe("'-2.5");
  });
});
