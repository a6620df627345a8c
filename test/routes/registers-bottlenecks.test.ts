import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, bottlenecks, experimentBottlenecks, registerHistory, regions } from '#db/schema';
import { SEED_BOTTLENECKS, SEED_EXPERIMENTS } from '#seeds/registers';
import * as listModule from '#app/routes/_app.knelpunten._index/route';
import * as createModule from '#app/routes/_app.knelpunten.nieuw/route';
import * as detailModule from '#app/routes/_app.knelpunten.$id/route';
import * as editModule from '#app/routes/_app.knelpunten.$id_.bewerken/route';
import * as overviewModule from '#app/routes/_app.knelpunten.overzicht/route';
import * as csvModule from '#app/routes/knelpunten[.csv]/route';
import { bottleneckAgeDays, todayIso } from '#app/domain/registers';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import type { DemoUser } from '#test/demo-users';
import {
  BOTTLENECK_STATUSES,
  EXPERIMENT_STATUSES,
  isClosingBottleneckStatus,
  LEGAL_FRAMEWORKS,
  PRINCIPLES,
} from '#app/domain/register-codes';

const db = setupTestDatabase('seeded');
type Loaded<M extends { loader: (...a: never[]) => unknown }> = Awaited<ReturnType<M['loader']>>;
const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
type Reply = { result: { error?: Record<string, string[]> } };
const overview = async () =>
  (
    await callRoute<Loaded<typeof overviewModule>>(overviewModule, {
      url: '/knelpunten/overzicht',
      as: 'reviewer',
    })
  ).data;

function fields(slug: string, extra: Record<string, string | string[]> = {}) {
  return {
    regionId: String(regionId(slug)),
    title: 'Toestemming voor gegevensdeling in het gezinsplan',
    legalFramework: 'avg',
    article: 'art. 6 AVG',
    principle: 'simple',
    severity: 'hoog',
    status: 'gesignaleerd',
    identifiedDate: '2026-06-01',
    ...extra,
  };
}

function snapshot() {
  return {
    bottlenecks: db.select({ n: count() }).from(bottlenecks).get()!.n,
    history: db.select({ n: count() }).from(registerHistory).get()!.n,
    links: db.select({ n: count() }).from(experimentBottlenecks).get()!.n,
    audit: db.select({ n: count() }).from(auditLog).get()!.n,
    versions: db.select({ id: bottlenecks.id, v: bottlenecks.version }).from(bottlenecks).all(),
  };
}

async function list(query: string) {
  const url = `/knelpunten${query}`;
  return (await callRoute<Loaded<typeof listModule>>(listModule, { url, as: 'coordinator.utrecht' })).data;
}

describe('bottleneck list', () => {
  test('filters return the exact seeded counts', async () => {
    const cases: [string, (b: (typeof SEED_BOTTLENECKS)[number]) => boolean][] = [
      ['', () => true],
      ['?region=foodvalley', (b) => b.region === 'foodvalley'],
      ['?framework=jeugdwet', (b) => b.legalFramework === 'jeugdwet'],
      ['?framework=avg', (b) => b.legalFramework === 'avg'],
      ['?status=landelijk+geagendeerd', (b) => b.status === 'landelijk geagendeerd'],
      ['?severity=blokkerend', (b) => b.severity === 'blokkerend'],
      ['?principle=legal', (b) => b.principle === 'legal'],
      ['?framework=bw1&severity=hoog', (b) => b.legalFramework === 'bw1' && b.severity === 'hoog'],
    ];
    for (const [query, match] of cases) {
      const data = await list(query);
      expect(data.bottlenecks.length, query).toBe(SEED_BOTTLENECKS.filter(match).length);
    }
    expect((await list('')).bottlenecks).toHaveLength(SEED_BOTTLENECKS.length);
  });

  test('each row carries its age in days: to today while open, to the resolved date when closed', async () => {
    const today = todayIso();
    const rows = (await list('?sort=age&dir=desc')).bottlenecks;
    for (const row of rows) expect(row.ageDays, row.title).toBe(bottleneckAgeDays(row, today));
    const ages = rows.map((r) => r.ageDays);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
  });

  test('the CSV export has a BOM, semicolons and one line per bottleneck', async () => {
    const { data: text } = await callRoute<string>(csvModule, {
      url: '/knelpunten.csv?framework=avg',
      as: 'reviewer',
    });
    // The columns follow the field list (register-fields.ts): the form's order, then status since and age.
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'id;Regio;Titel;Beschrijving;Wettelijk kader;Artikel;Basisprincipe dat wordt geraakt;Ernst;Status;' +
        'Status sinds;Gesignaleerd op;Afgehandeld op;Looptijd (dagen);Voorgestelde oplossing',
    );
    expect(text.trim().split('\r\n')).toHaveLength(
      1 + SEED_BOTTLENECKS.filter((b) => b.legalFramework === 'avg').length,
    );
  });
});

describe('overview figures', () => {
  test('legal framework × status equals a count made from the rows', async () => {
    const data = await overview();
    const rows = db.select().from(bottlenecks).all();
    for (const f of LEGAL_FRAMEWORKS) {
      const row = data.byFramework.rows.find((r) => r.key === f)!;
      for (const s of BOTTLENECK_STATUSES)
        expect(row.counts[s], `${f} × ${s}`).toBe(
          rows.filter((b) => b.legalFramework === f && b.status === s).length,
        );
      expect(row.total).toBe(rows.filter((b) => b.legalFramework === f).length);
    }
    expect(data.byFramework.total).toBe(21);
    for (const s of BOTTLENECK_STATUSES)
      expect(data.byFramework.colTotals[s]).toBe(SEED_BOTTLENECKS.filter((b) => b.status === s).length);
  });

  test('per region: counts, open bottlenecks and the median open age', async () => {
    const data = await overview();
    const today = data.today;
    const utrecht = regionId('utrecht');
    const seeded = SEED_BOTTLENECKS.filter((b) => b.region === 'utrecht');
    expect(data.byRegion.rows.find((r) => r.key === utrecht)!.total).toBe(seeded.length);
    const open = seeded.filter((b) => !isClosingBottleneckStatus(b.status));
    const ages = open.map((b) => bottleneckAgeDays(b, today)).sort((a, b) => a - b);
    const mid = Math.floor(ages.length / 2);
    const median = ages.length % 2 ? ages[mid] : (ages[mid - 1] + ages[mid]) / 2;
    expect(data.openAges.find((r) => r.key === utrecht)).toEqual({
      key: utrecht,
      open: open.length,
      medianAgeDays: median,
    });
    const allOpen = SEED_BOTTLENECKS.filter((b) => !isClosingBottleneckStatus(b.status))
      .map((b) => bottleneckAgeDays(b, today))
      .sort((a, b) => a - b);
    const m = Math.floor(allOpen.length / 2);
    expect(data.medianOpenAge).toBe(allOpen.length % 2 ? allOpen[m] : (allOpen[m - 1] + allOpen[m]) / 2);
  });

  test('experiments per region and status, and per principle (once per principle)', async () => {
    const data = await overview();
    const zeeland = regionId('zeeland');
    for (const s of EXPERIMENT_STATUSES)
      expect(data.experimentsByRegion.rows.find((r) => r.key === zeeland)!.counts[s]).toBe(
        SEED_EXPERIMENTS.filter((e) => e.region === 'zeeland' && e.status === s).length,
      );
    expect(data.experimentsByRegion.total).toBe(27);
    for (const p of PRINCIPLES)
      expect(data.experimentsByPrinciple.rows.find((r) => r.key === p)!.total, p).toBe(
        SEED_EXPERIMENTS.filter((e) => e.principles.includes(p)).length,
      );
  });
});

describe('access and changes', () => {
  test('a coordinator of another region is refused on every register action and nothing changes', async () => {
    const target = db
      .select()
      .from(bottlenecks)
      .where(eq(bottlenecks.regionId, regionId('foodvalley')))
      .get()!;
    const before = snapshot();
    const as = 'coordinator.utrecht';
    const params = { id: String(target.id) };
    const url = `/knelpunten/${target.id}/bewerken`;
    const attempts = [
      () => callRoute(editModule, { url, as, params }),
      () =>
        callRoute(editModule, {
          url,
          as,
          params,
          form: fields('foodvalley', { version: String(target.version) }),
        }),
      () => callRoute(createModule, { url: '/knelpunten/nieuw', as, form: fields('foodvalley') }),
    ];
    for (const attempt of attempts) expect((await attempt()).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test('reviewers and admins cannot write', async () => {
    const before = snapshot();
    for (const as of ['reviewer', 'admin'] as DemoUser[]) {
      expect((await callRoute(createModule, { url: '/knelpunten/nieuw', as })).status).toBe(403);
      expect(
        (await callRoute(createModule, { url: '/knelpunten/nieuw', as, form: fields('utrecht') })).status,
      ).toBe(403);
    }
    expect(snapshot()).toEqual(before);
  });

  test('create, move and close: resolved date required, each change in the history, links shown on both sides', async () => {
    const as = 'coordinator.utrecht';
    const experimentId = 1;
    const created = await callRoute(createModule, {
      url: '/knelpunten/nieuw',
      as,
      form: fields('utrecht', { experimentIds: [String(experimentId)] }),
    });
    expect(created.status).toBe(302);
    const id = Number(created.headers.get('Location')!.match(/(\d+)/)![1]);
    const edit = (extra: Record<string, string | string[]>) =>
      callRoute<Reply>(editModule, {
        url: `/knelpunten/${id}/bewerken`,
        as,
        params: { id: String(id) },
        form: fields('utrecht', { experimentIds: [String(experimentId)], ...extra }),
      });

    const jump = await edit({ status: 'wetswijziging nodig', version: '1' });
    expect(jump.status).toBe(400);
    expect(jump.data.result.error).toEqual({
      status: ['Van "Gesignaleerd" naar "Wetswijziging nodig" is geen toegestane statusovergang.'],
    });
    expect((await edit({ status: 'in analyse', version: '1' })).status).toBe(302);
    const noDate = await edit({ status: 'opgelost binnen huidige wet', version: '2' });
    expect(noDate.status).toBe(400);
    expect(noDate.data.result.error).toEqual({
      resolvedDate: ['Bij de status "Opgelost binnen huidige wet" hoort een datum van afhandeling.'],
    });
    const early = await edit({
      status: 'opgelost binnen huidige wet',
      resolvedDate: '2026-05-31',
      version: '2',
    });
    expect(early.data.result.error).toEqual({
      resolvedDate: ['De datum van afhandeling mag niet vóór de datum van signalering liggen.'],
    });
    expect(
      (await edit({ status: 'opgelost binnen huidige wet', resolvedDate: '2026-06-11', version: '1' }))
        .status,
    ).toBe(409);
    expect(
      (await edit({ status: 'opgelost binnen huidige wet', resolvedDate: '2026-06-11', version: '2' }))
        .status,
    ).toBe(302);

    const row = db.select().from(bottlenecks).where(eq(bottlenecks.id, id)).get()!;
    expect(row).toMatchObject({
      status: 'opgelost binnen huidige wet',
      resolvedDate: '2026-06-11',
      version: 3,
      statusSince: todayIso(),
    });
    const { data: detail } = await callRoute<Loaded<typeof detailModule>>(detailModule, {
      url: `/knelpunten/${id}`,
      as: 'manager2',
      params: { id: String(id) },
    });
    expect(detail.bottleneck.ageDays).toBe(10);
    expect(detail.bottleneck.experiments.map((e) => e.id)).toEqual([experimentId]);
    expect(detail.canEdit).toBe(true);
    const changes = detail.history
      .filter((h) => h.field === 'status' || h.field === 'resolvedDate')
      .map((h) => [h.field, h.oldValue, h.newValue]);
    expect(changes).toEqual([
      ['status', null, 'gesignaleerd'],
      ['status', 'gesignaleerd', 'in analyse'],
      ['status', 'in analyse', 'opgelost binnen huidige wet'],
      ['resolvedDate', null, '2026-06-11'],
    ]);
    expect(
      db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'bottleneck'), eq(auditLog.entityId, String(id))))
        .get()!.n,
    ).toBe(3);
  });
});
