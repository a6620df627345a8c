import { labelOf } from '#app/domain/register-codes';
import { RegisterTable } from '#app/components/registers/register-table';
import {
  BOTTLENECK_STATUS_LABELS,
  EXPERIMENT_STATUS_LABELS,
  SEVERITY_LABELS,
} from '#app/domain/register-codes';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';

/** The region's experiments and bottlenecks, in the registers' own list table. */
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
          <RegisterTable
            rows={experiments}
            hrefBase="/experimenten"
            caption={t('experiments')}
            titleHeader={t('title')}
            columns={[
              { header: t('status'), cell: (e) => labelOf(EXPERIMENT_STATUS_LABELS, e.status, lang) },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="region-bottlenecks">
        <h2 id="region-bottlenecks">{t('bottlenecks')}</h2>
        {bottlenecks.length === 0 ? (
          <p>{t('noneYet')}</p>
        ) : (
          <RegisterTable
            rows={bottlenecks}
            hrefBase="/knelpunten"
            caption={t('bottlenecks')}
            titleHeader={t('title')}
            columns={[
              { header: t('status'), cell: (b) => labelOf(BOTTLENECK_STATUS_LABELS, b.status, lang) },
              { header: t('severity'), cell: (b) => labelOf(SEVERITY_LABELS, b.severity, lang) },
            ]}
          />
        )}
      </section>
    </>
  );
}
