import { formatPercent } from '#app/domain/number-format';
import { DataTable } from '#app/components/data-table';
import { Link } from '@remix-run/react';
import type { CompletenessCell } from '#app/domain/completeness';
import { StatusBadge } from '#app/components/status-badge';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { formatMonth } from '#app/utils/format';
import { num } from '#app/components/table-head';

type Rates = { submitted: number | null; onTime: number | null; approved: number | null };
interface Row {
  region: { id: number; slug: string; name: string; sortOrder: number; colour: string };
  cells: CompletenessCell[];
  expected: number;
  submitted: number;
  onTime: number;
  approved: number;
  rates: Rates;
}

function Cell({ cell, slug }: { cell: CompletenessCell; slug: string }) {
  const t = useT(dict);
  if (cell.state === 'not_expected') return <td className="compl-na">{t('complStateNotExpected')}</td>;
  const timing = cell.onTime === true ? t('complOnTime') : cell.onTime === false ? t('complLate') : null;
  return (
    <td className={`compl-${cell.state}${cell.onTime === false ? ' compl-late' : ''}`}>
      {cell.status ? (
        <Link to={`/regios/${slug}/rapportages/${cell.period}`}>
          <StatusBadge status={cell.status} />
        </Link>
      ) : null}
      {!cell.submitted ? (
        <span> {cell.state === 'missing' ? t('complStateMissing') : t('complStateOpen')}</span>
      ) : null}
      {timing ? <span className="compl-timing"> {timing}</span> : null}
    </td>
  );
}

export function CompletenessMatrix({ periods, matrix }: { periods: string[]; matrix: Row[] }) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <DataTable
      className="table compl-matrix"
      caption={{ id: 'compl-caption', text: t('complCaption') }}
      columns={[t('complRegion'), ...periods.map((p) => formatMonth(p, lang))]}
    >
      {matrix.map((row) => (
        <tr key={row.region.id}>
          <th scope="row">
            <span
              className="region-swatch"
              style={{ backgroundColor: row.region.colour }}
              aria-hidden="true"
            />{' '}
            {row.region.name}
          </th>
          {row.cells.map((c) => (
            <Cell key={c.period} cell={c} slug={row.region.slug} />
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

export function CompletenessRates({
  matrix,
  total,
}: {
  matrix: Row[];
  total: Omit<Row, 'region' | 'cells'>;
}) {
  const t = useT(dict);
  const lang = useLang();
  const pct = (r: number | null) => (r === null ? t('complNoRate') : formatPercent(r, lang));
  const line = (key: string, name: string, r: Omit<Row, 'region' | 'cells'>) => (
    <tr key={key}>
      <th scope="row">{name}</th>
      <td className="num">{r.expected}</td>
      <td className="num">
        {r.submitted} ({pct(r.rates.submitted)})
      </td>
      <td className="num">
        {r.onTime} ({pct(r.rates.onTime)})
      </td>
      <td className="num">
        {r.approved} ({pct(r.rates.approved)})
      </td>
    </tr>
  );
  return (
    <DataTable
      className="table compl-rates"
      caption={{ id: 'compl-rates-caption', text: t('complRatesTitle') }}
      columns={[
        t('complRegion'),
        num(t('complExpected')),
        num(t('complRate')),
        num(t('complOnTimeRate')),
        num(t('complApprovedRate')),
      ]}
    >
      {matrix.map((row) => line(String(row.region.id), row.region.name, row))}
      {matrix.length > 1 ? line('total', t('complTotal'), total) : null}
    </DataTable>
  );
}
