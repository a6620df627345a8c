import { formatDate } from '#app/utils/format';
import { RegisterTable, RegisterStatusBadge } from '#app/components/registers/register-table';
import {
  BOTTLENECK_STATUS_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  SEVERITY_LABELS,
  labelOf,
} from '#app/domain/register-codes';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';

interface Row {
  id: number;
  title: string;
  regionName: string;
  legalFramework: string;
  severity: string;
  status: string;
  identifiedDate: string;
  ageDays: number;
}

export function BottleneckTable({ rows }: { rows: Row[] }) {
  const t = useT(registers);
  const lang = useLang();
  return (
    <RegisterTable
      rows={rows}
      hrefBase="/knelpunten"
      caption={t('bnTitle')}
      titleHeader={t('fieldTitle')}
      columns={[
        { header: t('fieldRegion'), cell: (r) => r.regionName },
        { header: t('fieldFramework'), cell: (r) => labelOf(LEGAL_FRAMEWORK_LABELS, r.legalFramework, lang) },
        { header: t('fieldSeverity'), cell: (r) => labelOf(SEVERITY_LABELS, r.severity, lang) },
        {
          header: t('fieldStatus'),
          cell: (r) => (
            <RegisterStatusBadge>{labelOf(BOTTLENECK_STATUS_LABELS, r.status, lang)}</RegisterStatusBadge>
          ),
        },
        { header: t('fieldIdentifiedDate'), cell: (r) => formatDate(r.identifiedDate, lang) },
        { header: t('fieldAge'), cell: (r) => r.ageDays, num: true },
      ]}
    />
  );
}
