import { formatDate } from '~/utils/format';
import { DetailsList } from '~/components/registers/entry-page';
import {
  BOTTLENECK_STATUS_LABELS,
  isClosingBottleneckStatus,
  LEGAL_FRAMEWORK_LABELS,
  PRINCIPLE_LABELS,
  SEVERITY_LABELS,
  labelOf,
} from '~/domain/register-codes';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';

interface Bottleneck {
  regionName: string;
  description: string;
  legalFramework: string;
  article: string;
  principle: string;
  severity: string;
  status: string;
  statusSince: string;
  identifiedDate: string;
  resolvedDate: string | null;
  proposedSolution: string;
}

export function BottleneckDetails({ bottleneck: b, ageDays }: { bottleneck: Bottleneck; ageDays: number }) {
  const t = useT(registers);
  const lang = useLang();
  const rows: [string, string][] = [
    [t('fieldRegion'), b.regionName],
    [t('fieldStatus'), labelOf(BOTTLENECK_STATUS_LABELS, b.status, lang)],
    [t('fieldStatusSince'), formatDate(b.statusSince, lang)],
    [t('fieldFramework'), labelOf(LEGAL_FRAMEWORK_LABELS, b.legalFramework, lang)],
    [t('fieldArticle'), b.article || t('notSet')],
    [t('fieldPrinciple'), labelOf(PRINCIPLE_LABELS, b.principle, lang)],
    [t('fieldSeverity'), labelOf(SEVERITY_LABELS, b.severity, lang)],
    [t('fieldIdentifiedDate'), formatDate(b.identifiedDate, lang)],
    [t('fieldResolvedDate'), b.resolvedDate ? formatDate(b.resolvedDate, lang) : t('notSet')],
    [
      t('fieldAge'),
      isClosingBottleneckStatus(b.status) ? t('ageDays', { days: ageDays }) : t('openAge', { days: ageDays }),
    ],
    [t('fieldDescription'), b.description || t('notSet')],
    [t('fieldProposedSolution'), b.proposedSolution || t('notSet')],
  ];
  return <DetailsList rows={rows} />;
}
