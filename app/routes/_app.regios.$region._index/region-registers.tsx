import { Link } from '@remix-run/react';
import { dashboards } from '~/i18n/dashboards';
import { useT } from '~/i18n/use-t';

export function RegionRegisters({
  experiments,
  bottlenecks,
}: {
  experiments: { id: number; title: string; status: string }[];
  bottlenecks: { id: number; title: string; status: string; severity: string }[];
}) {
  const t = useT(dashboards);
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
                  <td>{e.status}</td>
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
                  <td>{b.status}</td>
                  <td>{b.severity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
