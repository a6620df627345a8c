/**
 * The demo's reference set: two small series, clearly marked illustrative (they are made up in the
 * shape of the named sources, not taken from them). A real installation imports its own at
 * /referenties.
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
  {
    code: 'demo-cbs-closed',
    label: 'Regio’s zonder proeftuin, CBS (demo)',
    indicatorCode: 'closed_without_measure',
    source: 'CBS StatLine, jeugdbescherming (nominaal; demo, illustratief)',
    sourceTable: 'CBS 82973NED – jeugdbeschermingstrajecten',
    retrievedOn: '2026-10-15',
    unit: 'percent',
    values: [38.5, 39.0, 38.2, 39.4, 39.9, 40.1, null],
  },
] as const;

/**
 * The two series for the demo ending in `lastPeriod`: the quarters and the retrieval date (written
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
