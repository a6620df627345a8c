// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { CsvImportPlan } from './csv-import';

const base = {
  id: 'x',
  heading: 'h2' as const,
  columns: ['Reeks', 'Periode'],
  applyFields: { csv: 'a;b', token: 't1' },
};

describe('CsvImportPlan (the one dry-run answer of both imports)', () => {
  test('errors: each with its line (— for the file as a whole), and no apply button', () => {
    renderWithLang(
      <CsvImportPlan
        {...base}
        errors={[
          { line: 0, message: 'Het bestand bevat geen gegevensregels.' },
          { line: 3, message: 'Waarde ‘x’ is geen getal.' },
        ]}
        changes={[]}
      />,
    );
    const section = screen.getByRole('heading', {
      name: 'Fouten in het bestand: 2. Er is niets opgeslagen.',
    }).parentElement!;
    const rows = within(section)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'RegelFout',
      '—Het bestand bevat geen gegevensregels.',
      '3Waarde ‘x’ is geen getal.',
    ]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('changes: old and new in the page language, unknown and new told apart, one apply with the hidden fields', () => {
    const { container } = renderWithLang(
      <CsvImportPlan
        {...base}
        errors={[]}
        changes={[
          { line: 2, what: ['cbs-a', '2026-Q1'], oldValue: 1.5, newValue: null },
          { line: 3, what: ['cbs-b', '2026'], oldValue: undefined, newValue: 12 },
        ]}
      />,
      'en',
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['LineReeksPeriodeOldNew', '2cbs-a2026-Q11.5unknown', '3cbs-b2026—12']);
    expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled();
    const hidden = [...container.querySelectorAll('input[type=hidden]')].map((i) => [
      i.getAttribute('name'),
      i.getAttribute('value'),
    ]);
    expect(hidden).toEqual([
      ['intent', 'apply'],
      ['csv', 'a;b'],
      ['token', 't1'],
    ]);
  });

  test('a file that changes nothing says so and cannot be applied', () => {
    renderWithLang(<CsvImportPlan {...base} errors={[]} changes={[]} />);
    expect(screen.getByText('Het bestand verandert geen waarden.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Doorvoeren' })).toBeDisabled();
  });
});
