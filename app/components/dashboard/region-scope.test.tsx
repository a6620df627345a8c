// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { RegionScope, ScopeTable } from './region-scope';

const ede = {
  effectiveFrom: '2026-01',
  children: 27400,
  municipalities: ['Ede'],
  source: 'Schatting (demo)',
};
const zeeland = {
  effectiveFrom: '2026-01',
  children: 21300,
  municipalities: ['Middelburg', 'Veere', 'Vlissingen'],
  source: '',
};

describe('the scope of a region as the pages show it', () => {
  test('the region page: municipalities with their number, children with the month, the source', () => {
    renderWithLang(<RegionScope scope={ede} />, 'nl');
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const values = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(terms).toEqual(['Gemeenten (1)', 'Kinderen 0–17 jaar', 'Bron']);
    expect(values).toEqual(['Ede', '27.400 (vanaf januari 2026)', 'Schatting (demo)']);
  });

  test('no scope: says the rates are unknown', () => {
    renderWithLang(<RegionScope scope={null} />, 'en');
    expect(
      screen.getByText('No scope recorded yet: figures per 10,000 children are unknown.'),
    ).toBeInTheDocument();
  });

  test('the progress report: one row per region, a region without scope says so', () => {
    renderWithLang(
      <ScopeTable
        regions={[
          { id: 1, name: 'Zeeland', scope: zeeland },
          { id: 9, name: 'Nieuw', scope: null },
        ]}
        month="2026-09"
      />,
      'en',
    );
    const table = screen.getByRole('table', { name: 'Scope per region' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Middelburg, Veere, Vlissingen', '21,300', 'January 2026', 'no source recorded']);
    expect(
      within(second!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['No scope recorded yet: figures per 10,000 children are unknown.']);
  });
});
