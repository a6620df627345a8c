/**
 * The demo's typed reference set: one small series, clearly marked illustrative (made up in the
 * shape of the named source, near the ≈ 60 % the inspectorates report). A real installation imports
 * its own at /referenties. The CBS figures are no longer typed: seeds/cbs.ts stores them in CBS's
 * own shape (issue 24); the former "CBS" series of families closed without a measure compared with
 * a statistic CBS does not publish and is gone.
 */
import type { AppDatabase } from '#db/client';
import { referenceSeries, referenceValues } from '#db/schema';
import { DEMO_ANCHOR, monthsBetween, shiftDate, shiftQuarter } from './calendar';

const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

export const SEED_REFERENCES = [
  {
    code: 'demo-vt-triage',
    label: 'Landelijk, Veilig Thuis (demo)',
    indicatorCode: 'triage_on_time',
    source: 'Veilig Thuis, kwartaalcijfers (nominaal; demo, illustratief)',
    sourceTable: 'Veilig Thuis – triage binnen 5 werkdagen',
    retrievedOn: '2026-10-15',
    unit: 'percent',
    // near the ≈ 60 % of reports triaged within 5 working days that the inspectorates report (seeds/README.md)
    values: [59.6, 60.4, 59.1, 61.0, 60.2, 61.3, 61.8],
  },
] as const;

/**
 * The series for the demo ending in `lastPeriod`: the quarters and the retrieval date (written
 * for October 2026) move with it, so the newest quarter is the newest complete one.
 */
export function seedReferences(db: Pick<AppDatabase, 'insert'>, lastPeriod: string) {
  const months = monthsBetween(DEMO_ANCHOR, lastPeriod);
  for (const s of SEED_REFERENCES) {
    const { values, ...meta } = s;
    const row = db
      .insert(referenceSeries)
      .values({ ...meta, retrievedOn: shiftDate(meta.retrievedOn, months), illustrative: true })
      .returning({ id: referenceSeries.id })
      .get();
    db.insert(referenceValues)
      .values(
        QUARTERS.map((period, i) => ({
          seriesId: row.id,
          period: shiftQuarter(period, lastPeriod),
          value: values[i] ?? null,
        })),
      )
      .run();
  }
}
