import { DataTable } from '#app/components/data-table';
import { Link } from '@remix-run/react';
import { formatValue } from '#app/components/charts/chart-format';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDateTime } from '#app/utils/format';
import { num } from '#app/components/table-head';

export function TargetTable({
  rows,
  history,
}: {
  rows: { code: string; target: number | null; floor: number | null; effectiveFrom: string | null }[];
  history: {
    id: number;
    indicatorCode: string;
    target: number;
    floor: number;
    effectiveFrom: string;
    note: string;
    setAt: string;
    setByName: string | null;
  }[];
}) {
  const t = useT(dashboards);
  const lang = useLang();
  return (
    <>
      <DataTable
        id="targets-table"
        caption={{ id: 'targets-caption', text: t('inForce') }}
        columns={[t('indicator'), num(t('target')), num(t('floor')), t('effectiveFrom')]}
      >
        {rows.map((r) => {
          const ind = getIndicator(r.code)!;
          return (
            <tr key={r.code} data-indicator={r.code}>
              <th scope="row">
                <Link to={`/indicatoren/${r.code}`}>{ind.label[lang]}</Link>
              </th>
              <td className="num">{formatValue(r.target, ind.unit, lang)}</td>
              <td className="num">{formatValue(r.floor, ind.unit, lang)}</td>
              <td>{r.effectiveFrom ?? t('default')}</td>
            </tr>
          );
        })}
      </DataTable>
      <h2 id="targets-history-title">{t('history')}</h2>
      {history.length === 0 ? (
        <p>{t('noneYet')}</p>
      ) : (
        <DataTable
          id="targets-history"
          labelledBy="targets-history-title"
          columns={[
            t('indicator'),
            num(t('target')),
            num(t('floor')),
            t('effectiveFrom'),
            t('note'),
            t('setBy'),
            t('setAt'),
          ]}
        >
          {history.map((h) => {
            const ind = INDICATORS.find((i) => i.code === h.indicatorCode);
            return (
              <tr key={h.id}>
                <th scope="row">{ind?.label[lang] ?? h.indicatorCode}</th>
                <td className="num">{ind ? formatValue(h.target, ind.unit, lang) : h.target}</td>
                <td className="num">{ind ? formatValue(h.floor, ind.unit, lang) : h.floor}</td>
                <td>{h.effectiveFrom}</td>
                <td>{h.note}</td>
                <td>{h.setByName ?? ''}</td>
                <td>{formatDateTime(h.setAt, lang)}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
