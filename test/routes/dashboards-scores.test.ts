/**
 * Principle scores of the seeded data for two regions in 2026-Q3, checked against a computation
 * written here from the raw report values (own SQL, own arithmetic, own formulas).
 */
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import * as scores from '#app/routes/api.scores/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');

interface Figure {
  numerator: number | string | null;
  denominator: number | string | null;
  value: number | null;
  score: number | null;
}
interface Scores {
  period: string;
  regions: {
    region: string;
    principles: Record<string, { score: number | null; coverage: number }>;
    indicators: Record<string, Figure>;
  }[];
}

type Month = Record<string, number | null>;

function rawMonths(slug: string): Month[] {
  const rows = db.all<{ period: string; element_code: string; value: number | null }>(sql`
    select r.period, v.element_code, v.value from report_values v
    join reports r on r.id = v.report_id join regions g on g.id = r.region_id
    where g.slug = ${slug} and r.period in ('2026-07', '2026-08', '2026-09') order by r.period`);
  const byPeriod = new Map<string, Month>();
  for (const row of rows) {
    const m = byPeriod.get(row.period) ?? {};
    m[row.element_code] = row.value;
    byPeriod.set(row.period, m);
  }
  return [...byPeriod.values()];
}

/** Register counts on `day`, written here in SQL from the register tables. */
function registerExpected(regionId: number, day: string) {
  // The seeded registers carry no history: an entry has its current status from status_since on,
  // and before that a bottleneck is "gesignaleerd" and an experiment not ended (register-as-of.ts).
  const exp = db.get<{ ended: number; evaluated: number }>(sql`
    select count(*) as ended, coalesce(sum(outcome is not null and outcome <> 'onbekend'), 0) as evaluated
    from experiments
    where region_id = ${regionId} and end_date <= ${day} and status_since <= ${day}
      and status in ('evaluatie','geborgd','gestopt')`)!;
  const bot = db.get<{ total: number; up: number }>(sql`
    select count(*) as total, coalesce(sum(status_since <= ${day} and (
        status in ('in analyse', 'landelijk geagendeerd', 'experimenteerwet nodig', 'opgelost binnen huidige wet')
        or (status = 'wetswijziging nodig' and exists (select 1 from experiment_bottlenecks l
          join experiments e on e.id = l.experiment_id
          where l.bottleneck_id = b.id and e.start_date <= ${day})))), 0) as up
    from bottlenecks b
    where region_id = ${regionId} and identified_date <= ${day}
      and not (status = 'vervallen' and status_since <= ${day})`)!;
  return { exp, bot };
}

/** Independent arithmetic: a sum is unknown when a month is; a level is September's value. */
function expectedFor(slug: string) {
  const ms = rawMonths(slug);
  expect(ms).toHaveLength(3);
  const sum = (...codes: string[]) => {
    let t = 0;
    for (const m of ms)
      for (const c of codes) {
        if (m[c] === null || m[c] === undefined) return null;
        t += m[c]!;
      }
    return t;
  };
  const last = (...codes: string[]) => {
    let t = 0;
    for (const c of codes) {
      const v = ms[2][c];
      if (v === null || v === undefined) return null;
      t += v;
    }
    return t;
  };
  const ratio = (n: number | null, d: number | null, scale = 100) =>
    n === null || d === null || d === 0 ? null : (n / d) * scale;
  const wmean = (code: string, w: string) => {
    let a = 0;
    let b = 0;
    for (const m of ms)
      if (m[code] != null && m[w] != null) {
        a += m[code]! * m[w]!;
        b += m[w]!;
      }
    return b > 0 ? a / b : null;
  };
  const regionId = db.get<{ id: number }>(sql`select id from regions where slug = ${slug}`)!.id;
  const { exp, bot } = registerExpected(regionId, '2026-09-30');
  const active = last('families_active_local', 'families_active_rvt');
  // the petitions the independent review applies to: all but the certified institution's (issue 20)
  const reviewable =
    sum('petitions_filed') === null || sum('petitions_by_institution') === null
      ? null
      : sum('petitions_filed')! - sum('petitions_by_institution')!;
  // register indicators: fewer than 3 entries in the denominator give a value but no score
  const register = (n: number, d: number) => (d < 3 ? null : ratio(n, d));
  // value, target, floor per indicator, grouped by principle (outcomes are in no principle)
  const v: Record<string, [number | null, number, number][]> = {
    simple: [
      // the median counts those still waiting, weighted by started plus waiting (issue 20)
      [wmean('days_to_help_median_all', 'help_cohort'), 14, 42],
      [ratio(last('families_waiting_over_norm'), active), 2, 10],
      [ratio(sum('triage_on_time'), sum('triage_simple', 'triage_complex', 'triage_multi_complex')), 90, 50],
      // handovers are an outcome now; re-escalation over the families handed back (issue 20)
      [ratio(sum('closed_reescalated'), sum('closed_handed_back')), 10, 40],
      [wmean('orgs_per_family_avg', 'families_active_rvt'), 2, 5],
    ],
    family: [
      [ratio(last('families_one_contact'), active), 90, 50],
      [ratio(last('families_one_plan'), active), 90, 40],
      [ratio(sum('analyses_on_time'), sum('analyses_due')), 90, 50],
      [ratio(last('adult_mh_involved'), last('adult_mh_needed')), 80, 30],
      [ratio(sum('placements_family_setting'), sum('placements_new')), 75, 40],
    ],
    legal: [
      [ratio(sum('petitions_reviewed'), reviewable), 100, 50],
      [ratio(sum('legal_aid_offered'), sum('measure_considered')), 100, 30],
      [ratio(sum('proceedings_with_legal_aid'), sum('proceedings_total')), 100, 50],
      [ratio(sum('children_heard'), sum('children_12plus_in_decisions')), 90, 50],
      [ratio(sum('families_informed_rights'), sum('intakes')), 100, 60],
      [ratio(last('children_view_recorded'), last('children_active')), 90, 40],
      [ratio(last('children_waiting_guardian'), last('children_with_measure')), 1, 8],
      [ratio(sum('complaints_on_time'), sum('complaints_due')), 95, 60],
    ],
    learning: [
      [register(exp.evaluated, exp.ended), 100, 50],
      [register(bot.up, bot.total), 90, 30],
      [ratio(sum('reflection_sessions_with_experts'), sum('reflection_sessions')), 75, 20],
      [wmean('client_survey_score', 'client_survey_responses'), 8, 6],
      [ratio(sum('training_hours'), sum('fte_filled'), 1), 6, 2],
    ],
  };
  const out: Record<string, number | null> = {};
  for (const [principle, list] of Object.entries(v)) {
    const scores = list
      .filter(([value]) => value !== null)
      .map(([value, target, floor]) =>
        Math.min(100, Math.max(0, ((value! - floor) / (target - floor)) * 100)),
      );
    out[principle] =
      scores.length / list.length >= 0.5 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  }
  return out;
}

describe('principle scores of the seeded data, 2026-Q3', () => {
  for (const slug of ['amsterdam-amstelland', 'rotterdam-rijnmond']) {
    test(`${slug}: every principle score equals the independent computation`, async () => {
      const { status, data: body } = await callRoute<Scores>(scores, {
        url: '/api/scores?period=2026-Q3',
        as: 'manager',
      });
      expect(status).toBe(200);
      const region = body.regions.find((r) => r.region === slug)!;
      const expected = expectedFor(slug);
      for (const principle of ['simple', 'family', 'legal', 'learning']) {
        expect(expected[principle]).not.toBeNull();
        expect(region.principles[principle].score).toBeCloseTo(expected[principle]!, 1);
      }
    });
  }

  test('an element unknown in one month of the quarter leaves its indicator without a value, not 0', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-Q3',
      as: 'manager',
    });
    // the seeded months of 2026-Q3 with an unknown value in an element the legal principle reads
    const unknown = db.all<{ slug: string; element_code: string }>(sql`
      select g.slug, v.element_code from report_values v
      join reports r on r.id = v.report_id join regions g on g.id = r.region_id
      where r.period between '2026-07' and '2026-09' and v.value is null
        and v.element_code in ('proceedings_total', 'proceedings_with_legal_aid', 'complaints_due',
          'complaints_on_time', 'children_heard', 'children_12plus_in_decisions', 'legal_aid_offered',
          'measure_considered', 'families_informed_rights', 'intakes', 'petitions_reviewed',
          'petitions_filed', 'petitions_by_institution')
      order by g.slug, v.element_code`);
    expect(unknown.length).toBeGreaterThan(0);
    const byElement: Record<string, string> = {
      proceedings_total: 'legal_aid',
      proceedings_with_legal_aid: 'legal_aid',
      complaints_due: 'complaints_on_time',
      complaints_on_time: 'complaints_on_time',
      children_heard: 'children_heard',
      children_12plus_in_decisions: 'children_heard',
      legal_aid_offered: 'legal_aid_offered',
      measure_considered: 'legal_aid_offered',
      families_informed_rights: 'informed_rights',
      intakes: 'informed_rights',
      petitions_reviewed: 'independent_review',
      petitions_filed: 'independent_review',
      petitions_by_institution: 'independent_review',
    };
    for (const u of unknown) {
      const region = body.regions.find((r) => r.region === u.slug)!;
      expect(region.indicators[byElement[u.element_code]], `${u.slug} ${u.element_code}`).toMatchObject({
        value: null,
        score: null,
      });
      const withValue = Object.entries(region.indicators).filter(
        ([code, f]) =>
          [
            'independent_review',
            'legal_aid_offered',
            'legal_aid',
            'children_heard',
            'informed_rights',
            'child_voice',
            'waiting_guardian',
            'complaints_on_time',
          ].includes(code) && (f as { score: number | null }).score !== null,
      ).length;
      expect(region.principles.legal.coverage).toBeCloseTo((withValue / 8) * 100, 1);
      expect(withValue).toBeLessThan(8);
    }
  });

  test('recurrence after closure takes the families closed from the reports a year earlier', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-Q3',
      as: 'manager',
    });
    for (const slug of ['amsterdam-amstelland', 'zeeland']) {
      const row = db.get<{ closed: number | null; n: number; recurred: number | null; m: number }>(sql`
        select
          (select sum(v.value) from report_values v join reports r on r.id = v.report_id
            join regions g on g.id = r.region_id
            where g.slug = ${slug} and r.period between '2025-07' and '2025-09'
              and v.element_code = 'families_closed') as closed,
          (select count(v.value) from report_values v join reports r on r.id = v.report_id
            join regions g on g.id = r.region_id
            where g.slug = ${slug} and r.period between '2025-07' and '2025-09'
              and v.element_code = 'families_closed') as n,
          (select sum(v.value) from report_values v join reports r on r.id = v.report_id
            join regions g on g.id = r.region_id
            where g.slug = ${slug} and r.period between '2026-07' and '2026-09'
              and v.element_code = 'recurrence_12m') as recurred,
          (select count(v.value) from report_values v join reports r on r.id = v.report_id
            join regions g on g.id = r.region_id
            where g.slug = ${slug} and r.period between '2026-07' and '2026-09'
              and v.element_code = 'recurrence_12m') as m`)!;
      const region = body.regions.find((r) => r.region === slug)!;
      const f = region.indicators.recurrence_after_closure;
      if (row.n < 3 || row.m < 3) {
        expect(f.value, slug).toBeNull();
      } else {
        expect(f.denominator, slug).toBe(row.closed);
        expect(f.numerator, slug).toBe(row.recurred);
        expect(f.value, slug).toBeCloseTo((row.recurred! / row.closed!) * 100, 1);
      }
    }
  });

  test('in the first year there is no report a year earlier, so recurrence is unknown, not 0 %', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2023-Q2',
      as: 'manager',
    });
    expect(body.regions).toHaveLength(6);
    for (const r of body.regions)
      for (const code of [
        'recurrence_after_closure',
        'recurrence_without_measure',
        'recurrence_with_measure',
      ])
        expect(r.indicators[code], `${r.region} ${code}`).toMatchObject({ value: null });
  });

  test('the registers are read as they stood at the end of 2023-Q1, not with today’s statuses', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2023-Q1',
      as: 'manager',
    });
    const regions = db.all<{ id: number; slug: string }>(sql`select id, slug from regions order by id`);
    let withBottlenecks = 0;
    for (const r of regions) {
      const { bot } = registerExpected(r.id, '2023-03-31');
      const f = body.regions.find((x) => x.region === r.slug)!.indicators.bottlenecks_taken_up;
      if (bot.total === 0) {
        expect(f.value, r.slug).toBeNull();
        continue;
      }
      withBottlenecks += 1;
      expect([f.numerator, f.denominator], r.slug).toEqual([bot.up, bot.total]);
      // fewer than three bottlenecks: a value, no score
      if (bot.total < 3) expect(f.score, r.slug).toBeNull();
    }
    expect(withBottlenecks).toBeGreaterThan(0);
    const all100 = body.regions.every((x) => x.indicators.bottlenecks_taken_up.value === 100);
    expect(all100).toBe(false);
  });

  test('without a period the API answers for the latest complete quarter, 2026-Q3', async () => {
    const { data: body } = await callRoute<Scores>(scores, { url: '/api/scores', as: 'manager' });
    expect(body.period).toBe('2026-Q3');
    expect(body.regions).toHaveLength(6);
  });

  test('a bad period is 400; an admin is refused', async () => {
    expect((await callRoute(scores, { url: '/api/scores?period=2026-13', as: 'manager' })).status).toBe(400);
    expect((await callRoute(scores, { url: '/api/scores?period=2026-Q3', as: 'admin' })).status).toBe(403);
  });
});
