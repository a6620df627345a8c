/**
 * Principle scores of the seeded data for two regions in 2026-Q3, checked against a computation
 * written here from the raw report values (own SQL, own arithmetic, own formulas).
 */
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { loader } from '../../app/routes/api.scores/route';
import { setupTestDatabase } from '../db';
import { getRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const MANAGER = 'manager1@demo.proeftuinmonitor.nl';

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
  const exp = db.get<{ ended: number; evaluated: number }>(sql`
    select count(*) as ended, sum(outcome is not null) as evaluated from experiments
    where region_id = ${regionId} and end_date <= '2026-09-30' and status in ('evaluatie','geborgd','gestopt')`)!;
  const bot = db.get<{ total: number; up: number }>(sql`
    select count(*) as total, sum(status != 'gesignaleerd') as up from bottlenecks
    where region_id = ${regionId} and identified_date <= '2026-09-30'`)!;
  const closed = sum('closed_12m_ago');
  const recurred = sum('recurrence_12m');
  // value, target, floor per indicator, grouped by principle
  const v: Record<string, [number | null, number, number][]> = {
    simple: [
      [wmean('days_to_help_median', 'help_started'), 14, 42],
      [ratio(sum('triage_on_time'), sum('triage_simple', 'triage_complex', 'triage_multi_complex')), 95, 60],
      [ratio(sum('escalated_to_rvt'), sum('signals_new')), 8, 25],
      [wmean('orgs_per_family_avg', 'families_active_rvt'), 2, 5],
    ],
    family: [
      [ratio(last('families_one_contact'), last('families_active_local', 'families_active_rvt')), 90, 50],
      [ratio(last('families_one_plan'), last('families_active_local', 'families_active_rvt')), 90, 40],
      [ratio(sum('analyses_on_time'), sum('intakes')), 90, 50],
      [ratio(last('adult_mh_involved'), last('adult_mh_needed')), 80, 30],
      [ratio(sum('families_closed_without_measure'), sum('families_closed')), 85, 50],
      [ratio(sum('placements_family_setting'), sum('placements_new')), 75, 40],
    ],
    legal: [
      [ratio(sum('petitions_reviewed'), sum('petitions_filed')), 100, 50],
      [ratio(sum('proceedings_with_legal_aid'), sum('proceedings_total')), 100, 50],
      [ratio(sum('families_informed_rights'), sum('intakes')), 100, 60],
      [ratio(last('children_view_recorded'), last('children_active')), 90, 40],
      [ratio(last('children_waiting_guardian'), last('children_active')), 0, 5],
      [ratio(sum('complaints_on_time'), sum('complaints_received')), 95, 60],
    ],
    learning: [
      [ratio(exp.evaluated, exp.ended), 100, 50],
      [ratio(bot.up, bot.total), 90, 30],
      [ratio(sum('reflection_sessions_with_experts'), sum('reflection_sessions')), 75, 20],
      [wmean('client_survey_score', 'client_survey_responses'), 8, 6],
      [closed === null || recurred === null ? null : ratio(closed - recurred, closed), 95, 75],
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

async function apiScores(email: string, query: string) {
  const cookie = await sessionCookieFor(email);
  const res = await settle(() =>
    loader({ request: getRequest(`/api/scores${query}`, cookie), params: {}, context: {} }),
  );
  return { status: res.status, body: res.status === 200 ? await (res.response as Response).json() : null };
}

describe('principle scores of the seeded data, 2026-Q3', () => {
  for (const slug of ['amsterdam-amstelland', 'rotterdam-rijnmond']) {
    test(`${slug}: every principle score equals the independent computation`, async () => {
      const { status, body } = await apiScores(MANAGER, '?period=2026-Q3');
      expect(status).toBe(200);
      const region = body.regions.find((r: { region: string }) => r.region === slug);
      const expected = expectedFor(slug);
      for (const principle of ['simple', 'family', 'legal', 'learning']) {
        expect(expected[principle]).not.toBeNull();
        expect(region.principles[principle].score).toBeCloseTo(expected[principle]!, 1);
      }
    });
  }

  test('rotterdam’s unknown July proceedings leave legal aid without a value, not 0', async () => {
    const { body } = await apiScores(MANAGER, '?period=2026-Q3');
    const rdam = body.regions.find((r: { region: string }) => r.region === 'rotterdam-rijnmond');
    expect(rdam.indicators.legal_aid).toMatchObject({ value: null, score: null });
    expect(rdam.principles.legal.coverage).toBeCloseTo((5 / 6) * 100, 0);
  });

  test('without a period the API answers for the latest complete quarter, 2026-Q3', async () => {
    const { body } = await apiScores(MANAGER, '');
    expect(body.period).toBe('2026-Q3');
    expect(body.regions).toHaveLength(6);
  });

  test('a bad period is 400; an admin is refused', async () => {
    expect((await apiScores(MANAGER, '?period=2026-13')).status).toBe(400);
    expect((await apiScores('admin@demo.proeftuinmonitor.nl', '?period=2026-Q3')).status).toBe(403);
  });
});
