/**
 * One home for who sees which report's figures (app/models/viewer.server.ts): every route that
 * reads programme figures gets its scope and suppression there, every route that reads one
 * region's reports checks the region access, and the two forms of the scope (raw SQL for the
 * figures, drizzle for the exports) select the same reports for every role.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { reports } from '#db/schema';
import { reportScope, reportScopeSql, viewerFor, type Viewer } from '#app/models/viewer.server';
import { setupTestDatabase } from './db';

const db = setupTestDatabase('seeded');
const ROUTES = path.resolve(__dirname, '../app/routes');

/** Every source file of a route folder (or a flat route file), joined. */
function routeSources(): { route: string; source: string }[] {
  return fs.readdirSync(ROUTES).map((name) => {
    const full = path.join(ROUTES, name);
    const files = fs.statSync(full).isDirectory()
      ? fs
          .readdirSync(full)
          .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
          .map((f) => path.join(full, f))
      : [full];
    return { route: name, source: files.map((f) => fs.readFileSync(f, 'utf8')).join('\n') };
  });
}

// A route reading figures imports these models, or the progress report's loader (which does).
const FIGURE_MODELS =
  /from '#app\/models\/(figures|report-export|experiment-effect|progress-report)\.server'/;
// One region's reports (drafts included); the overview's reporting status across regions is not.
const REPORT_MODELS =
  /listRegionReports|from '#app\/models\/(report-values|report-workflow|report-import|completeness)\.server'/;

describe('every route that reads programme data goes through one visibility rule', () => {
  const routes = routeSources();

  test('the routes that read figures are found (the scan sees them)', () => {
    const readers = routes.filter((r) => FIGURE_MODELS.test(r.source)).map((r) => r.route);
    expect(readers).toEqual(
      expect.arrayContaining([
        '_app.overzicht',
        '_app.vergelijken',
        '_app.indicatoren.$indicator',
        '_app.regios.$region._index',
        '_app.voortgang',
        '_app.experimenten.$id',
        'api.scores',
        'api.indicators.$indicator',
        'export.waarden[.csv]',
        'voortgang[.csv]',
      ]),
    );
  });

  test('a route reading figures gets its viewer (scope and suppression) from viewer.server', () => {
    const missing = routes
      .filter((r) => FIGURE_MODELS.test(r.source))
      .filter((r) => !/from '#app\/models\/(viewer|progress-report)\.server'/.test(r.source))
      .map((r) => r.route);
    expect(missing).toEqual([]);
  });

  test('a route reading one region’s reports checks the region access', () => {
    const missing = routes
      .filter((r) => REPORT_MODELS.test(r.source))
      .filter((r) => !/requireRegionAccess|hasRegionAccess/.test(r.source))
      .map((r) => r.route);
    expect(missing).toEqual([]);
  });

  test('no route decides suppression or the approved scope itself', () => {
    const own = routes
      .filter((r) => /suppress\w*\(|'goedgekeurd'|readThresholds|viewer\.suppress \?/.test(r.source))
      .map((r) => r.route);
    expect(own).toEqual([]);
  });
});

describe('the scope selects the same reports in SQL and in the query builder', () => {
  const ids = (where: ReturnType<typeof reportScopeSql>) =>
    db.all<{ id: number }>(sql`select r.id from reports r where ${where} order by r.id`).map((r) => r.id);
  const built = (v: Viewer) =>
    db
      .select({ id: reports.id })
      .from(reports)
      .where(reportScope(v))
      .orderBy(reports.id)
      .all()
      .map((r) => r.id);
  const all = db.all<{ id: number; status: string; region_id: number }>(
    sql`select id, status, region_id from reports order by id`,
  );
  const utrecht = db.get<{ id: number }>(sql`select id from regions where slug = 'utrecht'`)!.id;

  test.each([
    ['manager', viewerFor({ role: 'manager', regionId: null }), all.length],
    [
      'manager, approved only',
      viewerFor({ role: 'manager', regionId: null }, true),
      all.filter((r) => r.status === 'goedgekeurd').length,
    ],
    [
      'coordinator',
      viewerFor({ role: 'coordinator', regionId: utrecht }),
      all.filter((r) => r.status === 'goedgekeurd' || r.region_id === utrecht).length,
    ],
    [
      'reviewer',
      viewerFor({ role: 'reviewer', regionId: null }),
      all.filter((r) => r.status === 'goedgekeurd').length,
    ],
    ['admin', viewerFor({ role: 'admin', regionId: null }), 0],
  ])('%s', (_who, viewer, count) => {
    expect(ids(reportScopeSql(viewer))).toHaveLength(count);
    expect(built(viewer)).toEqual(ids(reportScopeSql(viewer)));
  });

  test('the seeded database has drafts, so the scopes differ', () => {
    expect(all.filter((r) => r.status !== 'goedgekeurd').length).toBeGreaterThan(0);
  });
});
