/** The statuses of a monthly report (see workflow.ts for the moves between them). */
export const REPORT_STATUSES = ['concept', 'ingediend', 'goedgekeurd', 'teruggestuurd'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export function isReportStatus(value: unknown): value is ReportStatus {
  return (REPORT_STATUSES as readonly unknown[]).includes(value);
}
