/**
 * The experience counts (issue 25): a region's column mapping, the import's dry run and its
 * all-or-nothing write, the manager's approval, and the "Ervaring" block computed from the base
 * cells of the experience source (sources/experience.server.ts), in the viewer's scope: reviewers
 * and the publication get approved periods only. Every write is audited.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  experienceAnswers,
  experienceCounts,
  experienceMappings,
  experiencePeriods,
  regions,
  users,
} from '#db/schema';
import { WRITE_TX } from '#db/client';
import {
  cleanMapping,
  parseExperienceCsv,
  type ColumnMapping,
  type CsvLineError,
} from '#app/domain/experience-csv';
import {
  EXPERIENCE_GROUPS,
  isExperienceGroup,
  itemsOfGroup,
  periodIndex,
  type ExperienceCadence,
} from '#app/domain/experience-items';
import {
  buildExperienceBlock,
  cellsAsOf,
  type ExperienceBlockData,
  type ExperienceRouteCell,
} from '#app/domain/experience-figures';
import { type ExperienceRow } from '#app/domain/experience-rules';
import { experience as dict } from '#app/i18n/experience';
import { translate } from '#app/i18n/i18n';
import { type Lang } from '#app/domain/lang';
import { FIRST_YEAR, lastEndedPeriod } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { cachedFigures } from './figures-cache.server';
import { readCsv } from './report-import.server';
import { type Viewer } from './viewer.server';
import { SOURCES } from './figure-sources.server';

export function getMapping({ regionId }: { regionId: number }): ColumnMapping {
  const row = getDb()
    .select({ columns: experienceMappings.columns })
    .from(experienceMappings)
    .where(eq(experienceMappings.regionId, regionId))
    .get();
  return cleanMapping(row?.columns);
}

export function saveMapping({
  regionId,
  columns,
  userId,
}: {
  regionId: number;
  columns: ColumnMapping;
  userId: number;
}) {
  const clean = cleanMapping(columns);
  getDb().transaction((tx) => {
    tx.insert(experienceMappings)
      .values({ regionId, columns: clean, updatedBy: userId })
      .onConflictDoUpdate({
        target: experienceMappings.regionId,
        set: { columns: clean, updatedBy: userId, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` },
      })
      .run();
    recordAudit(
      {
        userId,
        action: 'experience.mapping',
        entityType: 'region',
        entityId: regionId,
        detail: { columns: clean },
      },
      tx,
    );
  }, WRITE_TX);
}

/** The last ended quarter and half-year as experience periods ('2026-Q3', '2026-H2'). */
export function lastEndedPeriods(today: Date): { quarter: string; half: string } {
  const month = lastEndedPeriod(today); // 'YYYY-MM'
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const q = Math.floor(m / 3); // whole quarters ended this year
  const quarter = q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
  const h = Math.floor(m / 6);
  const half = h === 0 ? `${year - 1}-H2` : `${year}-H${h}`;
  return { quarter, half };
}

function hasEnded(period: string, today: Date): boolean {
  const last = lastEndedPeriods(today);
  const cadence: ExperienceCadence = period.includes('-Q') ? 'quarter' : 'half';
  return periodIndex(period) <= periodIndex(cadence === 'quarter' ? last.quarter : last.half);
}

export interface ExperiencePlan {
  errors: CsvLineError[];
  rows: (ExperienceRow & { line: number })[];
}

/** The dry run: the file read with the region's mapping, every rule, and no approved or future period. */
export function planExperienceImport({
  text,
  regionId,
  lang,
  now = new Date(),
}: {
  text: string;
  regionId: number;
  lang: Lang;
  now?: Date;
}): ExperiencePlan {
  const read = readCsv(text);
  if (read.error) return { errors: [read.error], rows: [] };
  const { rows, errors } = parseExperienceCsv(read.records, getMapping({ regionId }), lang);
  const periods = [...new Set(rows.map((r) => r.period))];
  const approved = new Set(
    periods.length === 0
      ? []
      : getDb()
          .select({ period: experiencePeriods.period })
          .from(experiencePeriods)
          .where(
            and(
              eq(experiencePeriods.regionId, regionId),
              inArray(experiencePeriods.period, periods),
              eq(experiencePeriods.status, 'approved'),
            ),
          )
          .all()
          .map((r) => r.period),
  );
  const firstLine = new Map<string, number>();
  for (const r of rows) if (!firstLine.has(r.period)) firstLine.set(r.period, r.line);
  for (const [period, line] of firstLine) {
    if (!/^\d{4}-(Q[1-4]|H[12])$/.test(period)) continue; // the rules already said so
    if (approved.has(period))
      errors.push({ line, message: translate(dict, lang, 'csvOtherPeriodApproved', { period }) });
    else if (!hasEnded(period, now))
      errors.push({ line, message: translate(dict, lang, 'csvFuturePeriod', { period }) });
    else if (Number(period.slice(0, 4)) < FIRST_YEAR)
      errors.push({ line, message: translate(dict, lang, 'csvTooOld', { period, first: FIRST_YEAR }) });
  }
  errors.sort((a, b) => a.line - b.line);
  return { errors, rows };
}

/**
 * Writes a checked plan in one transaction: each period of the file becomes (again) submitted, and
 * each of its period–group–route rows replaces the stored one. An approved period met here (approved
 * since the dry run) refuses the whole file.
 */
export function applyExperienceImport({
  regionId,
  rows,
  userId,
}: {
  regionId: number;
  rows: readonly ExperienceRow[];
  userId: number;
}): { lines: number } {
  return getDb().transaction((tx) => {
    let lines = 0;
    const periodIds = new Map<string, number>();
    for (const period of [...new Set(rows.map((r) => r.period))].sort()) {
      const stored = tx
        .select()
        .from(experiencePeriods)
        .where(and(eq(experiencePeriods.regionId, regionId), eq(experiencePeriods.period, period)))
        .get();
      if (stored?.status === 'approved') throw new ExperienceLockedError(period);
      const id = stored
        ? (tx
            .update(experiencePeriods)
            .set({ submittedBy: userId, submittedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
            .where(eq(experiencePeriods.id, stored.id))
            .run(),
          stored.id)
        : tx
            .insert(experiencePeriods)
            .values({ regionId, period, submittedBy: userId })
            .returning({ id: experiencePeriods.id })
            .get().id;
      periodIds.set(period, id);
    }
    for (const row of rows) {
      if (!isExperienceGroup(row.group)) continue;
      const periodId = periodIds.get(row.period)!;
      const route = row.route as (typeof experienceCounts.$inferInsert)['route'];
      tx.delete(experienceCounts)
        .where(
          and(
            eq(experienceCounts.periodId, periodId),
            eq(experienceCounts.group, row.group),
            eq(experienceCounts.route, route),
          ),
        )
        .run();
      const { id } = tx
        .insert(experienceCounts)
        .values({ periodId, group: row.group, route, invited: row.invited, responded: row.responded })
        .returning({ id: experienceCounts.id })
        .get();
      for (const [item, c] of Object.entries(row.items)) {
        tx.insert(experienceAnswers)
          .values({ countId: id, item, answered: c.answered, agreed: c.agreed })
          .run();
        lines++;
      }
    }
    recordAudit(
      {
        userId,
        action: 'experience.import',
        entityType: 'region',
        entityId: regionId,
        detail: { periods: [...periodIds.keys()], lines },
      },
      tx,
    );
    return { lines };
  }, WRITE_TX);
}

export class ExperienceLockedError extends Error {
  constructor(readonly period: string) {
    super('period approved');
  }
}

export function listExperiencePeriods({ regionId }: { regionId: number }) {
  return getDb()
    .select({
      period: experiencePeriods.period,
      status: experiencePeriods.status,
      submittedAt: experiencePeriods.submittedAt,
      submittedBy: users.name,
      approvedAt: experiencePeriods.approvedAt,
    })
    .from(experiencePeriods)
    .leftJoin(users, eq(users.id, experiencePeriods.submittedBy))
    .where(eq(experiencePeriods.regionId, regionId))
    .orderBy(asc(experiencePeriods.period))
    .all();
}

/** A manager approves a submitted period; false if it is not awaiting approval. */
export function approveExperiencePeriod({
  regionId,
  period,
  userId,
}: {
  regionId: number;
  period: string;
  userId: number;
}): boolean {
  return getDb().transaction((tx) => {
    const done = tx
      .update(experiencePeriods)
      .set({
        status: 'approved',
        approvedBy: userId,
        approvedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      })
      .where(
        and(
          eq(experiencePeriods.regionId, regionId),
          eq(experiencePeriods.period, period),
          eq(experiencePeriods.status, 'submitted'),
        ),
      )
      .run();
    if (done.changes !== 1) return false;
    recordAudit(
      { userId, action: 'experience.approve', entityType: 'region', entityId: regionId, detail: { period } },
      tx,
    );
    return true;
  }, WRITE_TX);
}

/** A manager reopens an approved period for a corrected import; false if it is not approved. */
export function reopenExperiencePeriod({
  regionId,
  period,
  userId,
  reason,
}: {
  regionId: number;
  period: string;
  userId: number;
  reason: string;
}): boolean {
  return getDb().transaction((tx) => {
    const done = tx
      .update(experiencePeriods)
      .set({ status: 'submitted', approvedBy: null, approvedAt: null })
      .where(
        and(
          eq(experiencePeriods.regionId, regionId),
          eq(experiencePeriods.period, period),
          eq(experiencePeriods.status, 'approved'),
        ),
      )
      .run();
    if (done.changes !== 1) return false;
    recordAudit(
      {
        userId,
        action: 'experience.reopen',
        entityType: 'region',
        entityId: regionId,
        detail: { period, reason },
      },
      tx,
    );
    return true;
  }, WRITE_TX);
}

/** The "Ervaring" block for these regions as of a quarter or year, as the viewer may see it. */
export function loadExperienceBlock(
  viewer: Viewer,
  { regionIds, asOf }: { regionIds: readonly number[]; asOf: string },
): ExperienceBlockData {
  // Kept at the current figures version (issue 26): made of the experience tables only, which
  // raise the figures version on every write, so a save of a monthly report keeps it (no months:
  // figures-cache.server.ts). Treat as read-only.
  const key = JSON.stringify([
    viewer.visibility,
    viewer.suppress,
    regionIds,
    asOf,
    new Date().toISOString().slice(0, 10),
  ]);
  return cachedFigures(
    `experience-block|${key}`,
    () =>
      buildExperienceBlock(
        cellsAsOf(SOURCES.experience.cells({ viewer, regionIds }), asOf),
        regionIds,
        (g) => itemsOfGroup(g).map((i) => i.code),
        EXPERIENCE_GROUPS,
        viewer.suppress,
        cellsAsOf(SOURCES.experience.routeCells({ viewer, regionIds }), asOf) as ExperienceRouteCell[],
      ),
    [],
  );
}

/** Every region's period awaiting a manager's approval, oldest first (the manager's start page). */
export function listSubmittedExperiencePeriods() {
  return getDb()
    .select({
      regionSlug: regions.slug,
      regionName: regions.name,
      period: experiencePeriods.period,
      submittedAt: experiencePeriods.submittedAt,
    })
    .from(experiencePeriods)
    .innerJoin(regions, eq(regions.id, experiencePeriods.regionId))
    .where(eq(experiencePeriods.status, 'submitted'))
    .orderBy(asc(experiencePeriods.submittedAt), asc(regions.sortOrder))
    .all();
}
