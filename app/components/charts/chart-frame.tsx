import { formatDate } from '#app/utils/format';
import { useId, useRef, useState, type ReactNode } from 'react';
import { charts } from '#app/i18n/charts';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { BAND_OPACITY, composeChartSvg, crossPath, type LegendItem } from './chart-export';

export type { LegendItem } from './chart-export';

/** A legend's swatch of a marker (a short upright line) and of a line (a horizontal one). */
const MARKER_SWATCH = { x1: '12', y1: '0', x2: '12', y2: '12' } as const;
const LINE_SWATCH = { x1: '0', y1: '6', x2: '24', y2: '6' } as const;

/**
 * Every chart sits in one: a caption, a reserved height (recharts draws only after hydration, so
 * nothing jumps), a legend in dark text in the order given (never recharts' alphabetical one), a
 * data table with the same numbers that can be hidden, and downloads of the whole chart (title,
 * drawing, legend, period, source) as SVG or PNG, made in the browser.
 */
export function ChartFrame({
  caption,
  heading,
  height,
  fileName,
  table,
  legend = [],
  period,
  source,
  children,
}: {
  caption: string;
  /** a section heading above the caption, for charts that head their own section */
  heading?: string;
  height: number;
  fileName: string;
  table: ReactNode;
  legend?: readonly LegendItem[];
  period?: string;
  source?: string;
  children: ReactNode;
}) {
  const t = useT(dashboards);
  const tc = useT(charts);
  const lang = useLang();
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(true);

  /** recharts' drawing: the largest SVG in the chart area (legend icons are small SVGs too). */
  function drawing(): SVGSVGElement | null {
    const all = Array.from(chartRef.current?.querySelectorAll('svg') ?? []);
    let best: SVGSVGElement | null = null;
    let area = 0;
    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (r.width * r.height > area) {
        area = r.width * r.height;
        best = el;
      }
    }
    return best;
  }

  function download(kind: 'svg' | 'png') {
    const el = drawing();
    if (!el) return;
    const { width, height: h } = el.getBoundingClientRect();
    const clone = el.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(h));
    const today = formatDate(new Date().toISOString(), lang);
    const footer = [
      ...(period ? [tc('exportPeriod', { period })] : []),
      source ?? tc('sourceDefault'),
      tc('exportMade', { date: today }),
    ];
    const whole = composeChartSvg({
      chartMarkup: new XMLSerializer().serializeToString(clone),
      chartWidth: width,
      chartHeight: h,
      title: heading ? `${heading}: ${caption}` : caption,
      legend,
      footer,
    });
    const blob = new Blob([whole.svg], { type: 'image/svg+xml;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    if (kind === 'svg') return save(url, `${fileName}.svg`);
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = whole.width * 2;
      canvas.height = whole.height * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, whole.width, whole.height);
      URL.revokeObjectURL(url);
      save(canvas.toDataURL('image/png'), `${fileName}.png`);
    };
    img.src = url;
  }

  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      {heading ? <h2 id={`${id}-heading`}>{heading}</h2> : null}
      <figcaption id={`${id}-cap`} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-area" style={{ height }} ref={chartRef}>
        {children}
      </div>
      {legend.length ? (
        <ul className="chart-legend" aria-label={tc('legend')}>
          {legend.map((item) => (
            <li key={item.label} className={`legend-${item.kind}`}>
              {item.kind === 'note' ? null : <LegendSwatch item={item} />}
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="chart-tools no-print">
        <button
          type="button"
          className="button-secondary"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((s) => !s)}
        >
          {showTable ? t('hideTable') : t('showTable')}
        </button>
        <button type="button" className="button-secondary" onClick={() => download('svg')}>
          {t('downloadSvg')}
        </button>
        <button type="button" className="button-secondary" onClick={() => download('png')}>
          {t('downloadPng')}
        </button>
      </div>
      <div id={`${id}-table`} className="chart-table" hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}

function LegendSwatch({ item }: { item: LegendItem }) {
  return (
    <svg width="24" height="12" aria-hidden="true" focusable="false">
      {item.kind === 'box' || item.kind === 'band' ? (
        <rect
          x="0"
          y="0"
          width="24"
          height="12"
          fill={item.colour}
          fillOpacity={item.kind === 'band' ? BAND_OPACITY : undefined}
        />
      ) : item.kind === 'hidden' ? (
        <path d={crossPath(12, 6, 5)} stroke={item.colour} strokeWidth="2.5" fill="none" />
      ) : (
        <line
          {...(item.kind === 'marker' ? MARKER_SWATCH : LINE_SWATCH)}
          stroke={item.colour}
          strokeWidth={item.kind === 'marker' ? '2' : '3'}
          strokeDasharray={item.dash || undefined}
        />
      )}
    </svg>
  );
}

function save(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
