import { DataTable } from '#app/components/data-table';
import { Link } from '@remix-run/react';
import { regionsText } from '#app/i18n/regions';
import { useLang, useT } from '#app/i18n/use-t';
import { formatNumber } from '#app/domain/number-format';
import { num } from '#app/components/table-head';

export interface RegionListRow {
  id: number;
  slug: string;
  name: string;
  colour: string;
  reportingStart: string;
  pilotStart: string;
  baseline: { from: string; to: string };
  active: boolean;
  children: number | null;
  municipalities: number;
}

export function RegionList({ rows }: { rows: readonly RegionListRow[] }) {
  const t = useT(regionsText);
  const lang = useLang();
  return (
    <DataTable
      caption={{ id: 'region-list-caption', text: t('adminRegionsTitle') }}
      columns={[
        t('colName'),
        t('colSlug'),
        t('colReportingStart'),
        t('colPilotStart'),
        t('colBaseline'),
        num(t('colChildren')),
        num(t('colMunicipalities')),
        t('colActive'),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            <span className="region-swatch" style={{ background: r.colour }} aria-hidden="true" />{' '}
            <Link to={`/beheer/regios/${r.slug}`}>{r.name}</Link>
          </th>
          <td>{r.slug}</td>
          <td>{r.reportingStart}</td>
          <td>{r.pilotStart}</td>
          <td>
            {r.baseline.from} – {r.baseline.to}
          </td>
          <td className="num">{r.children === null ? t('unknown') : formatNumber(r.children, lang, 0)}</td>
          <td className="num">{r.municipalities}</td>
          <td>{r.active ? t('yes') : t('no')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
