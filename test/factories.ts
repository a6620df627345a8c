/**
 * Factories shared by the tests and the demo seed: one way to put a region, a user or a report
 * into the database.
 */
import type { AppDatabase } from '#db/client';
import { regionScopes, regions, reportEvents, reports, reportValues, users } from '#db/schema';
import { type ReportStatus } from '#app/domain/report-status';
import { type Role } from '#app/domain/roles';

type Tx = Pick<AppDatabase, 'insert'>;

export function createRegion(
  db: Tx,
  input: {
    slug: string;
    name?: string;
    planName?: string;
    reportingStart?: string;
    sortOrder?: number;
    colour?: string | null;
    pilotStart?: string | null;
  },
) {
  return db
    .insert(regions)
    .values({
      slug: input.slug,
      name: input.name ?? input.slug,
      planName: input.planName ?? `Plan ${input.slug}`,
      reportingStart: input.reportingStart ?? '2023-01',
      sortOrder: input.sortOrder ?? 0,
      colour: input.colour ?? null,
      pilotStart: input.pilotStart ?? null,
    })
    .returning()
    .get();
}

/** A scope row: from `effectiveFrom` on, these municipalities with this many children 0–17. */
export function createRegionScope(
  db: Tx,
  input: {
    regionId: number;
    effectiveFrom: string;
    children: number;
    municipalities?: string[];
    source?: string;
    setBy?: number | null;
  },
) {
  return db
    .insert(regionScopes)
    .values({
      regionId: input.regionId,
      effectiveFrom: input.effectiveFrom,
      children: input.children,
      municipalities: input.municipalities ?? [],
      source: input.source ?? '',
      setBy: input.setBy ?? null,
    })
    .returning()
    .get();
}

export function createUser(
  db: Tx,
  input: {
    email: string;
    name?: string;
    role: Role;
    regionId?: number | null;
    passwordHash: string;
    disabled?: boolean;
  },
) {
  return db
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      name: input.name ?? input.email.split('@')[0],
      role: input.role,
      regionId: input.role === 'coordinator' ? (input.regionId ?? null) : null,
      passwordHash: input.passwordHash,
      disabled: input.disabled ?? false,
    })
    .returning()
    .get();
}

export interface ReportInput {
  regionId: number;
  period: string;
  status?: ReportStatus;
  values?: Record<string, number | null>;
  createdBy?: number | null;
  submittedBy?: number | null;
  submittedAt?: string | null;
  approvedBy?: number | null;
  approvedAt?: string | null;
  updatedAt?: string;
}

/**
 * Inserts a report with its values, and the status events that lead to its status
 * (submitted and approved moments as given).
 */
export function createReport(db: Tx, input: ReportInput) {
  const status = input.status ?? 'concept';
  const createdAt = input.updatedAt ?? new Date().toISOString();
  const report = db
    .insert(reports)
    .values({
      regionId: input.regionId,
      period: input.period,
      status,
      createdBy: input.createdBy ?? null,
      createdAt,
      updatedBy: input.approvedBy ?? input.submittedBy ?? input.createdBy ?? null,
      updatedAt: input.approvedAt ?? input.submittedAt ?? createdAt,
      submittedAt: input.submittedAt ?? null,
      submittedBy: input.submittedBy ?? null,
      approvedAt: input.approvedAt ?? null,
      approvedBy: input.approvedBy ?? null,
    })
    .returning()
    .get();
  const entries = Object.entries(input.values ?? {});
  // Chunks keep each statement under SQLite's variable limit.
  for (let i = 0; i < entries.length; i += 200) {
    db.insert(reportValues)
      .values(
        entries
          .slice(i, i + 200)
          .map(([elementCode, value]) => ({ reportId: report.id, elementCode, value })),
      )
      .run();
  }
  const events: (typeof reportEvents.$inferInsert)[] = [];
  if (input.submittedAt && status !== 'concept')
    events.push({
      reportId: report.id,
      fromStatus: 'concept',
      toStatus: 'ingediend',
      userId: input.submittedBy ?? null,
      at: input.submittedAt,
    });
  if (input.approvedAt && status === 'goedgekeurd')
    events.push({
      reportId: report.id,
      fromStatus: 'ingediend',
      toStatus: 'goedgekeurd',
      userId: input.approvedBy ?? null,
      at: input.approvedAt,
    });
  if (events.length > 0) db.insert(reportEvents).values(events).run();
  return report;
}
