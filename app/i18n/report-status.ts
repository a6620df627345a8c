import type { Lang } from '#app/domain/lang';
import type { ReportStatus } from '#app/domain/report-status';
import { shellText, type ShellKey } from './shell-text';
import { translate } from './i18n';

const KEYS = {
  concept: 'statusConcept',
  ingediend: 'statusIngediend',
  goedgekeurd: 'statusGoedgekeurd',
  teruggestuurd: 'statusTeruggestuurd',
} as const satisfies Record<ReportStatus, ShellKey>;

/** A report status in the interface language ("Goedgekeurd"); an unknown code as it is. */
export function reportStatusLabel(status: string, lang: Lang): string {
  const key = (KEYS as Record<string, ShellKey>)[status];
  return key ? translate(shellText, lang, key) : status;
}
