/**
 * Concurrency over HTTP against the running server: many clients, each with its own session, save
 * the same and different monthly reports at once. The test keeps its own ledger of what the server
 * acknowledged (200) and refused (409 conflict, 403 other region) and then reads the database file:
 * every acknowledged save is in value_history in version order, the stored value is the last one
 * acknowledged, and the version went up by exactly the number of acknowledged saves.
 *
 * Reports: utrecht 2026-10 (a draft: utrecht's coordinator and the managers) and foodvalley 2026-10
 * (submitted: only managers may still change values). West-Brabant-West's coordinator posts to
 * utrecht's report too, and must get 403 every time. The schedule comes from a fixed seed.
 */
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { type DemoUser, sessionCookie } from './fixtures';
import { baseURL, e2eDatabasePath } from './harness';

const SEED = 42;
const ROUNDS = 8;
const ELEMENT = 'signals_new';
const REPORTS = {
  utrecht: '/regios/utrecht/rapportages/2026-10',
  foodvalley: '/regios/foodvalley/rapportages/2026-10',
} as const;
type ReportKey = keyof typeof REPORTS;

interface ClientPlan {
  user: DemoUser;
  /** the reports this client may write, or 'intruder': posts to utrecht's report without the right */
  targets: ReportKey[];
  intruder?: true;
}
const CLIENTS: ClientPlan[] = [
  ...Array.from({ length: 6 }, () => ({
    user: 'coordinator.utrecht' as const,
    targets: ['utrecht'] as ReportKey[],
  })),
  ...Array.from({ length: 4 }, () => ({
    user: 'coordinator.west-brabant-west' as const,
    targets: ['utrecht'] as ReportKey[],
    intruder: true as const,
  })),
  ...Array.from({ length: 4 }, () => ({
    user: 'manager1' as const,
    targets: ['utrecht', 'foodvalley'] as ReportKey[],
  })),
  ...Array.from({ length: 4 }, () => ({
    user: 'manager2' as const,
    targets: ['utrecht', 'foodvalley'] as ReportKey[],
  })),
];

/** mulberry32: a small seeded generator, so the schedule replays. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

function reportRow(key: ReportKey) {
  return readDb<{ id: number; version: number; status: string }>(
    `select r.id, r.version, r.status from reports r join regions g on g.id = r.region_id
     where g.slug = ? and r.period = '2026-10'`,
    key,
  )[0];
}

const versionIn = (html: string): number | null => {
  const m = /name="version" value="(\d+)"/.exec(html);
  return m ? Number(m[1]) : null;
};

interface Entry {
  client: number;
  report: ReportKey;
  versionSent: number;
  value: number;
  status: number;
}

describe('many clients saving reports at once', () => {
  test('every acknowledged save is stored in order, conflicts get 409, intruders 403, no 5xx', async () => {
    const start = Object.fromEntries(
      (Object.keys(REPORTS) as ReportKey[]).map((k) => [k, reportRow(k)]),
    ) as Record<ReportKey, { id: number; version: number; status: string }>;
    expect(start.utrecht.status).toBe('concept');
    expect(start.foodvalley.status).toBe('ingediend');
    const startHistoryId = readDb<{ n: number | null }>('select max(id) as n from value_history')[0].n ?? 0;
    // Every save posts the report's other values as they are and a new, unique value for ELEMENT.
    const baseFields = Object.fromEntries(
      (Object.keys(REPORTS) as ReportKey[]).map((k) => {
        const rows = readDb<{ code: string; value: number | null }>(
          'select element_code as code, value from report_values where report_id = ?',
          start[k].id,
        );
        return [
          k,
          Object.fromEntries(
            rows.map((r) => [r.code, r.value == null ? '' : String(r.value).replace('.', ',')]),
          ),
        ];
      }),
    ) as Record<ReportKey, Record<string, string>>;

    const random = rng(SEED);
    // the whole schedule is drawn up front, so it does not depend on timing
    const schedule = CLIENTS.map((c) =>
      Array.from({ length: ROUNDS }, () => ({
        report: c.targets[Math.floor(random() * c.targets.length)],
        delayMs: Math.floor(random() * 25),
      })),
    );
    const cookies = await Promise.all(CLIENTS.map((c) => sessionCookie(c.user)));
    const ledger: Entry[] = [];
    let nextValue = 5000;

    async function runClient(i: number) {
      const plan = CLIENTS[i];
      const known: Partial<Record<ReportKey, number>> = {};
      for (const step of schedule[i]) {
        await new Promise((r) => setTimeout(r, step.delayMs));
        const url = `${baseURL()}${REPORTS[step.report]}`;
        const headers = { Cookie: cookies[i], Origin: baseURL() };
        if (known[step.report] === undefined) {
          const page = await fetch(url, { headers, redirect: 'manual' });
          const html = await page.text();
          // an intruder cannot read the form; it guesses the version the report had at the start
          known[step.report] = plan.intruder ? start.utrecht.version : (versionIn(html) ?? -1);
          if (!plan.intruder) expect(page.status).toBe(200);
        }
        const value = nextValue++;
        const versionSent = known[step.report]!;
        const res = await fetch(url, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            ...baseFields[step.report],
            [ELEMENT]: String(value),
            intent: 'save',
            version: String(versionSent),
            // a manager's change to a submitted report is a correction and needs its reason
            ...(step.report === 'foodvalley' ? { correctionReason: 'Gelijktijdige correctie.' } : {}),
          }),
        });
        const html = await res.text();
        ledger.push({ client: i, report: step.report, versionSent, value, status: res.status });
        // after a save the page shows the new version; after a conflict the client reloads it
        if (res.status === 200) known[step.report] = versionIn(html) ?? undefined;
        else delete known[step.report];
      }
    }
    await Promise.all(CLIENTS.map((_, i) => runClient(i)));

    // The ledger against the server's answers.
    expect(ledger.filter((e) => e.status >= 500)).toEqual([]);
    const intruders = ledger.filter((e) => CLIENTS[e.client].intruder);
    expect(intruders.every((e) => e.status === 403)).toBe(true);
    const legit = ledger.filter((e) => !CLIENTS[e.client].intruder);
    expect(legit.filter((e) => e.status !== 200 && e.status !== 409)).toEqual([]);

    // The ledger against the database.
    const perReport: string[] = [];
    for (const key of Object.keys(REPORTS) as ReportKey[]) {
      const acks = legit
        .filter((e) => e.report === key && e.status === 200)
        .sort((a, b) => a.versionSent - b.versionSent);
      const conflicts = legit.filter((e) => e.report === key && e.status === 409);
      const end = reportRow(key);
      // each acknowledged save took exactly one version, with no gaps and no version taken twice
      expect(acks.map((a) => a.versionSent)).toEqual(
        Array.from({ length: acks.length }, (_, n) => start[key].version + n),
      );
      expect(end.version - start[key].version).toBe(acks.length);
      // a conflict was a save at a version someone else had already taken
      const taken = new Set(acks.map((a) => a.versionSent));
      expect(conflicts.filter((c) => !taken.has(c.versionSent))).toEqual([]);
      // value_history holds every acknowledged value, in version order, each replacing the one before
      const history = readDb<{ old_value: number | null; new_value: number | null }>(
        'select old_value, new_value from value_history where report_id = ? and element_code = ? and id > ? order by id',
        end.id,
        ELEMENT,
        startHistoryId,
      );
      expect(history.map((h) => h.new_value)).toEqual(acks.map((a) => a.value));
      history.forEach((h, n) => {
        if (n > 0) expect(h.old_value).toBe(history[n - 1].new_value);
      });
      const stored = readDb<{ value: number | null }>(
        'select value from report_values where report_id = ? and element_code = ?',
        end.id,
        ELEMENT,
      )[0]?.value;
      expect(stored).toBe(acks.at(-1)?.value);
      expect(end.status).toBe(start[key].status);
      perReport.push(
        `${key} v${start[key].version}→v${end.version}: ${acks.length} saves, ${conflicts.length} conflicts`,
      );
    }
    // nothing an intruder sent was stored
    const intruderValues = new Set(intruders.map((e) => e.value));
    const stray = readDb<{ new_value: number }>(
      'select new_value from value_history where id > ? and element_code = ?',
      startHistoryId,
      ELEMENT,
    ).filter((h) => intruderValues.has(h.new_value));
    expect(stray).toEqual([]);

    const acked = legit.filter((e) => e.status === 200).length;
    const conflicts = legit.filter((e) => e.status === 409).length;
    expect(acked).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(0);
    console.log(
      `[figures] concurrency: ${CLIENTS.length} clients (${new Set(CLIENTS.map((c) => c.user)).size} logins) posted ${ledger.length} saves at once (seed ${SEED}); ${acked} acknowledged and all stored in version order, ${conflicts} conflicts answered 409, ${intruders.length} posts from another region's coordinator answered 403 and not stored, 0 server errors (${perReport.join('; ')})`,
    );
  }, 120_000);
});

describe('posts to routes without an action', () => {
  // Pages and resource routes that only read: a POST with a valid Origin is 405, never 5xx or 200.
  const READ_ONLY = [
    '/overzicht',
    '/vergelijken',
    '/regios',
    '/regios/utrecht',
    '/volledigheid',
    '/voortgang',
    '/help',
    '/experimenten',
    '/knelpunten/overzicht',
    '/api/scores?period=2026-09',
    '/export/waarden.csv?region=utrecht',
    '/voortgang.csv',
    '/ping',
  ];
  test('answer 405 to a signed-in manager', async () => {
    const cookie = await sessionCookie('manager1');
    const statuses: Record<string, number> = {};
    for (const path of READ_ONLY) {
      const res = await fetch(`${baseURL()}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookie, Origin: baseURL(), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'intent=save',
      });
      await res.text();
      statuses[path] = res.status;
    }
    expect(statuses).toEqual(Object.fromEntries(READ_ONLY.map((p) => [p, 405])));
  });
});
