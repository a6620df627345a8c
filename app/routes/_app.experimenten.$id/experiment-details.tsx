import { formatDate } from '~/utils/format';
import { DetailsList } from '~/components/registers/entry-page';
import {
  EXPERIMENT_STATUS_LABELS,
  OUTCOME_LABELS,
  PARTNER_LABELS,
  PRINCIPLE_LABELS,
  THEME_LABELS,
  labelOf,
} from '~/domain/register-codes';
import { getIndicator } from '~/domain/indicators';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';

interface Experiment {
  regionName: string;
  hypothesis: string;
  description: string;
  principles: string[];
  themes: string[];
  partners: string[];
  status: string;
  statusSince: string;
  startDate: string | null;
  endDate: string | null;
  outcome: string | null;
  lessons: string | null;
  indicators: string[];
}

export function ExperimentDetails({ experiment: e }: { experiment: Experiment }) {
  const t = useT(registers);
  const lang = useLang();
  const list = <T extends string>(labels: Record<T, { nl: string; en: string }>, codes: string[]) =>
    codes.length > 0 ? codes.map((c) => labelOf(labels, c, lang)).join(', ') : t('notSet');
  const rows: [string, string][] = [
    [t('fieldRegion'), e.regionName],
    [t('fieldStatus'), labelOf(EXPERIMENT_STATUS_LABELS, e.status, lang)],
    [t('fieldStatusSince'), formatDate(e.statusSince, lang)],
    [t('fieldStartDate'), e.startDate ? formatDate(e.startDate, lang) : t('notSet')],
    [t('fieldEndDate'), e.endDate ? formatDate(e.endDate, lang) : t('notSet')],
    [t('fieldPrinciples'), list(PRINCIPLE_LABELS, e.principles)],
    [t('fieldThemes'), list(THEME_LABELS, e.themes)],
    [t('fieldPartners'), list(PARTNER_LABELS, e.partners)],
    [t('fieldHypothesis'), e.hypothesis || t('notSet')],
    [t('fieldDescription'), e.description || t('notSet')],
    [t('fieldOutcome'), e.outcome ? labelOf(OUTCOME_LABELS, e.outcome, lang) : t('notSet')],
    [t('fieldLessons'), e.lessons ?? t('notSet')],
    [
      t('fieldIndicators'),
      e.indicators.length > 0
        ? e.indicators.map((c) => getIndicator(c)?.label[lang] ?? c).join(', ')
        : t('notSet'),
    ],
  ];
  return <DetailsList rows={rows} />;
}
