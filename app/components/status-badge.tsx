import type { ReportStatus } from '~/domain/report-status';
import { reportStatusLabel } from '~/i18n/report-status';
import { useLang } from '~/i18n/use-t';

/** Status as text and colour (never colour alone). */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const lang = useLang();
  return <span className={`badge badge-${status}`}>{reportStatusLabel(status, lang)}</span>;
}
