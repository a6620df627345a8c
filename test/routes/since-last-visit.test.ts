/**
 * The reviewer's start page says what became visible since the last visit (issue 10): whole
 * quarters newly approved per region, approved quarterly narratives and definition changes; never
 * a month of a quarter that is not complete, nor unapproved work. The first visit says so instead.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { narratives, regions, reports, users } from '#db/schema';
import * as todoRoute from '#app/routes/_app.te-doen/route';
import { DEFINITION_CHANGES } from '#app/domain/definition-changes';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');

interface ReviewerData {
  role: string;
  quarter: string | null;
  since: string | null;
  changes: {
    approved: { regionName: string; slug: string; period: string }[];
    narratives: { regionName: string; slug: string; quarter: string }[];
    definitions: { indicators: string[] }[];
  } | null;
}

const visit = async () =>
  (await callRoute<ReviewerData>(todoRoute, { url: '/te-doen', as: 'reviewer' })).data;
const reviewer = () => db.select().from(users).where(eq(users.email, DEMO_USERS.reviewer)).get()!;
const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
function setReport(slug: string, period: string, set: Partial<typeof reports.$inferInsert>) {
  db.update(reports)
    .set(set)
    .where(and(eq(reports.regionId, regionId(slug)), eq(reports.period, period)))
    .run();
}

describe("the reviewer's start page", () => {
  test('a first visit says so and lists nothing, also when the page is reloaded during the visit', async () => {
    expect(reviewer().lastVisitAt).toBe(null);
    const first = await visit();
    expect(first).toMatchObject({ role: 'reviewer', since: null, changes: null });
    expect(first.quarter).toMatch(/^\d{4}-Q[1-4]$/);
    expect(reviewer().lastVisitAt).not.toBe(null);
    expect((await visit()).changes).toBe(null);
  });

  test('after a visit that ended on 1 October it lists what was approved since, whole quarters only', async () => {
    // Every approval before 1 October, except:
    db.update(reports)
      .set({ approvedAt: '2026-09-01T12:00:00.000Z' })
      .where(eq(reports.status, 'goedgekeurd'))
      .run();
    setReport('utrecht', '2026-07', { status: 'goedgekeurd' });
    setReport('utrecht', '2026-08', { status: 'goedgekeurd' });
    // Utrecht's September, approved on 5 October, completes its third quarter: listed.
    setReport('utrecht', '2026-09', { status: 'goedgekeurd', approvedAt: '2026-10-05T10:00:00.000Z' });
    // FoodValley's August was approved since, but its September waits: the quarter is not shown.
    setReport('foodvalley', '2026-08', { status: 'goedgekeurd', approvedAt: '2026-10-06T10:00:00.000Z' });
    setReport('foodvalley', '2026-09', { status: 'ingediend', approvedAt: null });
    // Zeeland's October, approved on 20 November: the fourth quarter is not complete.
    setReport('zeeland', '2026-10', { status: 'goedgekeurd', approvedAt: '2026-11-20T10:00:00.000Z' });
    // Narratives: Utrecht's third quarter approved on 10 October; Zeeland's only submitted.
    db.insert(narratives)
      .values([
        {
          regionId: regionId('utrecht'),
          quarter: '2026-Q3',
          status: 'goedgekeurd',
          principles: {},
          approvedAt: '2026-10-10T09:00:00.000Z',
        },
        { regionId: regionId('zeeland'), quarter: '2026-Q3', status: 'ingediend', principles: {} },
        {
          regionId: regionId('foodvalley'),
          quarter: '2026-Q2',
          status: 'goedgekeurd',
          principles: {},
          approvedAt: '2026-07-10T09:00:00.000Z',
        },
      ])
      .run();
    db.update(users)
      .set({ lastVisitAt: '2026-10-01T00:00:00.000Z', previousVisitAt: null })
      .where(eq(users.email, DEMO_USERS.reviewer))
      .run();

    const data = await visit();
    expect(data.since).toBe('2026-10-01T00:00:00.000Z');
    expect(data.changes!.approved).toEqual([{ regionName: 'Utrecht', slug: 'utrecht', period: '2026-Q3' }]);
    expect(data.changes!.narratives).toEqual([
      { regionName: 'Utrecht', slug: 'utrecht', quarter: '2026-Q3' },
    ]);
    // every change of both revisions was released after 1 October: 11 on 30 November, 6 on 7 December,
    // and on 7 December too the rounding of every reviewer's figure to 5 (#22), the intervals, the
    // baselines, the before/after, the funnel plots and control charts (#23), the experience catalogue
    // with the client rating's retirement (#25), the CBS figures with the scope as municipalities and the
    // comparison groups (#24); and the summary's like-with-like change, withdrawing a recalculation, the
    // control charts and reference baselines of the outcome rates (#23), the per-route table and
    // experience items as experiments' targets (#25), and the CBS baseline over 2019–2022 (#24)
    expect(data.changes!.definitions).toHaveLength(DEFINITION_CHANGES.length);
    expect(DEFINITION_CHANGES.length).toBe(33);

    // Reloaded within the visit: the same list, from the same moment.
    expect((await visit()).since).toBe('2026-10-01T00:00:00.000Z');
  });

  test('a visit after the last one shows nothing new until something is approved', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-12T09:00:00.000Z'));
      // The last visit ended on 10 December, after every approval and both definition releases (30
      // November and 7 December).
      db.update(users)
        .set({ lastVisitAt: '2026-12-10T08:00:00.000Z', previousVisitAt: '2026-10-01T00:00:00.000Z' })
        .where(eq(users.email, DEMO_USERS.reviewer))
        .run();
      const data = await visit();
      expect(data.since).toBe('2026-12-10T08:00:00.000Z');
      expect(data.changes).toEqual({ approved: [], narratives: [], definitions: [] });
      vi.setSystemTime(new Date('2026-12-12T09:20:00.000Z'));
      const reload = await visit(); // 20 minutes later: the same visit
      expect([reload.since, reload.changes]).toEqual([
        '2026-12-10T08:00:00.000Z',
        { approved: [], narratives: [], definitions: [] },
      ]);
      // At 10:00 FoodValley's September is approved: its third quarter is complete now.
      setReport('foodvalley', '2026-07', { status: 'goedgekeurd' });
      setReport('foodvalley', '2026-09', { status: 'goedgekeurd', approvedAt: '2026-12-12T10:00:00.000Z' });
      vi.setSystemTime(new Date('2026-12-16T09:00:00.000Z'));
      const later = await visit();
      // a new visit, from the end of the last one (09:20 on 12 December)
      expect(later.since).toBe('2026-12-12T09:20:00.000Z');
      expect(later.changes).toEqual({
        approved: [{ regionName: 'FoodValley', slug: 'foodvalley', period: '2026-Q3' }],
        narratives: [],
        definitions: [],
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
