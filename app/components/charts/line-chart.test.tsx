// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { ChartFrame } from './chart-frame';
import { useLineChartLegend } from './legend';
import { TrendLineChart } from './line-chart';
import type { LineSeries } from './line-data';

const categories = ['2026-Q1', '2026-Q2', '2026-Q3'];

function Chart({ series }: { series: LineSeries[] }) {
  const legend = useLineChartLegend(series);
  return (
    <ChartFrame caption="Aandeel" height={300} fileName="x" table={null} legend={legend}>
      <div style={{ width: 600, height: 300 }}>
        <TrendLineChart
          categories={categories}
          series={series}
          format={String}
          height={300}
          label="Aandeel"
        />
      </div>
    </ChartFrame>
  );
}

/** One region's line ('Regio A', its colour #332288) with the given values, reasons and intervals. */
const renderRegionA = (line: Pick<LineSeries, 'values' | 'missing' | 'intervals'>) =>
  renderWithLang(<Chart series={[{ key: 'a', label: 'Regio A', colour: '#332288', pattern: 0, ...line }]} />);

describe('a line chart tells hidden from unknown (#22)', () => {
  test('a hidden value is a marker in its line colour with its reason; an unknown one is none', async () => {
    const { container } = renderRegionA({ values: [40, null, null], missing: [null, 'hidden', 'unknown'] });
    const marker = await screen.findByRole('img', {
      name: 'Regio A, 2e kwartaal 2026: verborgen (kleine aantallen)',
    });
    expect(container.querySelectorAll('.chart-hidden-marker')).toHaveLength(1);
    expect(marker.getAttribute('data-series')).toBe('a');
    expect(marker.querySelectorAll('path')[1].getAttribute('stroke')).toBe('#332288');
    const legend = screen.getByRole('list', { name: 'Legenda' });
    expect(Array.from(legend.querySelectorAll('li')).map((li) => [li.className, li.textContent])).toEqual([
      ['legend-line', 'Regio A'],
      ['legend-hidden', 'verborgen (kleine aantallen)'],
      ['legend-note', 'onderbroken lijn zonder markering: onbekend (niet gemeld of onvolledig kwartaal)'],
    ]);
  });

  test('no hidden value: no marker and no hidden legend entry', async () => {
    const { container } = renderRegionA({
      values: [40, 50, null],
      missing: [null, null, 'partial'],
      intervals: [{ lower: 30, upper: 50 }, { lower: 41, upper: 59 }, null],
    });
    await screen.findByText('95 %-interval');
    expect(container.querySelectorAll('.chart-hidden-marker')).toHaveLength(0);
    expect(screen.queryByText('verborgen (kleine aantallen)')).toBeNull();
  });
});
