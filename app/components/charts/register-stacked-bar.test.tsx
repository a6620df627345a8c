// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { RegisterStackedBar } from './register-stacked-bar';

const series = [
  { key: 'open', label: 'Open', colour: '#117733' },
  { key: 'closed', label: 'Gesloten', colour: '#332288' },
];
const rows = [
  { key: 'avg', label: 'AVG/UAVG', values: { open: 3, closed: 1 }, total: 4 },
  { key: 'wzd', label: 'Wet zorg en dwang', values: { open: 0, closed: 0 }, total: 0 },
];

describe('RegisterStackedBar', () => {
  test('shows the caption and a table with exactly the numbers it was given, totals included', () => {
    renderWithLang(
      <RegisterStackedBar
        id="t"
        title="Knelpunten per kader"
        caption="Aantal per kader en status."
        rowHeader="Wettelijk kader"
        totalLabel="Totaal"
        series={series}
        rows={rows}
        totals={{ values: { open: 3, closed: 1 }, total: 4 }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Knelpunten per kader' })).toBeInTheDocument();
    expect(screen.getByText('Aantal per kader en status.')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const avg = within(table).getByRole('row', { name: /AVG\/UAVG/ });
    expect(
      within(avg)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1', '4']);
    const wzd = within(table).getByRole('row', { name: /Wet zorg en dwang/ });
    expect(
      within(wzd)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '0']);
    const total = within(table).getAllByRole('row').at(-1)!;
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1', '4']);
  });

  test('reserves the chart height before anything is drawn', () => {
    const { container } = renderWithLang(
      <RegisterStackedBar
        id="h"
        title="T"
        caption="C"
        rowHeader="R"
        totalLabel="Totaal"
        series={series}
        rows={rows}
        totals={{ values: { open: 3, closed: 1 }, total: 4 }}
      />,
    );
    const area = container.querySelector('.chart-area') as HTMLElement;
    expect(area.style.height).toBe('200px');
  });
});
