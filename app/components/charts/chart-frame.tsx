import { useId, useRef, useState, type ReactNode } from 'react';
import { dashboards } from '~/i18n/dashboards';
import { useT } from '~/i18n/use-t';

/**
 * Every chart sits in one: a caption, a reserved height (recharts draws only after hydration, so
 * nothing jumps), a data table with the same numbers that can be hidden, and downloads of the
 * drawn SVG as SVG or PNG (made in the browser from the SVG).
 */
export function ChartFrame({
  caption,
  height,
  fileName,
  table,
  children,
}: {
  caption: string;
  height: number;
  fileName: string;
  table: ReactNode;
  children: ReactNode;
}) {
  const t = useT(dashboards);
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(true);
  const svg = () => chartRef.current?.querySelector('svg.recharts-surface') ?? null;

  function download(kind: 'svg' | 'png') {
    const el = svg();
    if (!el) return;
    const clone = el.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const { width, height: h } = el.getBoundingClientRect();
    const text = new XMLSerializer().serializeToString(clone);
    const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    if (kind === 'svg') return save(url, `${fileName}.svg`);
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * 2);
      canvas.height = Math.ceil(h * 2);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, width, h);
      URL.revokeObjectURL(url);
      save(canvas.toDataURL('image/png'), `${fileName}.png`);
    };
    img.src = url;
  }

  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-area" style={{ height }} ref={chartRef}>
        {children}
      </div>
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

function save(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
