/**
 * The charts as pages use them: the chart code (recharts, ~110 KB gzip) is not part of any route's
 * JavaScript. The page, its tables and numbers render and hydrate without it; each chart area (its
 * height reserved by ChartFrame) is filled once the chart chunk has loaded after hydration and the
 * area has come near the window (`deferredChart` below). Nothing is lost on the server: recharts
 * draws no SVG there.
 */
import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentProps,
  type ComponentType,
} from 'react';
import { flushSync } from 'react-dom';
import type * as Bar from './bar-chart';
import type * as Line from './line-chart';
import type * as Stacked from './stacked-bar-chart';
import type * as Funnel from './funnel-chart';
import type * as Control from './control-chart';

const noSubscription = () => () => {};

/** false on the server and while hydrating, true after: charts start loading once the page works. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** How far outside the window a chart is drawn already, so it is there when a reader scrolls to it. */
export const DRAW_MARGIN = '400px 0px';

/**
 * A chart whose code is fetched after hydration and which is drawn when its reserved area comes
 * near the window. Drawing is the costly part on a phone (a 42-region chart is hundreds of SVG
 * elements): the progress report drew every chart at once after hydration, in tasks of over a
 * second on a mid-range phone, although a reader sees one or two at a time. The code of every
 * chart on the page is fetched after hydration as before, so a chart that comes into view only has
 * to be drawn; before printing, every chart is drawn at once (the printed page has them all).
 * Without IntersectionObserver every chart is drawn at once, as before.
 */
function deferredChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let Loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const ensureLoaded = () =>
    (loading ??= load().then((component) => {
      Loaded = component;
      return component;
    }));

  function Chart(props: P) {
    const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
    const [, setReady] = useState(Loaded !== null);
    const placeholder = useRef<HTMLDivElement>(null);
    useEffect(() => {
      let live = true;
      ensureLoaded().then(
        () => live && setReady(true),
        () => {
          // the chart's code did not arrive (offline): its table is on the page; a later view tries again
          loading = null;
        },
      );
      return () => {
        live = false;
      };
    }, []);
    useEffect(() => {
      if (near) return;
      const element = placeholder.current;
      if (!element) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) setNear(true);
        },
        { rootMargin: DRAW_MARGIN },
      );
      observer.observe(element);
      const beforePrint = () => flushSync(() => setNear(true));
      window.addEventListener('beforeprint', beforePrint);
      return () => {
        observer.disconnect();
        window.removeEventListener('beforeprint', beforePrint);
      };
    }, [near]);
    if (near && Loaded) return <Loaded {...props} />;
    return <div ref={placeholder} className="chart-pending" />;
  }

  return function ChartWhenHydrated(props: P) {
    return useHydrated() ? <Chart {...props} /> : null;
  };
}

export const RegionBarChart = deferredChart<ComponentProps<typeof Bar.RegionBarChart>>(() =>
  import('./bar-chart').then((m) => m.RegionBarChart),
);
export const TrendLineChart = deferredChart<ComponentProps<typeof Line.TrendLineChart>>(() =>
  import('./line-chart').then((m) => m.TrendLineChart),
);
export const StackedBarChart = deferredChart<ComponentProps<typeof Stacked.StackedBarChart>>(() =>
  import('./stacked-bar-chart').then((m) => m.StackedBarChart),
);
export const FunnelChart = deferredChart<ComponentProps<typeof Funnel.FunnelChart>>(() =>
  import('./funnel-chart').then((m) => m.FunnelChart),
);
export const ControlChart = deferredChart<ComponentProps<typeof Control.ControlChart>>(() =>
  import('./control-chart').then((m) => m.ControlChart),
);

export type { BarDatum } from './bar-chart';
export type { LineSeries } from './line-data';
export type { StackedSeries } from './stacked-bar-chart';
