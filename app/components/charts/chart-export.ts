/**
 * The image a "Download SVG/PNG" saves: the whole chart, not one of its parts. The drawn chart
 * (recharts' SVG) is placed under its title, with the legend, the period and the source below, as
 * one self-contained SVG, so a chart pasted into a note or a slide still says what it shows.
 */
export interface LegendItem {
  label: string;
  colour: string;
  /**
   * a line (with an optional dash pattern), a filled box, a vertical marker line, a light band (an
   * interval), a cross (a hidden value's marker), or a note without a swatch
   */
  kind: 'line' | 'box' | 'marker' | 'band' | 'hidden' | 'note';
  dash?: string;
}

/** The fill opacity of an interval band, in the chart and its legend. */
export const BAND_OPACITY = 0.18;

/** A "×" of half-size r centred on (x, y), as an SVG path (a hidden value's marker). */
export function crossPath(x: number, y: number, r: number): string {
  return `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** a generous average glyph width for 13 px text, so wrapped lines never run past the edge */
const CHAR = 7.2;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Words into lines no wider than `width` pixels (approximately). */
export function wrapText(text: string, width: number, char = CHAR): string[] {
  const max = Math.max(10, Math.floor(width / char));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Legend items laid out left to right, wrapping; returns positions and the height used. */
export function layoutLegend(items: readonly LegendItem[], width: number) {
  const placed: { item: LegendItem; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = 30 + item.label.length * CHAR + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 22;
    }
    placed.push({ item, x, y });
    x += w;
  }
  return { placed, height: items.length ? y + 22 : 0 };
}

export function composeChartSvg({
  chartMarkup,
  chartWidth,
  chartHeight,
  title,
  legend,
  footer,
}: {
  /** the serialised recharts <svg> */
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  legend: readonly LegendItem[];
  footer: readonly string[];
}): { svg: string; width: number; height: number } {
  const pad = 16;
  const width = Math.max(360, Math.ceil(chartWidth) + 2 * pad);
  const inner = width - 2 * pad;
  const titleLines = wrapText(title, inner, 8.4);
  let y = pad;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += 20;
    parts.push(
      `<text x="${pad}" y="${y}" font-size="15" font-weight="bold" fill="#1a1a1a">${esc(line)}</text>`,
    );
  }
  y += 8;
  const chartY = y;
  const chart = chartMarkup.replace(/^<svg\b/, `<svg x="${pad}" y="${chartY}"`);
  parts.push(chart);
  y += Math.ceil(chartHeight) + 8;
  const { placed, height: legendHeight } = layoutLegend(legend, inner);
  for (const { item, x, y: ly } of placed) {
    const top = y + ly;
    const swatch =
      item.kind === 'note'
        ? ''
        : item.kind === 'hidden'
          ? `<path d="${crossPath(pad + x + 11, top + 9, 5)}" stroke="${esc(item.colour)}" stroke-width="2.5" fill="none"/>`
          : item.kind === 'box' || item.kind === 'band'
            ? `<rect x="${pad + x}" y="${top + 3}" width="22" height="12" fill="${esc(item.colour)}"${item.kind === 'band' ? ` fill-opacity="${BAND_OPACITY}"` : ''}/>`
            : item.kind === 'marker'
              ? `<line x1="${pad + x + 11}" y1="${top + 1}" x2="${pad + x + 11}" y2="${top + 17}" stroke="${esc(item.colour)}" stroke-width="2"${item.dash ? ` stroke-dasharray="${esc(item.dash)}"` : ''}/>`
              : `<line x1="${pad + x}" y1="${top + 9}" x2="${pad + x + 22}" y2="${top + 9}" stroke="${esc(item.colour)}" stroke-width="3"${item.dash ? ` stroke-dasharray="${esc(item.dash)}"` : ''}/>`;
    parts.push(
      swatch,
      `<text x="${pad + x + (item.kind === 'note' ? 0 : 30)}" y="${top + 14}" font-size="13" fill="#1a1a1a">${esc(item.label)}</text>`,
    );
  }
  y += legendHeight + 6;
  for (const text of footer) {
    for (const line of wrapText(text, inner, 6.6)) {
      y += 16;
      parts.push(`<text x="${pad}" y="${y}" font-size="12" fill="#444">${esc(line)}</text>`);
    }
  }
  const height = Math.ceil(y + pad);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>` +
    `<rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
