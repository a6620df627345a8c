import type { ReportStatus } from '#app/domain/report-status';
import { TRANSITIONS } from '#app/domain/workflow';
import { cycle as dict, type CycleKey } from '#app/i18n/cycle';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDateTime } from '#app/utils/format';

/** One move of a report in the workflow, as the report page lists it. */
export interface WorkflowEvent {
  id: number;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  at: string;
  userName: string | null;
}

/** What the latest workflow event means for the reader: returned, approved, reopened or corrected. */
function kindOf(e: WorkflowEvent): CycleKey | null {
  if (e.fromStatus === null) return null;
  if (e.fromStatus === e.toStatus) return 'bannerCorrected';
  const from = e.fromStatus as ReportStatus;
  if (e.toStatus === TRANSITIONS.return.to)
    return TRANSITIONS.reopen.from.includes(from) ? 'bannerReopened' : 'bannerReturned';
  if (e.toStatus === TRANSITIONS.approve.to) return 'bannerApproved';
  if (e.toStatus === TRANSITIONS.submit.to) return 'bannerSubmitted';
  return null;
}

/** The latest workflow event at the top of the report, with the manager's reason. */
export function WorkflowBanner({ events }: { events: readonly WorkflowEvent[] }) {
  const t = useT(dict);
  const lang = useLang();
  const latest = events.at(-1);
  const key = latest ? kindOf(latest) : null;
  if (!latest || !key) return null;
  const tone = key === 'bannerApproved' || key === 'bannerSubmitted' ? 'notice-success' : 'notice-warning';
  return (
    <section className={`notice ${tone} workflow-banner`} aria-labelledby="workflow-banner-title">
      <h2 id="workflow-banner-title" className="workflow-banner-title">
        {t(key, { name: latest.userName ?? '—', at: formatDateTime(latest.at, lang) })}
      </h2>
      {latest.reason ? <p>{t('bannerReason', { reason: latest.reason })}</p> : null}
    </section>
  );
}
