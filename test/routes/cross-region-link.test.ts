/**
 * Issue 13, defect 10: a coordinator linking their experiment to another region's bottleneck wrote
 * a history row on that region's record, attributed to them. The link stays; the row goes on the
 * linking region's own record only, and the other record shows "gekoppeld door <regio>".
 */
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { bottlenecks, experimentBottlenecks, experiments, regions, registerHistory } from '#db/schema';
import * as editExperiment from '#app/routes/_app.experimenten.$id_.bewerken/route';
import * as bottleneckPage from '#app/routes/_app.knelpunten.$id/route';
import * as experimentPage from '#app/routes/_app.experimenten.$id/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { experimentFields } from '#test/form-builders';

const db = setupTestDatabase('seeded');
type BottleneckPage = Awaited<ReturnType<typeof bottleneckPage.loader>>;
type ExperimentPage = Awaited<ReturnType<typeof experimentPage.loader>>;
const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
const UTRECHT = regionId('utrecht');
const WBW = regionId('west-brabant-west');
const historyRows = (entityType: 'experiment' | 'bottleneck', entityId: number) =>
  db
    .select({ n: count() })
    .from(registerHistory)
    .where(and(eq(registerHistory.entityType, entityType), eq(registerHistory.entityId, entityId)))
    .get()!.n;

describe('a link to another region’s bottleneck', () => {
  test('POST /experimenten/:id/bewerken by Utrecht’s coordinator adding a West-Brabant-West bottleneck: linked, history only on Utrecht’s experiment, “gekoppeld door Utrecht” on the bottleneck', async () => {
    const exp = db.select().from(experiments).where(eq(experiments.regionId, UTRECHT)).get()!;
    const theirs = db.select().from(bottlenecks).where(eq(bottlenecks.regionId, WBW)).get()!;
    const current = db
      .select()
      .from(experimentBottlenecks)
      .where(eq(experimentBottlenecks.experimentId, exp.id))
      .all()
      .map((l) => l.bottleneckId)
      .filter((id) => id !== theirs.id);
    const theirHistory = historyRows('bottleneck', theirs.id);
    const ourHistory = historyRows('experiment', exp.id);
    const res = await callRoute(editExperiment, {
      url: `/experimenten/${exp.id}/bewerken`,
      as: 'coordinatorA',
      form: experimentFields(db, exp.id, { bottleneckIds: [...current, theirs.id] })!,
      params: { id: String(exp.id) },
    });
    expect(res.status).toBe(302);
    expect(
      db
        .select()
        .from(experimentBottlenecks)
        .where(
          and(
            eq(experimentBottlenecks.experimentId, exp.id),
            eq(experimentBottlenecks.bottleneckId, theirs.id),
          ),
        )
        .all(),
    ).toHaveLength(1);
    expect(historyRows('bottleneck', theirs.id)).toBe(theirHistory);
    expect(historyRows('experiment', exp.id)).toBe(ourHistory + 1);

    const { data: page } = await callRoute<BottleneckPage>(bottleneckPage, {
      url: `/knelpunten/${theirs.id}`,
      as: 'coordinatorB',
      params: { id: String(theirs.id) },
    });
    const shown = page.bottleneck.experiments.find((e) => e.id === exp.id)!;
    expect(shown).toMatchObject({ regionName: 'Utrecht', linkedBy: 'Utrecht' });
    // on the linking record the link is its own change: no label
    const { data: own } = await callRoute<ExperimentPage>(experimentPage, {
      url: `/experimenten/${exp.id}`,
      as: 'coordinatorA',
      params: { id: String(exp.id) },
    });
    expect(own.experiment.bottlenecks.find((b) => b.id === theirs.id)!.linkedBy).toBeNull();
  });

  test('a link within one region still shows in both histories', async () => {
    const exp = db.select().from(experiments).where(eq(experiments.regionId, UTRECHT)).get()!;
    const ours = db
      .select()
      .from(bottlenecks)
      .where(eq(bottlenecks.regionId, UTRECHT))
      .all()
      .find(
        (b) =>
          !db
            .select()
            .from(experimentBottlenecks)
            .where(
              and(
                eq(experimentBottlenecks.experimentId, exp.id),
                eq(experimentBottlenecks.bottleneckId, b.id),
              ),
            )
            .get(),
      )!;
    const links = db
      .select()
      .from(experimentBottlenecks)
      .where(eq(experimentBottlenecks.experimentId, exp.id))
      .all()
      .map((l) => l.bottleneckId);
    const before = historyRows('bottleneck', ours.id);
    const res = await callRoute(editExperiment, {
      url: `/experimenten/${exp.id}/bewerken`,
      as: 'coordinatorA',
      form: experimentFields(db, exp.id, { bottleneckIds: [...links, ours.id] })!,
      params: { id: String(exp.id) },
    });
    expect(res.status).toBe(302);
    expect(historyRows('bottleneck', ours.id)).toBe(before + 1);
  });
});
