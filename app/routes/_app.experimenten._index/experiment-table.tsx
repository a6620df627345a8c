import { formatDate } from '#app/utils/format';
import { RegisterTable, RegisterStatusBadge } from '#app/components/registers/register-table';
import { EXPERIMENT_STATUS_LABELS, PRINCIPLE_LABELS, labelOf } from '#app/domain/register-codes';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';

interface Row {
  id: number;
  title: string;
  regionName: string;
  status: string;
  statusSince: string;
  startDate: string | null;
  principles: string[];
}

export function ExperimentTable({ rows }: { rows: Row[] }) {
  const t = useT(registers);
  const lang = useLang();
  return (
    <RegisterTable
      rows={rows}
      hrefBase="/experimenten"
      caption={t('expTitle')}
      titleHeader={t('fieldTitle')}
      columns={[
        { header: t('fieldRegion'), cell: (r) => r.regionName },
        {
          header: t('fieldStatus'),
          cell: (r) => (
            <RegisterStatusBadge>{labelOf(EXPERIMENT_STATUS_LABELS, r.status, lang)}</RegisterStatusBadge>
          ),
        },
        { header: t('fieldStatusSince'), cell: (r) => formatDate(r.statusSince, lang) },
        {
          header: t('fieldStartDate'),
          cell: (r) => (r.startDate ? formatDate(r.startDate, lang) : t('notSet')),
        },
        {
          header: t('fieldPrinciples'),
          cell: (r) => r.principles.map((p) => labelOf(PRINCIPLE_LABELS, p, lang)).join(', '),
        },
      ]}
    />
  );
}
