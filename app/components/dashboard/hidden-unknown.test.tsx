// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { getIndicator } from '#app/domain/indicators';
import type { IndicatorFigure } from '#app/domain/scorecard';
import { TrendTable } from './trend-table';
import { useFigureText } from './figures';
import { OutcomesBlock } from './outcomes-block';

const regions = [
  { slug: 'a', name: 'Regio A' },
  { slug: 'b', name: 'Regio B' },
];

function cells(rowName: string | RegExp) {
  const row = screen.getByRole('rowheader', { name: rowName }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent!.trim());
}

describe('hidden and unknown never look alike (#22)', () => {
  test('a trend table: a value, hidden, unknown and a partial quarter each read differently', () => {
    renderWithLang(
      <TrendTable
        id="t"
        periods={['2026-Q2', '2026-Q3', '2026-Q4']}
        regions={regions}
        series={[
          [70, null, null],
          [null, 80, null],
        ]}
        total={[75, null, null]}
        missing={[
          [null, 'hidden', 'partial'],
          ['unknown', null, 'partial'],
        ]}
        totalMissing={[null, 'unknown', 'partial']}
        references={[]}
        format={(v) => `${v} %`}
        formatDifference={(v) => String(v)}
      />,
      'nl',
    );
    expect(cells('Regio A')).toEqual(['70 %', 'verborgen (kleine noemer)', 'onbekend (onvolledig kwartaal)']);
    expect(cells('Regio B')).toEqual(['onbekend', '80 %', 'onbekend (onvolledig kwartaal)']);
    expect(cells('Programmatotaal')).toEqual(['75 %', 'onbekend', 'onbekend (onvolledig kwartaal)']);
  });

  test('a trend table writes each shown value with its interval (the chart’s band), a hidden or unknown one without', () => {
    renderWithLang(
      <TrendTable
        id="t"
        periods={['2026-Q2', '2026-Q3']}
        regions={regions}
        series={[
          [70, null],
          [null, 80],
        ]}
        total={[75, 78]}
        missing={[
          [null, 'hidden'],
          ['unknown', null],
        ]}
        intervals={[
          [
            { lower: 61.5, upper: 77.25 },
            { lower: 1, upper: 2 },
          ],
          [null, { lower: 70, upper: 88 }],
        ]}
        totalIntervals={[{ lower: 72, upper: 79 }, null]}
        formatInterval={(i) => `(${i.lower}–${i.upper})`}
        references={[]}
        format={(v) => `${v} %`}
        formatDifference={(v) => String(v)}
      />,
      'nl',
    );
    expect(cells('Regio A')).toEqual(['70 % (61.5–77.25)', 'verborgen (kleine noemer)']);
    expect(cells('Regio B')).toEqual(['onbekend', '80 % (70–88)']);
    expect(cells('Programmatotaal')).toEqual(['75 % (72–79)', '78 %']);
  });

  test('without a reason (a principle score) an absent value keeps its format', () => {
    renderWithLang(
      <TrendTable
        id="t"
        periods={['2026-Q3']}
        regions={regions.slice(0, 1)}
        series={[[null]]}
        references={[]}
        format={(v) => (v === null ? '—' : String(v))}
        formatDifference={(v) => String(v)}
      />,
      'en',
    );
    expect(cells('Regio A')).toEqual(['—']);
  });

  test('an indicator value (overview, region, indicator and progress pages), in both languages', () => {
    const ind = getIndicator('reescalation')!;
    const figure = (f: Partial<IndicatorFigure>) =>
      ({ value: null, hidden: false, reason: null, ...f }) as IndicatorFigure;
    function Values() {
      const f = useFigureText();
      return (
        <ul>
          {[
            figure({ value: 12.5, state: 'rounded' }),
            figure({ hidden: true, state: 'hidden', reason: 'small-denominator' }),
            figure({ state: 'unknown' }),
            figure({ state: 'unknown', reason: 'partial' }),
          ].map((x, i) => (
            <li key={i}>{f.value(ind, x)}</li>
          ))}
        </ul>
      );
    }
    const { unmount } = renderWithLang(<Values />, 'nl');
    expect(screen.getAllByRole('listitem').map((l) => l.textContent)).toEqual([
      '12,5\u00a0%',
      'verborgen (kleine noemer)',
      'onbekend',
      'onbekend (onvolledig kwartaal)',
    ]);
    unmount();
    renderWithLang(<Values />, 'en');
    expect(screen.getAllByRole('listitem').map((l) => l.textContent)).toEqual([
      '12.5\u00a0%',
      'hidden (small denominator)',
      'unknown',
      'unknown (incomplete quarter)',
    ]);
  });

  test('an outcome: value, count, baseline and trend say hidden or unknown', () => {
    const change = { difference: null, relative: null };
    renderWithLang(
      <OutcomesBlock
        data={
          {
            period: '2026-Q3',
            previous: '2026-Q2',
            trendBuckets: ['2026-Q2', '2026-Q3'],
            codes: ['recurrence_with_measure'],
            labels: { recurrence_with_measure: { nl: 'Opnieuw gemeld', en: 'Reported again' } },
            baselines: [{ regionId: 1, from: '2023-01', to: '2023-12' }],
            total: null,
            excluded: {},
            regions: [
              {
                regionId: 1,
                lines: [
                  {
                    code: 'recurrence_with_measure',
                    unit: 'percent',
                    value: null,
                    count: 'x',
                    hidden: true,
                    previous: null,
                    baseline: null,
                    baselineHidden: false,
                    changePrevious: change,
                    changeBaseline: change,
                    trend: [null, null],
                    trendHidden: [false, true],
                  },
                ],
              },
            ],
          } as unknown as Parameters<typeof OutcomesBlock>[0]['data']
        }
      />,
      'nl',
    );
    const row = cells(/^Opnieuw gemeld/);
    expect(row[0]).toBe('verborgen (kleine noemer)');
    expect(row[1]).toBe('x');
    expect(row[3]).toBe('onbekend');
    expect(row[5]).toBe('2e kwartaal 2026: onbekend · 3e kwartaal 2026: verborgen (kleine noemer)');
  });
});
