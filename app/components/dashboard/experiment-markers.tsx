import { Link } from '@remix-run/react';
import { markerLegend } from '#app/components/charts/legend';
import type { ChartMarker } from '#app/components/charts/line-chart';
import type { ExperimentMarker } from '#app/domain/experiment-effect';
import { effects as dict } from '#app/i18n/effects';
import { useT } from '#app/i18n/use-t';

const SHORT = 28;
const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);

/**
 * Experiment starts and ends on a line chart: a short label at the line, the full text in the
 * legend (which the exported image carries too).
 */
export function useExperimentMarkers(markers: readonly ExperimentMarker[]): {
  chart: ChartMarker[];
  legend: ReturnType<typeof markerLegend>;
} {
  const t = useT(dict);
  const full = markers.map((m) => ({
    legend: t(m.kind === 'start' ? 'markerLegendStart' : 'markerLegendEnd', {
      category: m.category,
      title: m.title,
      region: m.regionName,
    }),
  }));
  return {
    chart: markers.map((m) => ({
      category: m.category,
      label: t(m.kind === 'start' ? 'markerStart' : 'markerEnd', { title: short(m.title) }),
    })),
    legend: markerLegend(full),
  };
}

/** The marked experiments as links under the chart (the same text as the legend). */
export function ExperimentMarkerList({ markers }: { markers: readonly ExperimentMarker[] }) {
  const t = useT(dict);
  if (markers.length === 0) return null;
  return (
    <ul className="hint experiment-markers">
      {markers.map((m) => (
        <li key={`${m.experimentId}-${m.kind}`}>
          <Link to={`/experimenten/${m.experimentId}`}>
            {t(m.kind === 'start' ? 'markerLegendStart' : 'markerLegendEnd', {
              category: m.category,
              title: m.title,
              region: m.regionName,
            })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
