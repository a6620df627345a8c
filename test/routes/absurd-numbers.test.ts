/**
 * Issue 13, defect 6: absurd numbers. A report value of thirty 9s was stored as 1e+30 (after which
 * the form refused its own value); a 400-digit floor was stored as Infinity, after which every
 * `simple` score was null and the overview showed "NaN" 35 times.
 */
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, indicatorTargets, regions, reports, reportValues, users } from '#db/schema';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import * as login from '#app/routes/login/route';
import * as reportRoute from '#app/routes/_app.regios.$region.rapportages_.$period/route';
import * as targetsRoute from '#app/routes/_app.doelen/route';
import * as scoresRoute from '#app/routes/api.scores/route';
import * as overviewRoute from '#app/routes/_app.overzicht/route';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setupTestDatabase } from '#test/db';
import { DEMO_PASSWORD } from '#seeds/demo-accounts';
import { DEMO_USERS } from '#test/demo-users';

const db = setupTestDatabase('seeded');
type Reply = { result: { error?: Record<string, string[] | null> } };

/** Every number anywhere in a loader's answer, with its path. */
function numbers(value: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  return out;
}

describe('report values have a plausible maximum', () => {
  test('POST /regios/utrecht/rapportages/2026-10 signals_new=999…9 (30 digits): 400 with the maximum, nothing stored', async () => {
    const region = db.select().from(regions).where(eq(regions.slug, 'utrecht')).get()!;
    const report = db
      .select()
      .from(reports)
      .where(and(eq(reports.regionId, region.id), eq(reports.period, '2026-10')))
      .get()!;
    const stored = new Map(
      db
        .select()
        .from(reportValues)
        .where(eq(reportValues.reportId, report.id))
        .all()
        .map((v) => [v.elementCode, v.value]),
    );
    const fields: Record<string, string> = { intent: 'save', version: String(report.version) };
    for (const e of DATA_ELEMENTS) fields[e.code] = String(stored.get(e.code) ?? '').replace('.', ',');
    fields.signals_new = '9'.repeat(30);
    // signed in through the login page before the snapshot: the session is not the action's write
    const signedIn = await callRoute(login, {
      url: '/login',
      form: { email: DEMO_USERS.coordinatorA, password: DEMO_PASSWORD },
    });
    const cookie = signedIn.headers.get('Set-Cookie')!.split(';')[0]!;
    const before = tableChecksums(db.$client);
    const res = await callRoute<Reply>(reportRoute, {
      url: '/regios/utrecht/rapportages/2026-10',
      cookie,
      form: fields,
      params: { region: 'utrecht', period: '2026-10' },
    });
    expect(res.status).toBe(400);
    expect(res.data.result.error?.signals_new).toEqual([
      'Nieuwe veiligheidssignalen kan niet groter zijn dan 50.000 voor één regio in één maand. Controleer de waarde op een tikfout.',
    ]);
    expect(tableChecksums(db.$client)).toEqual(before);
  });
});

describe('targets and floors are finite and in range', () => {
  const post = (form: Record<string, string>) =>
    callRoute<Reply>(targetsRoute, { url: '/doelen', as: 'manager', form });
  test.each([
    ['a 400-digit floor', { indicatorCode: 'days_to_help', target: '14', floor: '9'.repeat(400) }, 'floor'],
    ['a 13-digit target', { indicatorCode: 'days_to_help', target: '1234567890123', floor: '42' }, 'target'],
    ['a floor of 4000 days', { indicatorCode: 'days_to_help', target: '14', floor: '4000' }, 'floor'],
    ['a percentage of 101', { indicatorCode: 'triage_on_time', target: '101', floor: '75' }, 'target'],
  ])('POST /doelen with %s: 400 at the field, nothing stored', async (_what, fields, field) => {
    const before = {
      targets: db.select({ n: count() }).from(indicatorTargets).get()!.n,
      audit: db.select({ n: count() }).from(auditLog).get()!.n,
    };
    const res = await post({ ...fields, effectiveFrom: '2027-01' });
    expect(res.status).toBe(400);
    const errors = res.data.result.error ?? {};
    expect(errors[field]?.[0]).toMatch(
      /^(Vul een getal in\.|Vul een waarde van 0 tot en met 3\.650 in\.|Een percentage ligt tussen 0 en 100\.)$/,
    );
    expect({
      targets: db.select({ n: count() }).from(indicatorTargets).get()!.n,
      audit: db.select({ n: count() }).from(auditLog).get()!.n,
    }).toEqual(before);
  });

  test('an Infinity floor stored by the previous release is ignored: no NaN or Infinity in the scores or the overview', async () => {
    const manager = db.select().from(users).where(eq(users.email, DEMO_USERS.manager)).get()!;
    db.insert(indicatorTargets)
      .values([
        {
          indicatorCode: 'days_to_help',
          target: 14,
          floor: Infinity,
          effectiveFrom: '2026-01',
          setBy: manager.id,
        },
        {
          indicatorCode: 'triage_on_time',
          target: -Infinity,
          floor: 75,
          effectiveFrom: '2026-01',
          setBy: manager.id,
        },
      ])
      .run();
    expect(
      db.$client
        .prepare('select count(*) n from indicator_targets where floor = 9e999 or target = -9e999')
        .get(),
    ).toEqual({ n: 2 });
    const scores = await callRoute(scoresRoute, { url: '/api/scores?period=2026-Q3', as: 'manager' });
    expect(JSON.stringify(scores.data)).not.toMatch(/NaN|Infinity/);
    const overview = (await callRoute(overviewRoute, { url: '/overzicht', as: 'manager' })).data;
    const bad = numbers(overview).filter(([, v]) => !Number.isFinite(v));
    expect(bad).toEqual([]);
  });
});
