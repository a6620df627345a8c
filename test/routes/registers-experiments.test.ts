import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  auditLog,
  bottlenecks,
  experimentBottlenecks,
  experiments,
  registerHistory,
  regions,
} from '#db/schema';
import { SEED_EXPERIMENTS } from '#seeds/registers';
import * as listModule from '#app/routes/_app.experimenten._index/route';
import * as createModule from '#app/routes/_app.experimenten.nieuw/route';
import * as detailModule from '#app/routes/_app.experimenten.$id/route';
import * as editModule from '#app/routes/_app.experimenten.$id_.bewerken/route';
import * as lessonsModule from '#app/routes/_app.experimenten.lessen/route';
import * as csvModule from '#app/routes/experimenten[.csv]/route';
import { todayIso } from '#app/domain/registers';
import { callRoute, type RouteResult } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import type { DemoUser } from '#test/demo-users';
import { experimentFields } from '#test/form-builders';

const db = setupTestDatabase('seeded');
type Loaded<M extends { loader: (...a: never[]) => unknown }> = Awaited<ReturnType<M['loader']>>;
type Form = Record<string, string | string[]>;
const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
type Reply = { result: { error?: Record<string, string[]> } };
const create = (as: DemoUser, form: Form) =>
  callRoute<Reply>(createModule, { url: '/experimenten/nieuw', as, form });
const edit = (as: DemoUser, id: number, form?: Form) =>
  callRoute<Reply>(editModule, { url: `/experimenten/${id}/bewerken`, as, params: { id: String(id) }, form });
const editForm = async (as: DemoUser, id: number) =>
  (await edit(as, id)).data as unknown as Loaded<typeof editModule>;
const detail = async (as: DemoUser, id: number) =>
  (
    await callRoute<Loaded<typeof detailModule>>(detailModule, {
      url: `/experimenten/${id}`,
      as,
      params: { id: String(id) },
    })
  ).data;
const lessons = async (query: string) =>
  (
    await callRoute<Loaded<typeof lessonsModule>>(lessonsModule, {
      url: `/experimenten/lessen${query}`,
      as: 'reviewer',
    })
  ).data;
/** The id in the address a create redirects to. */
const createdId = (r: RouteResult) => Number(r.headers.get('Location')!.match(/\/experimenten\/(\d+)/)![1]);
const EXISTING = db
  .select()
  .from(experiments)
  .where(eq(experiments.regionId, regionId('utrecht')))
  .get()!.id;

function validFields(slug: string, extra: Record<string, string | string[]> = {}) {
  return {
    regionId: String(regionId(slug)),
    title: 'Eén gezin, één plan in de wijk',
    hypothesis: 'Minder overdrachten.',
    principles: ['family', 'simple'],
    themes: ['local_team'],
    status: 'idee',
    ...extra,
  };
}

function snapshot() {
  return {
    experiments: db.select({ n: count() }).from(experiments).get()!.n,
    history: db.select({ n: count() }).from(registerHistory).get()!.n,
    links: db.select({ n: count() }).from(experimentBottlenecks).get()!.n,
    audit: db.select({ n: count() }).from(auditLog).get()!.n,
    versions: db.select({ id: experiments.id, v: experiments.version }).from(experiments).all(),
  };
}

async function list(query: string) {
  const url = `/experimenten${query}`;
  return (await callRoute<Loaded<typeof listModule>>(listModule, { url, as: 'reviewer' })).data;
}

describe('experiment list', () => {
  test('filters return the exact seeded counts', async () => {
    const cases: [string, (e: (typeof SEED_EXPERIMENTS)[number]) => boolean][] = [
      ['', () => true],
      ['?region=utrecht', (e) => e.region === 'utrecht'],
      ['?status=lopend', (e) => e.status === 'lopend'],
      ['?principle=legal', (e) => e.principles.includes('legal')],
      ['?theme=adult_mental_health', (e) => e.themes.includes('adult_mental_health')],
      ['?partner=police', (e) => e.partners.includes('police')],
      [
        '?region=rotterdam-rijnmond&principle=family',
        (e) => e.region === 'rotterdam-rijnmond' && e.principles.includes('family'),
      ],
      ['?status=geborgd&partner=gi', (e) => e.status === 'geborgd' && e.partners.includes('gi')],
    ];
    for (const [query, match] of cases) {
      const data = await list(query);
      expect(data.experiments.length, query).toBe(SEED_EXPERIMENTS.filter(match).length);
    }
    expect((await list('')).experiments).toHaveLength(SEED_EXPERIMENTS.length);
  });

  test('text search looks in title, hypothesis and description; unknown filter values are ignored', async () => {
    const word = 'veiligheidsplan';
    const expected = SEED_EXPERIMENTS.filter((e) =>
      [e.title, e.hypothesis, e.description].some((t) => t.toLowerCase().includes(word)),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect((await list(`?q=${word}`)).experiments).toHaveLength(expected);
    expect((await list('?status=onzin&principle=x')).experiments).toHaveLength(SEED_EXPERIMENTS.length);
    expect((await list('?q=%25')).experiments).toHaveLength(0);
  });

  test('sorting by title descending reverses the order', async () => {
    const asc = (await list('?sort=title')).experiments.map((e) => e.title);
    const desc = (await list('?sort=title&dir=desc')).experiments.map((e) => e.title);
    expect(desc).toEqual([...asc].reverse());
    expect(asc[0].localeCompare(asc[1], 'nl')).toBeLessThanOrEqual(0);
  });

  test('the admin has no access to the registers', async () => {
    expect((await callRoute(listModule, { url: '/experimenten' })).status).toBe(302);
    expect((await callRoute(listModule, { url: '/experimenten', as: 'admin' })).status).toBe(403);
  });

  test('the CSV export is UTF-8 with BOM and semicolons, one line per filtered experiment', async () => {
    const res = await callRoute<string>(csvModule, {
      url: '/experimenten.csv?region=zeeland',
      as: 'manager',
    });
    const text = res.data;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    // The columns follow the field list (register-fields.ts), the named indicators included.
    expect(lines[0]).toBe(
      'id;Regio;Titel;Wat willen we leren (hypothese);Beschrijving;Basisprincipes;Thema’s;Betrokken partners;' +
        'Status;Status sinds;Startdatum;Einddatum;Uitkomst van de evaluatie;Geleerde lessen;' +
        'Indicatoren die het experiment wil bewegen',
    );
    expect(lines).toHaveLength(1 + SEED_EXPERIMENTS.filter((e) => e.region === 'zeeland').length);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });
});

describe('access to writing', () => {
  test('a coordinator of another region is refused on every register action and nothing changes', async () => {
    const target = db
      .select()
      .from(experiments)
      .where(eq(experiments.regionId, regionId('utrecht')))
      .get()!;
    const before = snapshot();
    const attempts = [
      () => edit('coordinator.zeeland', target.id),
      () =>
        edit(
          'coordinator.zeeland',
          target.id,
          validFields('utrecht', { version: String(target.version), status: target.status }),
        ),
      () => create('coordinator.zeeland', validFields('utrecht')),
    ];
    for (const attempt of attempts) expect((await attempt()).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test('a coordinator cannot move an own experiment into another region', async () => {
    const own = db
      .select()
      .from(experiments)
      .where(eq(experiments.regionId, regionId('zeeland')))
      .get()!;
    const before = snapshot();
    const r = await edit(
      'coordinator.zeeland',
      own.id,
      validFields('utrecht', { version: String(own.version), status: own.status }),
    );
    expect(r.status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test('a reviewer reads but cannot open the form or create', async () => {
    expect((await callRoute(createModule, { url: '/experimenten/nieuw', as: 'reviewer' })).status).toBe(403);
    const before = snapshot();
    const r = await create('reviewer', validFields('utrecht'));
    expect(r.status).toBe(403);
    expect(snapshot()).toEqual(before);
    expect((await detail('reviewer', 1)).canEdit).toBe(false);
  });
});

describe('creating and editing', () => {
  test('a coordinator creates an experiment in the own region; every field is in the history and audited', async () => {
    const r = await create('coordinator.zeeland', validFields('zeeland', { bottleneckIds: ['1'] }));
    expect(r.status).toBe(302);
    const id = createdId(r);
    const row = db.select().from(experiments).where(eq(experiments.id, id)).get()!;
    expect(row).toMatchObject({
      status: 'idee',
      statusSince: todayIso(),
      version: 1,
      principles: ['family', 'simple'],
    });
    const history = db
      .select()
      .from(registerHistory)
      .where(and(eq(registerHistory.entityType, 'experiment'), eq(registerHistory.entityId, id)))
      .all();
    expect(history.map((h) => [h.field, h.newValue])).toEqual([
      ['regionId', String(regionId('zeeland'))],
      ['title', 'Eén gezin, één plan in de wijk'],
      ['hypothesis', 'Minder overdrachten.'],
      ['principles', 'family, simple'],
      ['themes', 'local_team'],
      ['status', 'idee'],
      ['bottleneckIds', '1'],
    ]);
    expect(
      db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'experiment.create'), eq(auditLog.entityId, String(id))))
        .get()!.n,
    ).toBe(1);
    const page = await detail('manager', id);
    expect(page.history).toHaveLength(7);
    const zeelandName = db.select().from(regions).where(eq(regions.slug, 'zeeland')).get()!.name;
    const linkedTitle = page.experiment.bottlenecks[0].title;
    expect(page.history.find((h) => h.field === 'regionId')!.newValue).toBe(zeelandName);
    expect(page.history.find((h) => h.field === 'bottleneckIds')!.newValue).toBe(linkedTitle);
    expect(page.experiment.bottlenecks.map((b) => b.id)).toEqual([1]);
  });

  test('a link made on the experiment form is in the history of the bottleneck too (same region)', async () => {
    // a bottleneck of Zeeland itself: a link to another region's is recorded on the linking side only
    // (test/routes/cross-region-link.test.ts)
    const zeeland = db.select().from(regions).where(eq(regions.slug, 'zeeland')).get()!;
    const BN = db.select().from(bottlenecks).where(eq(bottlenecks.regionId, zeeland.id)).get()!.id;
    const before = db
      .select({ id: experimentBottlenecks.experimentId })
      .from(experimentBottlenecks)
      .where(eq(experimentBottlenecks.bottleneckId, BN))
      .all()
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const id = createdId(
      await create('coordinator.zeeland', validFields('zeeland', { bottleneckIds: [String(BN)] })),
    );
    const rows = db
      .select()
      .from(registerHistory)
      .where(and(eq(registerHistory.entityType, 'bottleneck'), eq(registerHistory.entityId, BN)))
      .all();
    expect(rows.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      [
        'experimentIds',
        before.length ? before.map(String).sort().join(', ') : null,
        [...before, id].map(String).sort().join(', '),
      ],
    ]);
    const edited = await edit('coordinator.zeeland', id, validFields('zeeland', { version: '1' }));
    expect(edited.status).toBe(302);
    expect(
      db.select().from(experimentBottlenecks).where(eq(experimentBottlenecks.experimentId, id)).all(),
    ).toEqual([]);
    const last = db
      .select()
      .from(registerHistory)
      .where(and(eq(registerHistory.entityType, 'bottleneck'), eq(registerHistory.entityId, BN)))
      .all()
      .at(-1)!;
    expect([last.field, last.newValue]).toEqual([
      'experimentIds',
      before.length ? before.map(String).sort().join(', ') : null,
    ]);
  });

  test('the indicators an experiment aims to move are stored, shown, in the history, and edited', async () => {
    const r = await create(
      'coordinator.zeeland',
      validFields('zeeland', { indicators: ['one_plan', 'recurrence_after_closure'] }),
    );
    expect(r.status).toBe(302);
    const id = createdId(r);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.indicators).toEqual([
      'one_plan',
      'recurrence_after_closure',
    ]);
    const form = await editForm('coordinator.zeeland', id);
    expect(form.experiment.indicators).toEqual(['one_plan', 'recurrence_after_closure']);
    const edited = await edit(
      'coordinator.zeeland',
      id,
      validFields('zeeland', { version: '1', indicators: ['recurrence_after_closure'] }),
    );
    expect(edited.status).toBe(302);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.indicators).toEqual([
      'recurrence_after_closure',
    ]);
    const history = db
      .select()
      .from(registerHistory)
      .where(
        and(
          eq(registerHistory.entityType, 'experiment'),
          eq(registerHistory.entityId, id),
          eq(registerHistory.field, 'indicators'),
        ),
      )
      .all();
    expect(history.map((h) => [h.oldValue, h.newValue])).toEqual([
      [null, 'one_plan, recurrence_after_closure'],
      ['one_plan, recurrence_after_closure', 'recurrence_after_closure'],
    ]);
  });

  test('an outcome rate per 10,000 children can be named as a target (#23), and is shown by its name', async () => {
    const r = await create(
      'coordinator.zeeland',
      validFields('zeeland', { indicators: ['measures_rate', 'one_plan'] }),
    );
    expect(r.status).toBe(302);
    const id = createdId(r);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.indicators).toEqual([
      'measures_rate',
      'one_plan',
    ]);
    const history = db
      .select()
      .from(registerHistory)
      .where(
        and(
          eq(registerHistory.entityType, 'experiment'),
          eq(registerHistory.entityId, id),
          eq(registerHistory.field, 'indicators'),
        ),
      )
      .all();
    expect(history.map((h) => h.newValue)).toEqual(['measures_rate, one_plan']);
  });

  test('an indicator outside the catalogue is refused with a Dutch message and nothing changes', async () => {
    const before = snapshot();
    const r = await create(
      'coordinator.zeeland',
      validFields('zeeland', { indicators: ['one_plan', 'bestaat_niet'] }),
    );
    expect(r.status).toBe(400);
    expect(r.data.result.error).toEqual({
      'indicators[1]': [
        'Kies de indicatoren uit de lijst van de monitor (tellingen van de registers horen daar niet bij).',
      ],
    });
    expect(snapshot()).toEqual(before);
  });

  test('invalid input is refused with Dutch messages and nothing is stored', async () => {
    const before = snapshot();
    const r = await create('coordinator.zeeland', {
      regionId: String(regionId('zeeland')),
      title: 'x',
      status: 'idee',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(r.status).toBe(400);
    expect(r.data.result.error).toEqual({
      title: ['Geef een titel van 3 tot 200 tekens.'],
      principles: ['Kies minstens één basisprincipe.'],
      endDate: ['De einddatum mag niet vóór de startdatum liggen.'],
    });
    expect(snapshot()).toEqual(before);
  });

  test('a manager naming a region that does not exist gets the region message (400), not a 500; nothing is stored', async () => {
    const before = snapshot();
    const missing =
      Math.max(
        ...db
          .select()
          .from(regions)
          .all()
          .map((r) => r.id),
      ) + 1;
    for (const [module, url, params] of [
      [createModule, '/experimenten/nieuw', {}],
      [editModule, `/experimenten/${EXISTING}/bewerken`, { id: String(EXISTING) }],
    ] as const) {
      const res = await callRoute<Reply>(module, {
        url,
        params,
        as: 'manager',
        form: {
          ...experimentFields(db, EXISTING)!,
          ...(url.endsWith('nieuw') ? { version: [] } : {}),
          regionId: String(missing),
        },
      });
      expect([url, res.status, res.data.result.error]).toEqual([url, 400, { regionId: ['Kies de regio.'] }]);
    }
    expect(snapshot()).toEqual(before);
  });

  test('status moves: one step at a time, closing needs the evaluation, each move in the history', async () => {
    const id = createdId(await create('coordinator.zeeland', validFields('zeeland', { status: 'lopend' })));
    const move = (fields: Form) => edit('coordinator.zeeland', id, validFields('zeeland', fields));

    const skip = await move({ status: 'geborgd', outcome: 'effectief', lessons: 'Werkt.', version: '1' });
    expect(skip.status).toBe(400);
    expect(skip.data.result.error).toEqual({
      status: ['Van "Lopend" naar "Geborgd" is geen toegestane statusovergang.'],
    });

    expect((await move({ status: 'evaluatie', version: '1' })).status).toBe(302);
    const noEvaluation = await move({ status: 'geborgd', version: '2' });
    expect(noEvaluation.status).toBe(400);
    expect(Object.keys(noEvaluation.data.result.error!)).toEqual(['outcome', 'lessons']);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.status).toBe('evaluatie');

    const stale = await move({ status: 'geborgd', outcome: 'effectief', lessons: 'Werkt.', version: '1' });
    expect(stale.status).toBe(409);

    expect(
      (await move({ status: 'geborgd', outcome: 'effectief', lessons: 'Werkt in elke wijk.', version: '2' }))
        .status,
    ).toBe(302);
    const row = db.select().from(experiments).where(eq(experiments.id, id)).get()!;
    expect(row).toMatchObject({
      status: 'geborgd',
      outcome: 'effectief',
      lessons: 'Werkt in elke wijk.',
      version: 3,
      statusSince: todayIso(),
    });
    const moves = db
      .select()
      .from(registerHistory)
      .where(
        and(
          eq(registerHistory.entityType, 'experiment'),
          eq(registerHistory.entityId, id),
          eq(registerHistory.field, 'status'),
        ),
      )
      .all()
      .map((h) => [h.oldValue, h.newValue]);
    expect(moves).toEqual([
      [null, 'lopend'],
      ['lopend', 'evaluatie'],
      ['evaluatie', 'geborgd'],
    ]);
    expect(
      db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'experiment.status'), eq(auditLog.entityId, String(id))))
        .get()!.n,
    ).toBe(2);

    const closed = await lessons('?principle=family');
    expect(closed.lessons.some((l) => l.id === id && l.lessons === 'Werkt in elke wijk.')).toBe(true);
  });

  test('a manager may edit any region; the lessons page counts closed experiments with lessons', async () => {
    const target = db
      .select()
      .from(experiments)
      .where(eq(experiments.regionId, regionId('utrecht')))
      .get()!;
    expect((await editForm('manager', target.id)).regions).toHaveLength(6);
    const closed = await lessons('?theme=local_team');
    const seeded = SEED_EXPERIMENTS.filter(
      (e) => ['geborgd', 'gestopt'].includes(e.status) && e.themes.includes('local_team'),
    );
    expect(closed.lessons.filter((l) => l.id <= SEED_EXPERIMENTS.length)).toHaveLength(seeded.length);
  });
});
