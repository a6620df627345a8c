import type { ReportStatus } from '#app/domain/report-status';
import { reportStatusLabel } from '#app/i18n/report-status';
import { useLang } from '#app/i18n/use-t';

/** Status as text and colour (never colour alone). */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const lang = useLang();
  return <span className={`badge badge-${status}`}>{reportStatusLabel(status, lang)}</span>;
}
