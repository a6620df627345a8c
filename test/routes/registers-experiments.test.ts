import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  auditLog,
  bottlenecks,
  experimentBottlenecks,
  experiments,
  registerHistory,
  regions,
} from '../../db/schema';
import { SEED_EXPERIMENTS } from '../../seeds/registers';
import { loader as listLoader } from '../../app/routes/_app.experimenten._index/route';
import { action as createAction, loader as newLoader } from '../../app/routes/_app.experimenten.nieuw/route';
import { loader as detailLoader } from '../../app/routes/_app.experimenten.$id/route';
import {
  action as editAction,
  loader as editLoader,
} from '../../app/routes/_app.experimenten.$id_.bewerken/route';
import { loader as lessonsLoader } from '../../app/routes/_app.experimenten.lessen/route';
import { loader as csvLoader } from '../../app/routes/experimenten[.csv]/route';
import { todayIso } from '../../app/domain/registers';
import * as createModule from '../../app/routes/_app.experimenten.nieuw/route';
import * as editModule from '../../app/routes/_app.experimenten.$id_.bewerken/route';
import { callRoute } from '../call-route';
import { setupTestDatabase } from '../db';
import { experimentFields } from '../form-builders';
import { getRequest, postRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const coordinator = (slug: string) => sessionCookieFor(`coordinator.${slug}@demo.proeftuinmonitor.nl`);
const manager = () => sessionCookieFor('manager1@demo.proeftuinmonitor.nl');
const reviewer = () => sessionCookieFor('reviewer@demo.proeftuinmonitor.nl');
const admin = () => sessionCookieFor('admin@demo.proeftuinmonitor.nl');
const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
type Reply = { data: { result: { error?: Record<string, string[]> } } };
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
  return listLoader(args(getRequest(`/experimenten${query}`, await reviewer())));
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
    const r = await settle(() => listLoader(args(getRequest('/experimenten', undefined))));
    expect(r.status).toBe(302);
    const a = await settle(async () => listLoader(args(getRequest('/experimenten', await admin()))));
    expect(a.status).toBe(403);
  });

  test('the CSV export is UTF-8 with BOM and semicolons, one line per filtered experiment', async () => {
    const res = await csvLoader(args(getRequest('/experimenten.csv?region=zeeland', await manager())));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
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
    const cookie = await coordinator('zeeland');
    const before = snapshot();
    const attempts = [
      () =>
        editLoader(
          args(getRequest(`/experimenten/${target.id}/bewerken`, cookie), { id: String(target.id) }),
        ),
      () =>
        editAction(
          args(
            postRequest(
              `/experimenten/${target.id}/bewerken`,
              validFields('utrecht', { version: String(target.version), status: target.status }),
              cookie,
            ),
            { id: String(target.id) },
          ),
        ),
      () => createAction(args(postRequest('/experimenten/nieuw', validFields('utrecht'), cookie))),
    ];
    for (const attempt of attempts) expect((await settle(attempt)).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test('a coordinator cannot move an own experiment into another region', async () => {
    const own = db
      .select()
      .from(experiments)
      .where(eq(experiments.regionId, regionId('zeeland')))
      .get()!;
    const before = snapshot();
    const r = await settle(async () =>
      editAction(
        args(
          postRequest(
            `/experimenten/${own.id}/bewerken`,
            validFields('utrecht', { version: String(own.version), status: own.status }),
            await coordinator('zeeland'),
          ),
          { id: String(own.id) },
        ),
      ),
    );
    expect(r.status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test('a reviewer reads but cannot open the form or create', async () => {
    const cookie = await reviewer();
    expect((await settle(() => newLoader(args(getRequest('/experimenten/nieuw', cookie))))).status).toBe(403);
    const before = snapshot();
    const r = await settle(() =>
      createAction(args(postRequest('/experimenten/nieuw', validFields('utrecht'), cookie))),
    );
    expect(r.status).toBe(403);
    expect(snapshot()).toEqual(before);
    const detail = await detailLoader(args(getRequest('/experimenten/1', cookie), { id: '1' }));
    expect(detail.canEdit).toBe(false);
  });
});

describe('creating and editing', () => {
  test('a coordinator creates an experiment in the own region; every field is in the history and audited', async () => {
    const r = await settle(async () =>
      createAction(
        args(
          postRequest(
            '/experimenten/nieuw',
            validFields('zeeland', { bottleneckIds: ['1'] }),
            await coordinator('zeeland'),
          ),
        ),
      ),
    );
    expect(r.status).toBe(302);
    const id = Number((r.response as Response).headers.get('Location')!.match(/\/experimenten\/(\d+)/)![1]);
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
    const detail = await detailLoader(
      args(getRequest(`/experimenten/${id}`, await manager()), { id: String(id) }),
    );
    expect(detail.history).toHaveLength(7);
    const zeelandName = db.select().from(regions).where(eq(regions.slug, 'zeeland')).get()!.name;
    const linkedTitle = detail.experiment.bottlenecks[0].title;
    expect(detail.history.find((h) => h.field === 'regionId')!.newValue).toBe(zeelandName);
    expect(detail.history.find((h) => h.field === 'bottleneckIds')!.newValue).toBe(linkedTitle);
    expect(detail.experiment.bottlenecks.map((b) => b.id)).toEqual([1]);
  });

  test('a link made on the experiment form is in the history of the bottleneck too (same region)', async () => {
    const cookie = await coordinator('zeeland');
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
    const r = await settle(() =>
      createAction(
        args(
          postRequest('/experimenten/nieuw', validFields('zeeland', { bottleneckIds: [String(BN)] }), cookie),
        ),
      ),
    );
    const id = Number((r.response as Response).headers.get('Location')!.match(/(\d+)/)![1]);
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
    const edited = await settle(() =>
      editAction(
        args(postRequest(`/experimenten/${id}/bewerken`, validFields('zeeland', { version: '1' }), cookie), {
          id: String(id),
        }),
      ),
    );
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
    const cookie = await coordinator('zeeland');
    const r = await settle(() =>
      createAction(
        args(
          postRequest(
            '/experimenten/nieuw',
            validFields('zeeland', { indicators: ['one_plan', 'lasting_safety'] }),
            cookie,
          ),
        ),
      ),
    );
    expect(r.status).toBe(302);
    const id = Number((r.response as Response).headers.get('Location')!.match(/(\d+)/)![1]);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.indicators).toEqual([
      'one_plan',
      'lasting_safety',
    ]);
    const form = await editLoader(
      args(getRequest(`/experimenten/${id}/bewerken`, cookie), { id: String(id) }),
    );
    expect(form.experiment.indicators).toEqual(['one_plan', 'lasting_safety']);
    const edited = await settle(() =>
      editAction(
        args(
          postRequest(
            `/experimenten/${id}/bewerken`,
            validFields('zeeland', { version: '1', indicators: ['lasting_safety'] }),
            cookie,
          ),
          { id: String(id) },
        ),
      ),
    );
    expect(edited.status).toBe(302);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.indicators).toEqual([
      'lasting_safety',
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
      [null, 'lasting_safety, one_plan'],
      ['lasting_safety, one_plan', 'lasting_safety'],
    ]);
  });

  test('an indicator outside the catalogue is refused with a Dutch message and nothing changes', async () => {
    const before = snapshot();
    const r = await settle(async () =>
      createAction(
        args(
          postRequest(
            '/experimenten/nieuw',
            validFields('zeeland', { indicators: ['one_plan', 'bestaat_niet'] }),
            await coordinator('zeeland'),
          ),
        ),
      ),
    );
    expect(r.status).toBe(400);
    expect((r.response as Reply).data.result.error).toEqual({
      'indicators[1]': [
        'Kies de indicatoren uit de lijst van de monitor (tellingen van de registers horen daar niet bij).',
      ],
    });
    expect(snapshot()).toEqual(before);
  });

  test('invalid input is refused with Dutch messages and nothing is stored', async () => {
    const before = snapshot();
    const r = await settle(async () =>
      createAction(
        args(
          postRequest(
            '/experimenten/nieuw',
            {
              regionId: String(regionId('zeeland')),
              title: 'x',
              status: 'idee',
              startDate: '2026-05-01',
              endDate: '2026-04-01',
            },
            await coordinator('zeeland'),
          ),
        ),
      ),
    );
    expect(r.status).toBe(400);
    expect((r.response as Reply).data.result.error).toEqual({
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
      expect([url, res.status, res.data.data.result.error]).toEqual([
        url,
        400,
        { regionId: ['Kies de regio.'] },
      ]);
    }
    expect(snapshot()).toEqual(before);
  });

  test('status moves: one step at a time, closing needs the evaluation, each move in the history', async () => {
    const cookie = await coordinator('zeeland');
    const created = await settle(() =>
      createAction(
        args(postRequest('/experimenten/nieuw', validFields('zeeland', { status: 'lopend' }), cookie)),
      ),
    );
    const id = Number((created.response as Response).headers.get('Location')!.match(/(\d+)/)![1]);
    const edit = (fields: Record<string, string | string[]>) =>
      settle(() =>
        editAction(
          args(postRequest(`/experimenten/${id}/bewerken`, validFields('zeeland', fields), cookie), {
            id: String(id),
          }),
        ),
      );

    const skip = await edit({ status: 'geborgd', outcome: 'effectief', lessons: 'Werkt.', version: '1' });
    expect(skip.status).toBe(400);
    expect((skip.response as Reply).data.result.error).toEqual({
      status: ['Van "Lopend" naar "Geborgd" is geen toegestane statusovergang.'],
    });

    expect((await edit({ status: 'evaluatie', version: '1' })).status).toBe(302);
    const noEvaluation = await edit({ status: 'geborgd', version: '2' });
    expect(noEvaluation.status).toBe(400);
    expect(Object.keys((noEvaluation.response as Reply).data.result.error!)).toEqual(['outcome', 'lessons']);
    expect(db.select().from(experiments).where(eq(experiments.id, id)).get()!.status).toBe('evaluatie');

    const stale = await edit({ status: 'geborgd', outcome: 'effectief', lessons: 'Werkt.', version: '1' });
    expect(stale.status).toBe(409);

    expect(
      (await edit({ status: 'geborgd', outcome: 'effectief', lessons: 'Werkt in elke wijk.', version: '2' }))
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

    const lessons = await lessonsLoader(
      args(getRequest('/experimenten/lessen?principle=family', await reviewer())),
    );
    expect(lessons.lessons.some((l) => l.id === id && l.lessons === 'Werkt in elke wijk.')).toBe(true);
  });

  test('a manager may edit any region; the lessons page counts closed experiments with lessons', async () => {
    const target = db
      .select()
      .from(experiments)
      .where(eq(experiments.regionId, regionId('utrecht')))
      .get()!;
    const editForm = await editLoader(
      args(getRequest(`/experimenten/${target.id}/bewerken`, await manager()), { id: String(target.id) }),
    );
    expect(editForm.regions).toHaveLength(6);
    const lessons = await lessonsLoader(
      args(getRequest('/experimenten/lessen?theme=local_team', await reviewer())),
    );
    const seeded = SEED_EXPERIMENTS.filter(
      (e) => ['geborgd', 'gestopt'].includes(e.status) && e.themes.includes('local_team'),
    );
    expect(lessons.lessons.filter((l) => l.id <= SEED_EXPERIMENTS.length)).toHaveLength(seeded.length);
  });
});
