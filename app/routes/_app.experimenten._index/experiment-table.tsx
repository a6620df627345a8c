import { Link } from '@remix-run/react';
import { EXPERIMENT_STATUS_LABELS, PRINCIPLE_LABELS } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';
import { labelOf } from '~/components/registers/form-parts';

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
    <table className="table register-table">
      <thead>
        <tr>
          <th scope="col">{t('fieldTitle')}</th>
          <th scope="col">{t('fieldRegion')}</th>
          <th scope="col">{t('fieldStatus')}</th>
          <th scope="col">{t('fieldStatusSince')}</th>
          <th scope="col">{t('fieldStartDate')}</th>
          <th scope="col">{t('fieldPrinciples')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to={`/experimenten/${r.id}`}>{r.title}</Link>
            </th>
            <td>{r.regionName}</td>
            <td>
              <span className="badge badge-register">
                {labelOf(EXPERIMENT_STATUS_LABELS, r.status, lang)}
              </span>
            </td>
            <td>{r.statusSince}</td>
            <td>{r.startDate ?? t('notSet')}</td>
            <td>{r.principles.map((p) => labelOf(PRINCIPLE_LABELS, p, lang)).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
