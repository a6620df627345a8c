import { formatNumber } from '#app/domain/number-format';
import { comparisonText } from '#app/i18n/comparison-groups';
import { useLang, useT } from '#app/i18n/use-t';
import { num } from '#app/components/table-head';
import { DataTable } from '#app/components/data-table';

/** Municipalities with their size and urbanity, for choosing a matched group. */
export function MunicipalityTable({
  label,
  rows,
}: {
  label: string;
  rows: { code: string; name: string; children?: number | null; urbanity?: number | null }[];
}) {
  const t = useT(comparisonText);
  const lang = useLang();
  if (rows.length === 0) return null;
  return (
    <DataTable
      label={label}
      columns={[t('colCode'), t('colName'), num(t('colChildren')), num(t('colUrbanity'))]}
    >
      {rows.map((r) => (
        <tr key={r.code}>
          <td>{r.code}</td>
          <th scope="row">{r.name}</th>
          <td className="num">{r.children == null ? '—' : formatNumber(r.children, lang, 0)}</td>
          <td className="num">{r.urbanity ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
