import { Link } from '@remix-run/react';
import { labelOf } from '~/components/registers/form-parts';
import { BOTTLENECK_STATUS_LABELS, EXPERIMENT_STATUS_LABELS, SEVERITY_LABELS } from '~/domain/register-codes';
import { dashboards } from '~/i18n/dashboards';
import { useLang, useT } from '~/i18n/use-t';

export function RegionRegisters({
  experiments,
  bottlenecks,
}: {
  experiments: { id: number; title: string; status: string }[];
  bottlenecks: { id: number; title: string; status: string; severity: string }[];
}) {
  const t = useT(dashboards);
  const lang = useLang();
  return (
    <>
      <section aria-labelledby="region-experiments">
        <h2 id="region-experiments">{t('experiments')}</h2>
        {experiments.length === 0 ? (
          <p>{t('noneYet')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {experiments.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/experimenten/${e.id}`}>{e.title}</Link>
                  </td>
                  <td>{labelOf(EXPERIMENT_STATUS_LABELS, e.status, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="region-bottlenecks">
        <h2 id="region-bottlenecks">{t('bottlenecks')}</h2>
        {bottlenecks.length === 0 ? (
          <p>{t('noneYet')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('severity')}</th>
              </tr>
            </thead>
            <tbody>
              {bottlenecks.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link to={`/knelpunten/${b.id}`}>{b.title}</Link>
                  </td>
                  <td>{labelOf(BOTTLENECK_STATUS_LABELS, b.status, lang)}</td>
                  <td>{labelOf(SEVERITY_LABELS, b.severity, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
