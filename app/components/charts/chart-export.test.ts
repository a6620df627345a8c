import { describe, expect, test } from 'vitest';
import { composeChartSvg, layoutLegend, wrapText } from './chart-export';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><path d="M0 0"/></svg>';

describe('the exported chart', () => {
  test('holds the drawing at full size under its title, with legend, period and source below', () => {
    const out = composeChartSvg({
      chartMarkup: chart,
      chartWidth: 600,
      chartHeight: 300,
      title: 'Triage binnen 5 werkdagen per regio',
      legend: [
        { label: 'Utrecht', colour: '#0072B2', kind: 'line' },
        { label: 'Referentie <landelijk>', colour: '#444', kind: 'line', dash: '6 3' },
      ],
      footer: ['Periode: 2026-Q1 – 2026-Q3', 'Bron: CBS StatLine & Proeftuinmonitor'],
    });
    // 16 px padding either side of the 600 px drawing
    expect(out.width).toBe(632);
    // title 20 + 8, drawing 300 + 8, one legend row 22 + 6, two footer lines of 16, padding 16 + 16
    expect(out.height).toBe(16 + 20 + 8 + 300 + 8 + 22 + 6 + 32 + 16);
    expect(out.svg).toContain('<svg x="16" y="44" xmlns');
    expect(out.svg).toContain('>Triage binnen 5 werkdagen per regio</text>');
    expect(out.svg).toContain('>Referentie &lt;landelijk&gt;</text>');
    expect(out.svg).toContain('stroke-dasharray="6 3"');
    expect(out.svg).toContain('>Bron: CBS StatLine &amp; Proeftuinmonitor</text>');
    expect(out.svg).toContain('>Periode: 2026-Q1 – 2026-Q3</text>');
  });

  test('a narrow chart still gets a 360 px wide image so the title fits', () => {
    const out = composeChartSvg({
      chartMarkup: chart,
      chartWidth: 200,
      chartHeight: 100,
      title: 'T',
      legend: [],
      footer: [],
    });
    expect(out.width).toBe(360);
  });
});

describe('layout helpers', () => {
  test('words wrap at the width and no word is lost', () => {
    expect(wrapText('een twee drie vier', 80, 8)).toEqual(['een twee', 'drie vier']);
  });

  test('legend items wrap onto a second row when the first is full', () => {
    const item = (label: string) => ({ label, colour: '#000', kind: 'box' as const });
    const { placed, height } = layoutLegend([item('aaaaaaaaaa'), item('bbbbbbbbbb'), item('cc')], 250);
    // each 10-letter item is 30 + 72 + 18 = 120 px wide: two fit in 250, the third wraps
    expect(placed.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [120, 0],
      [0, 22],
    ]);
    expect(height).toBe(44);
  });
});
