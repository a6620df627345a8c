import { Link } from '@remix-run/react';
import { labelOf } from '~/components/registers/form-parts';
import { BOTTLENECK_STATUS_LABELS, LEGAL_FRAMEWORK_LABELS, SEVERITY_LABELS } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';

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
    <table className="table register-table">
      <thead>
        <tr>
          <th scope="col">{t('fieldTitle')}</th>
          <th scope="col">{t('fieldRegion')}</th>
          <th scope="col">{t('fieldFramework')}</th>
          <th scope="col">{t('fieldSeverity')}</th>
          <th scope="col">{t('fieldStatus')}</th>
          <th scope="col">{t('fieldIdentifiedDate')}</th>
          <th scope="col" className="num">
            {t('fieldAge')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to={`/knelpunten/${r.id}`}>{r.title}</Link>
            </th>
            <td>{r.regionName}</td>
            <td>{labelOf(LEGAL_FRAMEWORK_LABELS, r.legalFramework, lang)}</td>
            <td>{labelOf(SEVERITY_LABELS, r.severity, lang)}</td>
            <td>
              <span className="badge badge-register">
                {labelOf(BOTTLENECK_STATUS_LABELS, r.status, lang)}
              </span>
            </td>
            <td>{r.identifiedDate}</td>
            <td className="num">{r.ageDays}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
