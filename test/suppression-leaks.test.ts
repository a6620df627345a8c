/**
 * Small-number suppression must not leak (issue #13). Takes every response a reviewer can get for
 * 2026-Q2 and 2026-Q3 — page loaders' data, the JSON API, the CSV exports, at every period grain a
 * reviewer may request — merges what they show into one table of facts, and tries the
 * reconstructions a reader could do with a calculator:
 *
 *  1. value × denominator (any two of numerator, denominator and value give the third);
 *  2. a hidden value beside its exact counts (the same relation, value side);
 *  3. programme total minus the regions shown (with "<5" read as 1–4, so 4 + 4 = 8 counts too);
 *  4. months against the quarter (and quarters against the year): a sum minus its shown parts;
 *  plus: a cell hidden in one response but shown in another.
 *
 * The true figures come from the domain with exact figures (a manager's approved-only view); a
 * hidden cell counts as recovered when a reconstruction gives exactly its true value.
 */
import { describe, expect, test } from 'vitest';
import * as scoresApi from '#app/routes/api.scores/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import * as experimentPage from '#app/routes/_app.experimenten.$id/route';
import * as progressPage from '#app/routes/_app.voortgang/route';
import * as comparePage from '#app/routes/_app.vergelijken/route';
import * as progressCsv from '#app/routes/voortgang[.csv]/route';
import * as valuesCsv from '#app/routes/export.waarden[.csv]/route';
import { bucketRange, bucketsBetween, elementValue } from '#app/domain/aggregation';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { INDICATORS, getIndicator } from '#app/domain/indicators';
import { computeScorecards, queryRegionBuckets } from '#app/models/figures.server';
import { listRegionInfo } from '#app/models/regions.server';
import { viewerFor } from '#app/models/viewer.server';
import { callRoute } from './call-route';
import { DEMO_USERS } from './demo-users';
import { setupTestDatabase } from './db';
import { sessionCookieFor } from './requests';

const db = setupTestDatabase('seeded');

// "Voor en na" (issue 12): one experiment per region names every indicator and starts in 2026-Q2, so
// its page shows each region's 2026-Q2 and 2026-Q3 values beside the other responses.
const LINKED = db.$client
  .prepare(
    `select min(e.id) as id, g.slug from experiments e join regions g on g.id = e.region_id group by g.slug`,
  )
  .all() as { id: number; slug: string }[];
for (const e of LINKED)
  db.$client
    .prepare(`update experiments set start_date = '2026-04-15', indicators = ? where id = ?`)
    .run(JSON.stringify(INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => i.code)), e.id);

const QUARTERS = ['2026-Q2', '2026-Q3'];
const YEAR_QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const monthsOf = (q: string) => bucketsBetween(bucketRange(q).from, bucketRange(q).to, 'month');
const IN_SCOPE = new Set([...QUARTERS, ...QUARTERS.flatMap(monthsOf)]);

type Part = 'N' | 'D' | 'V' | 'E';
/** A number, null (no value), '<5' (a count 1–4) or 'hidden' (anything else not shown). */
type Shown = number | null | 'small' | 'hidden';
interface Fact {
  shown: Shown;
  source: string;
}

const facts = new Map<string, Fact[]>();
const keyOf = (bucket: string, row: string, code: string, part: Part) => `${bucket}|${row}|${code}|${part}`;
let responses = 0;

function observe(
  source: string,
  bucket: string,
  row: string,
  code: string,
  part: Part,
  raw: unknown,
  hidden = false,
) {
  let shown: Shown;
  if (typeof raw === 'string') {
    if (raw === '') shown = null;
    else if (/^<\d+$/.test(raw)) shown = 'small';
    else if (/^-?\d+([.,]\d+)?$/.test(raw)) shown = Number(raw.replace(',', '.'));
    else shown = 'hidden';
  } else if (typeof raw === 'number') shown = raw;
  else shown = hidden ? 'hidden' : null;
  const k = keyOf(bucket, row, code, part);
  const list = facts.get(k) ?? [];
  list.push({ shown, source });
  facts.set(k, list);
}

interface FigureLike {
  numerator: unknown;
  denominator: unknown;
  value: unknown;
  hidden: boolean;
}
function observeFigure(source: string, bucket: string, row: string, code: string, f: FigureLike) {
  observe(source, bucket, row, code, 'N', f.numerator);
  observe(source, bucket, row, code, 'D', f.denominator);
  observe(source, bucket, row, code, 'V', f.value, f.hidden);
}

/** A loader's data, parsed JSON or text; null for an answer other than 200. */
async function call(module: object, url: string, cookie: string, params = {}) {
  const res = await callRoute(module, { url, cookie, params });
  if (res.status !== 200) return null;
  responses++;
  return res.data;
}

const regions = () => listRegionInfo();

async function collect(cookie: string) {
  const slugs = regions().map((r) => r.slug);
  const allBuckets = [...YEAR_QUARTERS, ...QUARTERS.flatMap(monthsOf), '2026'];
  // JSON: scores per period, every grain.
  for (const b of allBuckets) {
    const body = (await call(scoresApi, `/api/scores?period=${b}`, cookie)) as {
      regions: { region: string; indicators: Record<string, FigureLike> }[];
      total: { indicators: Record<string, FigureLike> };
    } | null;
    if (!body) continue;
    for (const r of body.regions)
      for (const [code, f] of Object.entries(r.indicators)) observeFigure('api/scores', b, r.region, code, f);
    for (const [code, f] of Object.entries(body.total.indicators))
      observeFigure('api/scores', b, 'totaal', code, f);
  }
  // JSON: indicator series, by quarter and by month.
  for (const ind of INDICATORS)
    for (const [from, to] of [
      ['2026-Q2', '2026-Q3'],
      ['2026-04', '2026-09'],
    ]) {
      const body = (await call(indicatorApi, `/api/indicators/${ind.code}?from=${from}&to=${to}`, cookie, {
        indicator: ind.code,
      })) as {
        regions: { region: string; series: (FigureLike & { period: string })[] }[];
        total: (FigureLike & { period: string })[];
      } | null;
      if (!body) continue;
      for (const r of body.regions)
        for (const p of r.series) observeFigure('api/indicators', p.period, r.region, ind.code, p);
      for (const p of body.total) observeFigure('api/indicators', p.period, 'totaal', ind.code, p);
    }
  // The experiment pages' before/after rows: each region's value of a linked indicator per quarter.
  for (const e of LINKED) {
    const d = (await call(experimentPage, `/experimenten/${e.id}`, cookie, { id: String(e.id) })) as {
      effects: {
        effects: {
          code: string;
          effect: { rows: { quarter: string; region: number | null; regionState: string }[] };
        }[];
      };
    } | null;
    if (!d) continue;
    for (const item of d.effects.effects)
      for (const r of item.effect.rows)
        if (QUARTERS.includes(r.quarter))
          observe('experiment page', r.quarter, e.slug, item.code, 'V', r.region, r.regionState === 'hidden');
  }
  for (const q of QUARTERS) {
    // Indicator pages.
    for (const ind of INDICATORS) {
      const d = (await call(indicatorPage, `/indicatoren/${ind.code}?period=${q}`, cookie, {
        indicator: ind.code,
      })) as { rows: FigureLike[]; total: FigureLike } | null;
      if (!d) continue;
      d.rows.forEach((f, i) => observeFigure('indicator page', q, slugs[i], ind.code, f));
      observeFigure('indicator page', q, 'totaal', ind.code, d.total);
    }
    // Region pages: six quarters of figures and the case flow.
    for (const slug of slugs) {
      const d = (await call(regionPage, `/regios/${slug}?period=${q}`, cookie, { region: slug })) as {
        cards: { bucket: string; indicators: Record<string, FigureLike> }[];
        flow: { code: string; value: unknown }[];
      } | null;
      if (!d) continue;
      for (const c of d.cards)
        for (const [code, f] of Object.entries(c.indicators))
          observeFigure('region page', c.bucket, slug, code, f);
      for (const f of d.flow) observe('region page case flow', q, slug, f.code, 'E', f.value);
    }
    // The progress report (page and CSV).
    const p = (await call(progressPage, `/voortgang?period=${q}`, cookie)) as {
      current: {
        bucket: string;
        regions: { indicators: Record<string, FigureLike> }[];
        total: { indicators: Record<string, FigureLike> };
      };
      totals: { bucket: string; indicators: Record<string, FigureLike> }[];
    } | null;
    if (p) {
      p.current.regions.forEach((r, i) => {
        for (const [code, f] of Object.entries(r.indicators))
          observeFigure('progress page', p.current.bucket, slugs[i], code, f);
      });
      for (const t of p.totals)
        for (const [code, f] of Object.entries(t.indicators))
          observeFigure('progress page', t.bucket, 'totaal', code, f);
    }
    const csv = (await call(progressCsv, `/voortgang.csv?period=${q}`, cookie)) as string | null;
    for (const line of (csv ?? '').replace('\uFEFF', '').split('\n').slice(1)) {
      const c = line.trim().split(';'); // semicolons and decimal commas, as every CSV of the app
      if (c[2] !== 'indicator') continue;
      observe('voortgang.csv', c[0], c[1], c[3], 'N', c[4]);
      observe('voortgang.csv', c[0], c[1], c[3], 'D', c[5]);
      observe('voortgang.csv', c[0], c[1], c[3], 'V', c[6]);
    }
    // The value export, for the quarter's months.
    const [from, to] = [bucketRange(q).from, bucketRange(q).to];
    const values = (await call(valuesCsv, `/export/waarden.csv?from=${from}&to=${to}`, cookie)) as
      string | null;
    const [header, ...lines] = (values ?? '').replace('\uFEFF', '').split('\r\n');
    const col = (name: string) => header.split(';').indexOf(name);
    for (const line of lines) {
      const c = line.split(';');
      if (c.length < 4) continue;
      observe('waarden.csv', c[col('periode')], c[col('regio')], c[col('element')], 'E', c[col('waarde')]);
    }
    // The compare page: values per quarter and per month, and the range bars.
    for (const ind of INDICATORS)
      for (const [grain, from, to] of [
        ['quarter', q, q],
        ['month', monthsOf(q)[0], monthsOf(q)[2]],
      ]) {
        const d = (await call(
          comparePage,
          `/vergelijken?what=${ind.code}&grain=${grain}&from=${from}&to=${to}`,
          cookie,
        )) as {
          result: { periods: string[]; series: (number | null)[][]; totalSeries: (number | null)[] } | null;
        } | null;
        if (!d?.result) continue;
        d.result.periods.forEach((b, k) => {
          d.result!.series.forEach(
            (s, i) => s[k] !== null && observe('compare page', b, slugs[i], ind.code, 'V', s[k]),
          );
          if (d.result!.totalSeries[k] !== null)
            observe('compare page', b, 'totaal', ind.code, 'V', d.result!.totalSeries[k]);
        });
      }
  }
}

// ── The truth: exact figures of approved reports ────────────────────────────

const truth = new Map<string, number | null>();
function buildTruth() {
  const manager = viewerFor({ role: 'manager', regionId: null }, true);
  const info = regions();
  const ids = info.map((r) => r.id);
  const buckets = [...YEAR_QUARTERS, ...YEAR_QUARTERS.flatMap(monthsOf), '2026'];
  for (const b of buckets) {
    const [card] = computeScorecards(manager, [b], ids);
    const rows = [
      ...card.regions.map((r, i) => ({ slug: info[i].slug, r })),
      { slug: 'totaal', r: card.total },
    ];
    for (const { slug, r } of rows)
      for (const [code, f] of Object.entries(r.indicators)) {
        truth.set(keyOf(b, slug, code, 'N'), f.numerator as number | null);
        truth.set(keyOf(b, slug, code, 'D'), f.denominator as number | null);
        truth.set(keyOf(b, slug, code, 'V'), f.value);
      }
    const grain = b.length === 4 ? 'year' : b.includes('Q') ? 'quarter' : 'month';
    const range = bucketRange(b);
    const rb = queryRegionBuckets({ viewer: manager, from: range.from, to: range.to, grain, regionIds: ids });
    for (const r of info)
      for (const e of DATA_ELEMENTS)
        truth.set(
          keyOf(b, r.slug, e.code, 'E'),
          elementValue(
            rb.find((x) => x.regionId === r.id),
            e.code,
          ).value,
        );
  }
}

// ── The reconstructions ─────────────────────────────────────────────────────

const recovered = new Map<string, string>();
function isHidden(k: string) {
  return (facts.get(k) ?? []).some((f) => f.shown === 'small' || f.shown === 'hidden');
}
const recoveredValue = new Map<string, number>();
function shownNumber(k: string): number | null | undefined {
  if (recoveredValue.has(k)) return recoveredValue.get(k);
  for (const f of facts.get(k) ?? []) if (typeof f.shown === 'number' || f.shown === null) return f.shown;
  return undefined;
}
function claim(k: string, value: number, how: string, tolerance = 1e-6) {
  const t = truth.get(k);
  if (!isHidden(k) || t === null || t === undefined) return;
  if (Math.abs(t - value) <= tolerance && !recovered.has(k)) {
    recovered.set(k, how);
    recoveredValue.set(k, t);
  }
}

/** 0. shown in one response, hidden in another. */
function shownElsewhere() {
  for (const k of facts.keys()) {
    const n = shownNumber(k);
    if (typeof n === 'number') claim(k, n, 'shown in another response', 0.051);
  }
}

/** 1 and 2. value = numerator / denominator × scale: two known give the third. */
function valueRelation() {
  const figures = new Set([...facts.keys()].filter((k) => k.endsWith('|V')).map((k) => k.slice(0, -2)));
  for (const f of figures) {
    const code = f.split('|')[2];
    const ind = getIndicator(code);
    if (!ind) continue;
    const scale = ind.formula.kind === 'weighted' ? 1 : ind.formula.scale;
    const [n, d, v] = (['N', 'D', 'V'] as const).map((p) => shownNumber(`${f}|${p}`));
    if (typeof v === 'number' && typeof d === 'number' && d > 0) {
      // a rounded value (0.1) leaves an interval; recovered only if it holds one whole count
      const rounded = Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;
      const lo = ((v - (rounded ? 0.05 : 1e-9)) * d) / scale;
      const hi = ((v + (rounded ? 0.05 : 1e-9)) * d) / scale;
      if (Math.floor(hi) - Math.ceil(lo) === 0) claim(`${f}|N`, Math.ceil(lo), 'value × denominator');
    }
    if (typeof n === 'number' && typeof d === 'number' && d > 0)
      claim(`${f}|V`, (n / d) * scale, 'hidden value beside exact counts', 1e-6);
    if (typeof n === 'number' && typeof v === 'number' && v > 0)
      claim(`${f}|D`, Math.round((n * scale) / v), 'numerator ÷ value', 0);
  }
}

/** Whole numbers as inclusive intervals; what a reader knows of a cell: "<5" is 1–4, any other hidden count 0 or ≥ 5. */
type IntSet = [number, number][];
const merge = (set: IntSet): IntSet =>
  [...set]
    .sort((a, b) => a[0] - b[0])
    .reduce<IntSet>((out, [lo, hi]) => {
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
      else out.push([lo, hi]);
      return out;
    }, []);
const plus = (a: IntSet, b: IntSet) =>
  merge(a.flatMap(([a0, a1]) => b.map(([b0, b1]): [number, number] => [a0 + b0, a1 + b1])));
function knownSet(k: string): IntSet | null {
  const n = shownNumber(k);
  if (typeof n === 'number') return [[n, n]];
  if (!isHidden(k)) return null;
  return (facts.get(k) ?? []).some((f) => f.shown === 'small')
    ? [[1, 4]]
    : [
        [0, 0],
        [5, Infinity],
      ];
}

/** A sum of cells: each hidden one can only take the values the others leave; one value left = recovered. */
function sumRelation(total: string, parts: string[], how: string) {
  const tb = knownSet(total);
  if (!tb || tb.length !== 1 || tb[0][0] !== tb[0][1]) return;
  const sets = parts.map(knownSet);
  if (sets.some((x) => x === null)) return;
  const ss = sets as IntSet[];
  parts.forEach((p, i) => {
    if (ss[i].length === 1 && ss[i][0][0] === ss[i][0][1]) return;
    const others = ss.reduce<IntSet>((acc, s, j) => (j === i ? acc : plus(acc, s)), [[0, 0]]);
    // x = total − others, within what x can be
    const candidates = others
      .map(([lo, hi]): [number, number] => [tb[0][0] - hi, tb[0][0] - lo])
      .flatMap(([lo, hi]) =>
        ss[i]
          .map(([a, b]): [number, number] => [Math.max(lo, a), Math.min(hi, b)])
          .filter(([lo2, hi2]) => lo2 <= hi2),
      );
    if (candidates.length === 1 && candidates[0][0] === candidates[0][1]) claim(p, candidates[0][0], how);
  });
}

/** 3. total = Σ regions (over the regions whose numerator and denominator are both known). */
function totalMinusRegions(slugs: string[]) {
  const seen = new Set(
    [...facts.keys()].map((k) => k.split('|').slice(0, 1).concat(k.split('|')[2]).join('|')),
  );
  for (const bc of seen) {
    const [bucket, code] = bc.split('|');
    const included = slugs.filter(
      (s) =>
        shownNumber(keyOf(bucket, s, code, 'N')) !== null &&
        shownNumber(keyOf(bucket, s, code, 'D')) !== null,
    );
    for (const part of ['N', 'D'] as const)
      sumRelation(
        keyOf(bucket, 'totaal', code, part),
        included.map((s) => keyOf(bucket, s, code, part)),
        'total minus regions shown',
      );
  }
}

/** 4. months against their quarter, quarters against their year (where the exact figures add up so). */
function timeRelations(slugs: string[]) {
  const codes = new Set([...facts.keys()].map((k) => k.split('|').slice(2).join('|')));
  const pairs: [string, string[]][] = [
    ...YEAR_QUARTERS.map((q) => [q, monthsOf(q)] as [string, string[]]),
    ['2026', YEAR_QUARTERS],
  ];
  for (const row of [...slugs, 'totaal'])
    for (const cp of codes) {
      const [code, part] = cp.split('|') as [string, Part];
      if (part === 'V') continue;
      for (const [whole, pieces] of pairs) {
        const t = truth.get(keyOf(whole, row, code, part));
        const tp = pieces.map((p) => truth.get(keyOf(p, row, code, part)));
        if (t === null || t === undefined || tp.some((x) => x === null || x === undefined)) continue;
        const keys = pieces.map((p) => keyOf(p, row, code, part));
        if (Math.abs(t - (tp as number[]).reduce((s, x) => s + x, 0)) < 1e-6)
          sumRelation(keyOf(whole, row, code, part), keys, 'months against the quarter (sum)');
        else if (Math.abs(t - (tp[tp.length - 1] as number)) < 1e-6) {
          // a level: the whole is its last piece
          const w = shownNumber(keyOf(whole, row, code, part));
          if (typeof w === 'number') claim(keys[keys.length - 1], w, 'months against the quarter (level)');
          const last = shownNumber(keys[keys.length - 1]);
          if (typeof last === 'number')
            claim(keyOf(whole, row, code, part), last, 'months against the quarter (level)');
        }
      }
    }
}

describe('no reviewer response of 2026-Q2/Q3 lets a hidden figure be recomputed', () => {
  test('the four reconstructions recover no hidden value', async () => {
    // one session for the few hundred responses collected
    const cookie = await sessionCookieFor(DEMO_USERS.reviewer);
    await collect(cookie);
    buildTruth();
    const slugs = regions().map((r) => r.slug);
    const hiddenInScope = [...facts.keys()].filter((k) => isHidden(k) && IN_SCOPE.has(k.split('|')[0]));
    // the collection saw what it should: every source, and hidden cells to attack
    expect(responses).toBeGreaterThan(150);
    const sources = new Set([...facts.values()].flatMap((list) => list.map((f) => f.source)));
    expect([...sources].sort()).toEqual([
      'api/indicators',
      'api/scores',
      'compare page',
      'experiment page',
      'indicator page',
      'progress page',
      'region page',
      'region page case flow',
      'voortgang.csv',
      'waarden.csv',
    ]);
    // the value export gives a reviewer quarters, never months
    const exported = [...facts].filter(([, list]) => list.some((f) => f.source === 'waarden.csv'));
    expect(exported.length).toBeGreaterThan(500);
    expect(exported.every(([k]) => QUARTERS.includes(k.split('|')[0]))).toBe(true);
    expect(hiddenInScope.length).toBeGreaterThan(50);
    for (let round = 0; round < 3; round++) {
      shownElsewhere();
      valueRelation();
      totalMinusRegions(slugs);
      timeRelations(slugs);
    }
    const leaks = [...recovered].filter(([k]) => IN_SCOPE.has(k.split('|')[0]));
    const byHow = new Map<string, number>();
    for (const [, how] of leaks) byHow.set(how, (byHow.get(how) ?? 0) + 1);
    console.log(
      `[figures] suppression leaks: ${responses} reviewer responses for 2026-Q2/Q3; ${hiddenInScope.length} hidden cells; ${leaks.length} recovered (${[...byHow].map(([h, n]) => `${h} ${n}`).join(', ') || 'none'})`,
    );
    expect(leaks.map(([k, how]) => `${k}: ${how} (true ${truth.get(k)})`)).toEqual([]);
  }, 120_000);
});
