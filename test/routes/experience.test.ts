/**
 * Experience counts (issue 25) through the routes: an import in a region's own columns, a refused
 * import that stores nothing, the manager's approval, and what a reviewer is shown.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, test } from 'vitest';
import { regions } from '#db/schema';
import * as experienceModule from '#app/routes/_app.regios.$region.ervaring/route';
import * as regionModule from '#app/routes/_app.regios.$region._index/route';
import * as overviewModule from '#app/routes/_app.overzicht/route';
import * as progressModule from '#app/routes/_app.voortgang/route';
import * as templateModule from '#app/routes/export.ervaring-sjabloon[.csv]/route';
import type { ExperienceBlockData } from '#app/domain/experience-figures';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';
import { DEMO_USERS } from '#test/demo-users';
import { sessionCookieFor } from '#test/requests';

const db = setupTestDatabase('seeded');
// The template's periods and which periods have ended depend on the day: 7 December 2026.
beforeEach(() => setToday('2026-12-07'));
type ActionReply = {
  fileError: string | null;
  notice: string | null;
  plan: { errors: { line: number; message: string }[]; lines: unknown[] } | null;
  mappingError: string | null;
};
type Block = { experience: ExperienceBlockData };

const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
const storedAnswers = (slug: string, period: string) =>
  db.get<{ n: number; answered: number | null; agreed: number | null }>(sql`
    select count(*) as n, sum(a.answered) as answered, sum(a.agreed) as agreed from experience_answers a
    join experience_counts c on c.id = a.count_id join experience_periods p on p.id = c.period_id
    where p.region_id = ${regionId(slug)} and p.period = ${period}`)!;
const statusOf = (slug: string, period: string) =>
  db.get<{ status: string }>(
    sql`select status from experience_periods where region_id = ${regionId(slug)} and period = ${period}`,
  )?.status ?? null;
const call = (as: string, slug: string, form?: Record<string, string>, cookie?: string) =>
  callRoute<ActionReply>(experienceModule, {
    url: `/regios/${slug}/ervaring`,
    params: { region: slug },
    ...(cookie ? { cookie } : { as }),
    form,
  });

// West-Brabant West has not delivered 2026-Q3: its tool exports "Meetperiode;Doelgroep;…".
const TOOL_CSV = [
  'Meetperiode;Doelgroep;route;Verstuurd;Ingevuld;Item;N;Top2',
  '2026-Q3;parents;local;150;45;parent_heard;44;31',
  '2026-Q3;parents;local;150;45;parent_rights;45;20',
  '2026-Q3;parents;measure;20;6;parent_heard;6;2',
  '2026-Q3;youth;safety;;12;youth_listened;12;8',
].join('\r\n');

describe('the experience import', () => {
  test('with the region’s column mapping: the dry run stores nothing, the apply stores every line, submitted', async () => {
    const saved = await call('coordinator.west-brabant-west', 'west-brabant-west', {
      intent: 'mapping',
      'col-periode': 'Meetperiode',
      'col-groep': 'Doelgroep',
      'col-uitgenodigd': 'Verstuurd',
      'col-gerespondeerd': 'Ingevuld',
      'col-vraag': 'Item',
      'col-beantwoord': 'N',
      'col-eens': 'Top2',
    });
    expect(saved.status).toBe(200);
    expect(saved.data.notice).toBe('De kolomindeling is opgeslagen.');

    const cookie = await sessionCookieFor(DEMO_USERS['coordinator.west-brabant-west']);
    const before = tableChecksums(db.$client);
    const check = await call('', 'west-brabant-west', { intent: 'check', csv: TOOL_CSV }, cookie);
    expect(check.status).toBe(200);
    expect(check.data.plan!.errors).toEqual([]);
    expect(check.data.plan!.lines).toHaveLength(4);
    expect(tableChecksums(db.$client)).toEqual(before);

    const apply = await call('coordinator.west-brabant-west', 'west-brabant-west', {
      intent: 'apply',
      csv: TOOL_CSV,
    });
    expect(apply.status).toBe(200);
    expect(apply.data.notice).toBe(
      'De tellingen zijn opgeslagen (4 regels) en wachten op goedkeuring door een programmamanager.',
    );
    expect(storedAnswers('west-brabant-west', '2026-Q3')).toEqual({ n: 4, answered: 107, agreed: 61 });
    expect(statusOf('west-brabant-west', '2026-Q3')).toBe('submitted');
    const invited = db.all<{ route: string; invited: number | null; responded: number }>(sql`
      select c.route, c.invited, c.responded from experience_counts c join experience_periods p on p.id = c.period_id
      where p.region_id = ${regionId('west-brabant-west')} and p.period = '2026-Q3' and c."group" = 'youth'`);
    expect(invited).toEqual([{ route: 'safety', invited: null, responded: 12 }]);
    const audit = db.get<{ n: number }>(
      sql`select count(*) as n from audit_log where action in ('experience.import', 'experience.mapping')`,
    )!;
    expect(audit.n).toBe(2);
  });

  test('a file breaking a hard rule is refused with every error, and nothing is stored', async () => {
    const bad = [
      'periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens',
      '2024-Q1;parents;local;100;30;parent_heard;30;31',
      '2024-Q1;parents;safety;20;25;parent_heard;20;10',
    ].join('\n');
    const cookie = await sessionCookieFor(DEMO_USERS['coordinator.utrecht']);
    const before = tableChecksums(db.$client);
    for (const intent of ['check', 'apply']) {
      const res = await call('', 'utrecht', { intent, csv: bad }, cookie);
      expect(res.status).toBe(400);
      expect(res.data.plan!.errors).toEqual([
        {
          line: 2,
          message: '2024-Q1 parents local: Ik voelde me gehoord: eens (31) is meer dan beantwoord (30).',
        },
        { line: 3, message: '2024-Q1 parents safety: Gerespondeerd (25) is meer dan uitgenodigd (20).' },
      ]);
    }
    expect(tableChecksums(db.$client)).toEqual(before);
  });

  test('an approved, unfinished or too old period cannot be imported; another region’s coordinator may not import at all', async () => {
    const csv =
      'periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens\n2026-Q2;parents;local;100;30;parent_heard;30;20';
    const res = await call('coordinator.utrecht', 'utrecht', { intent: 'check', csv });
    expect(res.status).toBe(400);
    expect(res.data.plan!.errors).toEqual([
      {
        line: 2,
        message:
          '2026-Q2 is al goedgekeurd en kan niet opnieuw worden ingelezen. Vraag een programmamanager om contact.',
      },
    ]);
    const early = csv.replace('2026-Q2', '2014-Q4');
    const late = csv.replace('2026-Q2', '2026-Q4');
    expect(
      (await call('coordinator.utrecht', 'utrecht', { intent: 'check', csv: early })).data.plan!.errors,
    ).toEqual([{ line: 2, message: '2014-Q4 ligt voor 2015: zo oude tellingen neemt de monitor niet op.' }]);
    expect(
      (await call('coordinator.utrecht', 'utrecht', { intent: 'check', csv: late })).data.plan!.errors,
    ).toEqual([{ line: 2, message: '2026-Q4 is nog niet afgelopen.' }]);
    expect((await call('coordinator.zeeland', 'utrecht', { intent: 'check', csv })).status).toBe(403);
    expect((await call('reviewer', 'utrecht')).status).toBe(403);
  });

  test('the template lists every group, route and item of the last ended quarter and half-year (2026-Q3, 2026-H1 on 7 December 2026)', async () => {
    const res = await callRoute<string>(templateModule, {
      url: '/export/ervaring-sjabloon.csv',
      as: 'coordinator.utrecht',
    });
    const lines = res.data
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens');
    expect(lines).toHaveLength(41);
    expect(lines[1]).toBe('2026-Q3;parents;local;;;parent_heard;;');
    expect(lines[40]).toBe('2026-H1;prof_safety;all;;;prof_reflection;;');
  });
});

describe('approval and what a reviewer sees', () => {
  const zeeland = () => regionId('zeeland');
  const regionBlock = async (as: string) =>
    (
      await callRoute<Block>(regionModule, {
        url: '/regios/zeeland?period=2026-Q3',
        params: { region: 'zeeland' },
        as,
      })
    ).data.experience;
  const latest = (b: ExperienceBlockData) =>
    b.groups.find((g) => g.group === 'parents')!.regions[0]!.figures[0]!.current.to;

  test('before approval a reviewer sees Zeeland’s parents up to 2026-Q2, a manager 2026-Q3', async () => {
    expect(latest(await regionBlock('reviewer'))).toBe('2026-Q2');
    expect(latest(await regionBlock('manager1'))).toBe('2026-Q3');
    expect(latest(await regionBlock('coordinator.zeeland'))).toBe('2026-Q3');
  });

  test('a coordinator may not approve; a manager approves, audited, and then the reviewer sees 2026-Q3', async () => {
    expect(
      (await call('coordinator.zeeland', 'zeeland', { intent: 'approve', period: '2026-Q3' })).status,
    ).toBe(403);
    expect(statusOf('zeeland', '2026-Q3')).toBe('submitted');
    const res = await call('manager1', 'zeeland', { intent: 'approve', period: '2026-Q3' });
    expect(res.status).toBe(200);
    expect(res.data.notice).toBe('2026-Q3 is goedgekeurd; reviewers zien de tellingen nu.');
    expect(statusOf('zeeland', '2026-Q3')).toBe('approved');
    const again = await call('manager1', 'zeeland', { intent: 'approve', period: '2026-Q3' });
    expect(again.status).toBe(400);
    const audit = db.get<{ n: number }>(
      sql`select count(*) as n from audit_log where action = 'experience.approve' and entity_id = ${String(zeeland())}`,
    )!;
    expect(audit.n).toBe(1);
    expect(latest(await regionBlock('reviewer'))).toBe('2026-Q3');
  });

  test('a manager reopens an approved period with a reason (audited): reviewers no longer see it, a new import is accepted', async () => {
    expect(
      (await call('manager1', 'zeeland', { intent: 'reopen', period: '2026-Q3', reason: '' })).status,
    ).toBe(400);
    expect(
      (await call('coordinator.zeeland', 'zeeland', { intent: 'reopen', period: '2026-Q3', reason: 'fout' }))
        .status,
    ).toBe(403);
    const res = await call('manager1', 'zeeland', {
      intent: 'reopen',
      period: '2026-Q3',
      reason: 'Verkeerde export',
    });
    expect(res.status).toBe(200);
    expect(statusOf('zeeland', '2026-Q3')).toBe('submitted');
    expect(latest(await regionBlock('reviewer'))).toBe('2026-Q2');
    const audit = db.get<{ detail: string }>(
      sql`select detail from audit_log where action = 'experience.reopen'`,
    )!;
    expect(JSON.parse(audit.detail)).toEqual({ period: '2026-Q3', reason: 'Verkeerde export' });
    const csv =
      'periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens\n2026-Q3;parents;local;100;30;parent_heard;30;20';
    expect((await call('coordinator.zeeland', 'zeeland', { intent: 'check', csv })).status).toBe(200);
    expect((await call('manager1', 'zeeland', { intent: 'approve', period: '2026-Q3' })).status).toBe(200);
  });

  test('a reviewer’s block, on every page: rounded counts, and no share, interval or n where it is hidden', async () => {
    const blocks = [
      (await callRoute<Block>(overviewModule, { url: '/overzicht?period=2026-Q3', as: 'reviewer' })).data
        .experience,
      (await callRoute<Block>(progressModule, { url: '/voortgang?period=2026-Q3', as: 'reviewer' })).data
        .experience,
      await regionBlock('reviewer'),
    ];
    let hidden = 0;
    let shown = 0;
    for (const block of blocks) {
      expect(block.rounded).toBe(true);
      for (const g of block.groups)
        for (const r of g.regions)
          for (const f of r.figures) {
            for (const w of [f.current, f.first]) {
              if (!w) continue;
              if (w.state === 'shown') {
                shown++;
                expect(w.n! % 5).toBe(0);
                expect(w.n!).toBeGreaterThanOrEqual(10);
              } else {
                hidden++;
                expect([w.share, w.low, w.high, w.n, w.agreed]).toEqual([null, null, null, null, undefined]);
              }
            }
            expect(f.responded % 5).toBe(0);
            if (f.invited !== null) expect(f.invited % 5).toBe(0);
          }
    }
    expect(shown).toBeGreaterThan(100);
    // FoodValley's young people with a measure answer in single figures: hidden, with the windows around them
    expect(hidden).toBeGreaterThan(0);
    // West-Brabant West's own import is not approved: the reviewer's overview has its parents only up to 2026-Q2
    const wbw = blocks[0]!.groups
      .find((g) => g.group === 'parents')!
      .regions.find((r) => r.regionId === regionId('west-brabant-west'))!;
    expect(wbw.figures[0]!.current.to).toBe('2026-Q2');
  });

  test('the per-route table: no route below 10 answers shown, and none recomputable from the total and the other routes', async () => {
    const block = (
      await callRoute<Block>(progressModule, { url: '/voortgang?period=2026-Q3', as: 'reviewer' })
    ).data.experience;
    // the exact answers of a route over a window, approved periods only (what the publication reads)
    const exact = (regionId: number, group: string, route: string, item: string, from: string, to: string) =>
      db.get<{ answered: number }>(sql`
        select coalesce(sum(a.answered), 0) as answered from experience_answers a
        join experience_counts c on c.id = a.count_id join experience_periods p on p.id = c.period_id
        where p.region_id = ${regionId} and c."group" = ${group} and c.route = ${route} and a.item = ${item}
          and p.period between ${from} and ${to} and p.status = 'approved'`)!.answered;
    let rows = 0;
    let complementary = 0;
    for (const g of block.groups.filter((g) => g.group === 'parents' || g.group === 'youth')) {
      expect(g.routes!.length).toBe(g.regions.length * g.items.length);
      for (const row of g.routes!) {
        rows++;
        const figure = g.regions
          .find((r) => r.regionId === row.regionId)!
          .figures.find((f) => f.item === row.item)!;
        const { from, to } = figure.current;
        const answered = row.routes.map((r) => exact(row.regionId, g.group, r.route, row.item, from, to));
        row.routes.forEach((r, i) => {
          if (r.share.state === 'shown') {
            expect(answered[i]).toBeGreaterThanOrEqual(10);
            expect(r.share.n! % 5).toBe(0);
          } else expect([r.share.share, r.share.n]).toEqual([null, null]);
          if (r.complementary) complementary++;
        });
        // the attack: where the total is shown, the routes hidden with answers are never one alone
        // and never fewer than 10 answers together
        if (figure.current.state !== 'shown') continue;
        const hidden = row.routes
          .map((r, i) => ({ r, a: answered[i]! }))
          .filter((x) => x.a > 0 && x.r.share.state !== 'shown');
        if (hidden.length === 0) continue;
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hidden.reduce((s, x) => s + x.a, 0)).toBeGreaterThanOrEqual(10);
      }
    }
    expect(rows).toBeGreaterThan(50);
    // FoodValley's young people with a measure answer in single figures: another route hidden with them
    expect(complementary).toBeGreaterThan(0);
  });
});
