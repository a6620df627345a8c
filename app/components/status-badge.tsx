import type { ReportStatus } from '../../db/schema';
import { common } from '~/i18n/common';
import { useT } from '~/i18n/use-t';

const KEYS = {
  concept: 'statusConcept',
  ingediend: 'statusIngediend',
  goedgekeurd: 'statusGoedgekeurd',
  teruggestuurd: 'statusTeruggestuurd',
} as const satisfies Record<ReportStatus, string>;

/** Status as text and colour (never colour alone). */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const t = useT(common);
  return <span className={`badge badge-${status}`}>{t(KEYS[status])}</span>;
}
