/**
 * Upgrades in place: a used database of the previous release (test/fixtures/release-1.db.gz, made
 * by test/fixtures/make-release-1.ts on release 1) is migrated to this release and keeps every row
 * its users wrote. A migration that changes a definition adds its own check below (what happens to
 * the stored months) and says so in the definitions change log.
 */
import { FIGURES_VERSION_TABLES } from '#app/models/figure-sources.server';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase, type AppDatabase } from '#db/client';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_FOLDER, migrateDatabase, sealStoredTotpSecrets } from '#db/migrate';
import { generateTOTP } from '@epic-web/totp';
import { open, totpContext } from '#app/utils/secret-box.server';
import { reminderKey } from '#app/models/outbox.server';
import { describeForLog, findStoredDataProblems } from '#app/models/stored-data-check.server';
import { setDbForTests } from '#app/utils/db.server';
import * as overview from '#app/routes/_app.overzicht/route';
import * as scores from '#app/routes/api.scores/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import * as login from '#app/routes/login/route';
import { readTotpRoles, verifySecondFactor } from '#app/models/two-factor.server';
import { callRoute } from './call-route';
import { MIGRATION_0004_SCOPES as SEED_SCOPES } from '#seeds/regions';

const FIXTURE = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'release-1.db.gz');
const file = path.join(os.tmpdir(), `proeftuinmonitor-upgrade-${process.pid}.db`);

/** Rows the users of release 1 wrote, as they stood before the upgrade. */
const RELEASE_1_COUNTS = {
  regions: 6,
  users: 11,
  reports: 276,
  report_values: 14350,
  value_history: 51,
  report_events: 549,
  report_comments: 1,
  experiments: 28,
  bottlenecks: 21,
  experiment_bottlenecks: 32,
  register_history: 9,
  indicator_targets: 1,
  audit_log: 10,
  sessions: 9,
  login_attempts: 1,
} as const;

function count(sqlite: Database.Database, table: string): number {
  return (sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
}

let before: Database.Database;
let db: AppDatabase;

beforeAll(() => {
  fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
  before = new Database(fs.readFileSync(file));
  db = openDatabase(file);
  migrateDatabase(db);
  setDbForTests(db);
});
afterAll(() => {
  setDbForTests(undefined);
  db.$client.close();
  before.close();
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
});

describe('upgrading a used database of release 1', () => {
  test('the fixture is the release-1 database it claims to be', () => {
    const applied = before.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(3);
    for (const [table, n] of Object.entries(RELEASE_1_COUNTS))
      expect([table, count(before, table)]).toEqual([table, n]);
  });

  test('every migration of this release applies, and the file stays consistent', () => {
    const journal = JSON.parse(
      fs.readFileSync(
        path.join(path.dirname(FIXTURE), '..', '..', 'db', 'migrations', 'meta', '_journal.json'),
        'utf8',
      ),
    ) as { entries: unknown[] };
    const applied = db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as {
      n: number;
    };
    expect(applied.n).toBe(journal.entries.length);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  test('no row that users wrote in release 1 is lost', () => {
    for (const table of Object.keys(RELEASE_1_COUNTS))
      expect([table, count(db.$client, table) >= count(before, table)]).toEqual([table, true]);
  });

  test('stored report values and their history survive unchanged', () => {
    const key = 'select report_id, element_code, value from report_values order by report_id, element_code';
    const after = new Map(
      (
        db.$client.prepare(key).all() as { report_id: number; element_code: string; value: number | null }[]
      ).map((r) => [`${r.report_id}:${r.element_code}`, r.value]),
    );
    let kept = 0;
    for (const r of before.prepare(key).all() as {
      report_id: number;
      element_code: string;
      value: number | null;
    }[])
      if (after.get(`${r.report_id}:${r.element_code}`) === r.value) kept += 1;
    expect(kept).toBe(RELEASE_1_COUNTS.report_values);
    const history =
      'select report_id, element_code, old_value, new_value, changed_by from value_history order by id';
    expect(db.$client.prepare(history).all()).toEqual(before.prepare(history).all());
  });

  test('the workflow states, comments, target and audit trail of release 1 are kept', () => {
    const states =
      "select r.slug, p.period, p.status, p.version from reports p join regions r on r.id = p.region_id where p.period = '2026-10' order by r.slug";
    expect(db.$client.prepare(states).all()).toEqual([
      { slug: 'amsterdam-amstelland', period: '2026-10', status: 'goedgekeurd', version: 1 },
      { slug: 'foodvalley', period: '2026-10', status: 'goedgekeurd', version: 2 },
      { slug: 'rotterdam-rijnmond', period: '2026-10', status: 'teruggestuurd', version: 2 },
      { slug: 'utrecht', period: '2026-10', status: 'concept', version: 1 },
      { slug: 'west-brabant-west', period: '2026-10', status: 'concept', version: 3 },
      { slug: 'zeeland', period: '2026-10', status: 'teruggestuurd', version: 2 },
    ]);
    // the audit log only grows: migration 0008 appends the regions' removed area texts
    const lastAudit = (before.prepare('select max(id) as m from audit_log').get() as { m: number }).m;
    for (const q of [
      'select * from report_comments order by id',
      'select * from report_events order by id',
      'select * from indicator_targets order by id',
      `select * from audit_log where id <= ${lastAudit} order by id`,
      'select id, email, role, region_id, password_hash from users order by id',
    ])
      expect(db.$client.prepare(q).all()).toEqual(before.prepare(q).all());
  });

  test('migration 0003 (issue 12: references, narratives, experiment indicators) keeps every experiment and links none yet', () => {
    const q =
      'select id, region_id, title, status, start_date, end_date, version from experiments order by id';
    expect(db.$client.prepare(q).all()).toEqual(before.prepare(q).all());
    const links = db.$client.prepare('select distinct indicators from experiments').all();
    expect(links).toEqual([{ indicators: '[]' }]);
    for (const table of ['reference_series', 'reference_values', 'narratives', 'narrative_history'])
      expect([table, count(db.$client, table)]).toEqual([table, 0]);
  });

  test('migration 0004 (issue 12: regions as data) gives the six regions their scope from seeds/regions.ts and keeps their fields', () => {
    // (the area column is gone since 0008: see its own test)
    const fields =
      'select id, slug, name, plan_name, reporting_start, sort_order, active from regions order by id';
    expect(db.$client.prepare(fields).all()).toEqual(before.prepare(fields).all());
    const scope = db.$client.prepare(
      `select g.slug, s.effective_from, s.children, s.municipalities, g.pilot_start, g.colour, g.baseline_from
       from region_scopes s join regions g on g.id = s.region_id order by g.slug, s.effective_from`,
    );
    const expected = [...SEED_SCOPES]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .flatMap((r) =>
        Object.entries(r.children).map(([year, children]) => ({
          slug: r.slug,
          effective_from: `${year}-01`,
          children,
          municipalities: JSON.stringify(r.municipalities),
          pilot_start: r.pilotStart,
          colour: null,
          baseline_from: null,
        })),
      );
    expect(
      scope.all().map((r) => ({
        ...(r as object),
        municipalities: JSON.stringify(JSON.parse((r as { municipalities: string }).municipalities)),
      })),
    ).toEqual(expected);
    expect(expected).toHaveLength(24);
  });

  test('migration 0005 (issue 10: outbox, reminder setting) starts an empty outbox and keeps every user, reminders on', () => {
    expect(count(db.$client, 'outbox')).toBe(0);
    const q = 'select id, email, role, region_id, disabled from users order by id';
    expect(db.$client.prepare(q).all()).toEqual(before.prepare(q).all());
    expect(db.$client.prepare('select distinct reminders_enabled as on_ from users').all()).toEqual([
      { on_: 1 },
    ]);
  });

  test('migration 0006 (issue 10: e-mail language, last visit) keeps every user, Dutch e-mails, no visit yet', () => {
    const q = 'select id, email, role, region_id, disabled, password_hash from users order by id';
    expect(db.$client.prepare(q).all()).toEqual(before.prepare(q).all());
    expect(
      db.$client
        .prepare('select lang, last_visit_at, previous_visit_at, count(*) as n from users group by 1, 2, 3')
        .all(),
    ).toEqual([{ lang: 'nl', last_visit_at: null, previous_visit_at: null, n: RELEASE_1_COUNTS.users }]);
  });

  test('migration 0006 rewrites the reminder keys of 0005 (report id) into region and month, so nothing is sent twice', () => {
    // A second copy, migrated up to 0005 only, with reminders queued the 0005 way.
    const partialFile = `${file}-0005`;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-0005-'));
    fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((e) => e.tag.startsWith('0005_'));
    journal.entries = journal.entries.slice(0, upTo + 1);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(partialFile, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
    const partial = openDatabase(partialFile);
    try {
      migrate(partial, { migrationsFolder: folder });
      const report = partial.$client
        .prepare(
          "select r.id, r.region_id, r.period from reports r join regions g on g.id = r.region_id where g.slug = 'utrecht' and r.period = '2026-10'",
        )
        .get() as { id: number; region_id: number; period: string };
      const insert = partial.$client.prepare(
        "insert into outbox (kind, to_address, subject, body, dedupe_key) values (?, 'c@example.nl', 'S', 'B', ?)",
      );
      insert.run('reminder', `reminder:${report.id}:7`);
      insert.run('overdue', `overdue:${report.id}:7`);
      insert.run('overdue', 'overdue:999999:7'); // no such report: left as it is
      insert.run('approved', null);
      migrateDatabase(partial);
      expect(partial.$client.prepare('select kind, dedupe_key from outbox order by id').all()).toEqual([
        { kind: 'reminder', dedupe_key: `reminder:${report.region_id}:2026-10:7` },
        { kind: 'overdue', dedupe_key: `overdue:${report.region_id}:2026-10:7` },
        { kind: 'overdue', dedupe_key: 'overdue:999999:7' },
        { kind: 'approved', dedupe_key: null },
      ]);
      expect(reminderKey('overdue', report.region_id, '2026-10', 7)).toBe(
        `overdue:${report.region_id}:2026-10:7`,
      );
    } finally {
      partial.$client.close();
      fs.rmSync(folder, { recursive: true, force: true });
      for (const s of ['', '-wal', '-shm']) fs.rmSync(partialFile + s, { force: true });
    }
  });

  test('stored out-of-range periods and names with control characters of release 1 are reported after the upgrade and kept as they are', () => {
    const copy = path.join(os.tmpdir(), `proeftuinmonitor-upgrade-bad-${process.pid}.db`);
    fs.writeFileSync(copy, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
    const old = new Database(copy);
    // as release 1 accepted them
    const region = old.prepare('select id, slug from regions order by id limit 1').get() as {
      id: number;
      slug: string;
    };
    const user = old.prepare('select id from users order by id limit 1').get() as { id: number };
    const target = old.prepare('select id from indicator_targets order by id limit 1').get() as {
      id: number;
    };
    old.prepare("update regions set reporting_start = '0000-01' where id = ?").run(region.id);
    old.prepare("update users set name = 'Naam\r\nBcc: x@example.org' where id = ?").run(user.id);
    old.prepare("update indicator_targets set effective_from = '9999-01' where id = ?").run(target.id);
    const counts = Object.fromEntries(Object.keys(RELEASE_1_COUNTS).map((t) => [t, count(old, t)]));
    old.close();
    const upgraded = openDatabase(copy);
    try {
      migrateDatabase(upgraded);
      const problems = findStoredDataProblems(upgraded.$client, new Date('2026-11-10T09:00:00Z'));
      expect(problems.map((p) => [p.kind, p.field, p.id, p.value, p.href])).toEqual([
        ['period', 'regions.reporting_start', region.id, '0000-01', `/beheer/regios/${region.slug}`],
        ['period', 'indicator_targets.effective_from', target.id, '9999-01', '/doelen'],
        ['name', 'users.name', user.id, null, '/beheer'],
      ]);
      expect(describeForLog(problems).join('\n')).not.toContain('Bcc');
      // nothing deleted or changed; the audit log grows by the six area texts migration 0008 keeps
      expect(
        Object.fromEntries(Object.keys(RELEASE_1_COUNTS).map((t) => [t, count(upgraded.$client, t)])),
      ).toEqual({ ...counts, audit_log: counts.audit_log + 6 });
      expect(
        upgraded.$client.prepare('select reporting_start as s from regions where id = ?').get(region.id),
      ).toEqual({ s: '0000-01' });
    } finally {
      upgraded.$client.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
    }
  });

  test('migration 0009 (issue 27: accounts) keeps every password, marks the accounts active and starts no second factor', async () => {
    const q = 'select id, email, role, region_id, disabled, password_hash, created_at from users order by id';
    expect(db.$client.prepare(q).all()).toEqual(before.prepare(q).all());
    const rows = db.$client
      .prepare(
        'select email, created_at, activated_at, last_login_at, totp_secret, disabled_reason, password_hash from users order by id',
      )
      .all() as {
      email: string;
      created_at: string;
      activated_at: string;
      last_login_at: string | null;
      totp_secret: string | null;
      disabled_reason: string | null;
      password_hash: string;
    }[];
    expect(rows).toHaveLength(RELEASE_1_COUNTS.users);
    for (const r of rows) {
      expect(r.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(r.activated_at).toBe(r.created_at);
      expect(r.last_login_at).not.toBeNull();
      // no second factor yet: a role that requires one is asked to set it up at the next sign-in
      expect(r.totp_secret).toBeNull();
      expect(r.disabled_reason).toBeNull();
    }
    expect(count(db.$client, 'account_tokens')).toBe(0);
    expect(count(db.$client, 'recovery_codes')).toBe(0);
    expect(db.$client.prepare('select count(*) as n from sessions where stage is not null').get()).toEqual({
      n: 0,
    });
    // the user the admin of release 1 created signs in with the password typed then
    const res = await callRoute(login, {
      url: '/login',
      form: {
        email: 'beleid2@demo.proeftuinmonitor.nl',
        password: 'lang-genoeg-wachtwoord-2026!',
        redirectTo: '',
      },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/te-doen');
    expect(readTotpRoles()).toEqual(['manager', 'admin']);
  });

  test('the TOTP secrets this release stored in plain text are sealed in place by the migration step; codes still verify', async () => {
    // as the accounts release (migration 0009/0010) stored them: base32, readable in the file
    const people = db.$client.prepare('select id from users order by id limit 2').all() as { id: number }[];
    const plain = ['JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'];
    const put = db.$client.prepare('update users set totp_secret = ?, totp_last_step = null where id = ?');
    people.forEach((p, i) => put.run(plain[i], p.id));
    const read = () =>
      db.$client
        .prepare('select id, totp_secret as s from users where totp_secret is not null order by id')
        .all() as {
        id: number;
        s: string;
      }[];
    migrateDatabase(db);
    const sealed = read();
    expect(sealed.map((r) => r.id)).toEqual(people.map((p) => p.id));
    for (const [i, r] of sealed.entries()) {
      expect(r.s.startsWith('v1.')).toBe(true);
      expect(open(r.s, totpContext(r.id))).toBe(plain[i]);
    }
    expect(JSON.stringify(db.$client.prepare('select * from users').all())).not.toMatch(
      new RegExp(plain.join('|')),
    );
    // running again changes nothing
    expect(sealStoredTotpSecrets(db.$client)).toBe(0);
    expect(read()).toEqual(sealed);
    // the user's app still works: a code of the secret they scanned before the upgrade
    const { otp } = await generateTOTP({ secret: plain[0]!, period: 30 });
    expect(await verifySecondFactor(people[0]!.id, otp)).toBe('ok');
    // leave the shared database as it was
    db.$client.prepare('update users set totp_secret = null, totp_last_step = null').run();
  });

  test('migration 0007 (issue 20) moves experiments’ links from lasting safety to its successor, with history', () => {
    // A second copy, migrated up to 0006 only, with experiments linked the release-3 way.
    const partialFile = `${file}-0006`;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-0006-'));
    fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(
      0,
      journal.entries.findIndex((e) => e.tag.startsWith('0006_')) + 1,
    );
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(partialFile, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
    const partial = openDatabase(partialFile);
    try {
      migrate(partial, { migrationsFolder: folder });
      const ids = partial.$client.prepare('select id from experiments order by id limit 3').all() as {
        id: number;
      }[];
      const link = partial.$client.prepare('update experiments set indicators = ? where id = ?');
      link.run('["one_plan","lasting_safety"]', ids[0]!.id);
      link.run('["lasting_safety","recurrence_after_closure"]', ids[1]!.id);
      link.run('["one_plan"]', ids[2]!.id);
      const historyBefore = count(partial.$client, 'register_history');
      migrateDatabase(partial);
      const links = partial.$client.prepare('select indicators from experiments where id = ?');
      expect((links.get(ids[0]!.id) as { indicators: string }).indicators).toBe(
        '["one_plan","recurrence_after_closure"]',
      );
      // named twice after the move: once
      expect((links.get(ids[1]!.id) as { indicators: string }).indicators).toBe(
        '["recurrence_after_closure"]',
      );
      expect((links.get(ids[2]!.id) as { indicators: string }).indicators).toBe('["one_plan"]');
      expect(
        partial.$client
          .prepare(
            'select entity_id, field, old_value, new_value, user_id from register_history where id > 0 order by id desc limit 2',
          )
          .all()
          .reverse(),
      ).toEqual([
        {
          entity_id: ids[0]!.id,
          field: 'indicators',
          old_value: 'lasting_safety, one_plan',
          new_value: 'one_plan, recurrence_after_closure',
          user_id: null,
        },
        {
          entity_id: ids[1]!.id,
          field: 'indicators',
          old_value: 'lasting_safety, recurrence_after_closure',
          new_value: 'recurrence_after_closure',
          user_id: null,
        },
      ]);
      expect(count(partial.$client, 'register_history')).toBe(historyBefore + 2);
    } finally {
      partial.$client.close();
      fs.rmSync(folder, { recursive: true, force: true });
      for (const s of ['', '-wal', '-shm']) fs.rmSync(partialFile + s, { force: true });
    }
  });

  test('the definitions of issue 20 leave the stored months unknown where they need a new element, never 0', async () => {
    const { status, data } = await callRoute<{
      regions: {
        region: string;
        indicators: Record<string, { value: number | null; score: number | null }>;
      }[];
    }>(scores, { url: '/api/scores?period=2026-Q3', as: 'manager' });
    expect(status).toBe(200);
    expect(data.regions).toHaveLength(6);
    for (const r of data.regions) {
      for (const code of [
        'handovers_per_case',
        'reescalation',
        'independent_review',
        'days_to_help',
        'caseload',
        'caseload_local',
        'caseload_rvt',
        'recurrence_without_measure',
        'recurrence_with_measure',
        'investigations_without_petition',
        'request_to_decision',
      ])
        expect(r.indicators[code], `${r.region} ${code}`).toMatchObject({ value: null, score: null });
      // recurrence after closure reads only elements release 1 already had: a value from the stored
      // months (re-reports of 2026-Q3 over the closures of 2025-Q3)
      expect(r.indicators.recurrence_after_closure.value, r.region).toBeGreaterThan(0);
    }
  });

  test('migration 0008 (issue 20) keeps each region’s free-text area in the audit log, then drops it', () => {
    const areas = before.prepare("select id, area from regions where area <> '' order by id").all() as {
      id: number;
      area: string;
    }[];
    expect(areas).toHaveLength(6);
    const lastAudit = (before.prepare('select max(id) as m from audit_log').get() as { m: number }).m;
    const moved = db.$client
      .prepare(
        "select entity_type, entity_id, user_id, detail from audit_log where action = 'region.area_removed' and id > ? order by id",
      )
      .all(lastAudit) as { entity_type: string; entity_id: string; user_id: number | null; detail: string }[];
    expect(moved).toEqual(
      areas.map((a) => ({
        entity_type: 'region',
        entity_id: String(a.id),
        user_id: null,
        detail: JSON.stringify({ changes: { area: [a.area, null] } }),
      })),
    );
    // FoodValley's text named seven municipalities; its scope, shown instead, is what counts
    expect(areas.some((a) => a.area.startsWith('Ede, Barneveld'))).toBe(true);
    const columns = db.$client.prepare("select name from pragma_table_info('regions')").all() as {
      name: string;
    }[];
    expect(columns.map((c) => c.name)).not.toContain('area');
  });

  test('migration 0010 gives every table the figures read its three version triggers, and re-linking a release-1 experiment to its bottleneck raises the version', () => {
    for (const table of FIGURES_VERSION_TABLES) {
      const n = db.$client
        .prepare(
          "select count(*) as n from sqlite_master where type = 'trigger' and tbl_name = ? and sql like '%figures_version%'",
        )
        .get(table) as { n: number };
      expect([table, n.n]).toEqual([table, 3]);
    }
    const version = () =>
      (db.$client.prepare('select version from figures_version where id = 1').get() as { version: number })
        .version;
    const v = version();
    const link = db.$client
      .prepare(
        'select experiment_id as e, bottleneck_id as b from experiment_bottlenecks order by 1, 2 limit 1',
      )
      .get() as { e: number; b: number };
    const links = count(db.$client, 'experiment_bottlenecks');
    db.$client.transaction(() => {
      db.$client
        .prepare('delete from experiment_bottlenecks where experiment_id = ? and bottleneck_id = ?')
        .run(link.e, link.b);
      db.$client
        .prepare('insert into experiment_bottlenecks (experiment_id, bottleneck_id) values (?, ?)')
        .run(link.e, link.b);
    })();
    expect(count(db.$client, 'experiment_bottlenecks')).toBe(links);
    expect(version()).toBe(v + 2);
  });

  test('the migration of issue 23 (baselines from reference data) starts empty, keeps every region and baseline, and a fill raises the figures version', () => {
    expect(count(db.$client, 'region_reference_baselines')).toBe(0);
    // every region's stored baseline months are kept as they were
    const baselines = (d: Database.Database) =>
      d.prepare('select id, baseline_from, baseline_to from regions order by id').all();
    expect(baselines(db.$client)).toEqual(
      before.prepare('select id, null as baseline_from, null as baseline_to from regions order by id').all(),
    );
    const version = () =>
      (db.$client.prepare('select version from figures_version where id = 1').get() as { version: number })
        .version;
    const v = version();
    const region = (db.$client.prepare('select min(id) as id from regions').get() as { id: number }).id;
    db.$client
      .prepare(
        `insert into region_reference_baselines (region_id, code, value, period_from, period_to, series_code, label, source, source_table, retrieved_on)
         values (?, 'triage_on_time', 61.5, '2021-01', '2021-12', 'test', 'Test', 'Bron', 'Tabel', '2026-12-01')`,
      )
      .run(region);
    expect(version()).toBe(v + 1);
    db.$client.prepare('delete from region_reference_baselines').run();
    expect(version()).toBe(v + 2);
  });

  test('migration 0012 adds an empty table of control-limit recalculations that takes a release-1 region and user', () => {
    expect(count(db.$client, 'control_limit_recalculations')).toBe(0);
    const region = db.$client.prepare('select id from regions order by id limit 1').get() as { id: number };
    const user = db.$client.prepare('select id from users order by id limit 1').get() as { id: number };
    db.$client
      .prepare(
        'insert into control_limit_recalculations (indicator_code, region_id, from_month, reason, created_by) values (?, ?, ?, ?, ?)',
      )
      .run('one_plan', region.id, '2024-03', 'upgrade test', user.id);
    expect(count(db.$client, 'control_limit_recalculations')).toBe(1);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    db.$client.prepare('delete from control_limit_recalculations').run();
    // the rows users wrote are all still there
    for (const [table, n] of Object.entries(RELEASE_1_COUNTS))
      expect([table, count(db.$client, table) >= n]).toEqual([table, true]);
  });

  test('migration 0013 (issue 25: experience) adds empty experience tables and keeps the client rating history, readable', async () => {
    for (const table of [
      'experience_periods',
      'experience_counts',
      'experience_answers',
      'experience_mappings',
    ])
      expect([table, count(db.$client, table)]).toEqual([table, 0]);
    const rating =
      "select report_id, element_code, value from report_values where element_code in ('client_survey_score', 'client_survey_responses') order by 1, 2";
    const stored = db.$client.prepare(rating).all();
    expect(stored).toHaveLength(550);
    expect(stored).toEqual(before.prepare(rating).all());
    const ratingHistory = "select * from value_history where element_code like 'client_survey%' order by id";
    expect(db.$client.prepare(ratingHistory).all()).toEqual(before.prepare(ratingHistory).all());
    // Readable as before: the retired indicator still computes from the stored months.
    const res = await callRoute<{ regions: { region: string; series: { value: number | null }[] }[] }>(
      indicatorApi,
      {
        url: '/api/indicators/client_experience?from=2026-Q2',
        params: { indicator: 'client_experience' },
        as: 'manager',
      },
    );
    expect(res.status).toBe(200);
    const known = res.data.regions.filter((r) => r.series[0]!.value !== null);
    expect(known).toHaveLength(6);
  });

  test('migration 0017 (issue 26) starts an empty count of writes per month; a write to a release-1 report value counts under its month, beside the figures version', () => {
    expect(count(db.$client, 'figures_changes')).toBe(0);
    const version = () =>
      (db.$client.prepare('select version from figures_version where id = 1').get() as { version: number })
        .version;
    const v = version();
    const value = db.$client
      .prepare(
        `select v.report_id as id, v.element_code as code, v.value, r.period from report_values v
          join reports r on r.id = v.report_id where v.value is not null order by r.period, v.element_code limit 1`,
      )
      .get() as { id: number; code: string; value: number; period: string };
    const write = db.$client.prepare(
      'update report_values set value = ? where report_id = ? and element_code = ?',
    );
    write.run(value.value + 1, value.id, value.code);
    write.run(value.value, value.id, value.code);
    expect(version()).toBe(v + 2);
    expect(db.$client.prepare('select period, changes from figures_changes').all()).toEqual([
      { period: value.period, changes: 2 },
    ]);
    db.$client.prepare('delete from figures_changes').run();
    // the value is as release 1 stored it
    expect(
      db.$client
        .prepare('select value from report_values where report_id = ? and element_code = ?')
        .get(value.id, value.code),
    ).toEqual(
      before
        .prepare('select value from report_values where report_id = ? and element_code = ?')
        .get(value.id, value.code),
    );
  });

  test('the upgraded database serves the overview to a manager', async () => {
    const { status } = await callRoute(overview, { url: '/overzicht', as: 'manager' });
    expect(status).toBe(200);
  });
});
