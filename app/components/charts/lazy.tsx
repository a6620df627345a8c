/**
 * The charts as pages use them: the chart code (recharts, ~110 KB gzip) is not part of any route's
 * JavaScript. The page, its tables and numbers render and hydrate without it; each chart area (its
 * height reserved by ChartFrame) is filled once the chart chunk has loaded after hydration. Nothing
 * is lost on the server: recharts draws no SVG there.
 */
import { lazy, Suspense, useSyncExternalStore, type ComponentProps } from 'react';
import type * as Bar from './bar-chart';
import type * as Line from './line-chart';
import type * as Stacked from './stacked-bar-chart';
import type * as Funnel from './funnel-chart';
import type * as Control from './control-chart';

const LazyRegionBarChart = lazy(() => import('./bar-chart').then((m) => ({ default: m.RegionBarChart })));
const LazyTrendLineChart = lazy(() => import('./line-chart').then((m) => ({ default: m.TrendLineChart })));
const LazyStackedBarChart = lazy(() =>
  import('./stacked-bar-chart').then((m) => ({ default: m.StackedBarChart })),
);

const LazyFunnelChart = lazy(() => import('./funnel-chart').then((m) => ({ default: m.FunnelChart })));
const LazyControlChart = lazy(() => import('./control-chart').then((m) => ({ default: m.ControlChart })));

const noSubscription = () => () => {};

/** false on the server and while hydrating, true after: charts start loading once the page works. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function RegionBarChart(props: ComponentProps<typeof Bar.RegionBarChart>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <LazyRegionBarChart {...props} />
    </Suspense>
  ) : null;
}

export function TrendLineChart(props: ComponentProps<typeof Line.TrendLineChart>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <LazyTrendLineChart {...props} />
    </Suspense>
  ) : null;
}

export function StackedBarChart(props: ComponentProps<typeof Stacked.StackedBarChart>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <LazyStackedBarChart {...props} />
    </Suspense>
  ) : null;
}

export function FunnelChart(props: ComponentProps<typeof Funnel.FunnelChart>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <LazyFunnelChart {...props} />
    </Suspense>
  ) : null;
}

export function ControlChart(props: ComponentProps<typeof Control.ControlChart>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <LazyControlChart {...props} />
    </Suspense>
  ) : null;
}

export type { BarDatum } from './bar-chart';
export type { LineSeries } from './line-data';
export type { StackedSeries } from './stacked-bar-chart';
