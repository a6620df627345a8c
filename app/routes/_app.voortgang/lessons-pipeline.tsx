import { Link } from '@remix-run/react';
import { formatPeriodLabel } from '#app/utils/format';
import { BOTTLENECK_STATUS_LABELS, BOTTLENECK_STATUSES } from '#app/domain/register-codes';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { TableHead, num } from '#app/components/table-head';

/** Notable lessons from ended experiments, and how many bottlenecks sit in each status. */
export function LessonsAndPipeline({
  period,
  lessons,
  pipeline,
}: {
  period: string;
  lessons: { id: number; title: string; region: string; outcome: string | null; lessons: string }[];
  pipeline: { status: string; n: number }[];
}) {
  const t = useT(dashboards);
  const lang = useLang();
  return (
    <>
      <section className="progress-section" aria-labelledby="lessons">
        <h2 id="lessons">{t('lessons')}</h2>
        {lessons.length === 0 ? (
          <p>{t('noneYet')}</p>
        ) : (
          <ul>
            {lessons.map((l) => (
              <li key={l.id}>
                <Link to={`/experimenten/${l.id}`}>{l.title}</Link> ({l.region}
                {l.outcome ? `, ${l.outcome}` : ''}): {l.lessons}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="progress-section" aria-labelledby="pipeline">
        <h2 id="pipeline">{t('pipeline')}</h2>
        <table className="table" id="pipeline-table">
          <caption>{t('pipelineCaption', { period: formatPeriodLabel(period, lang) })}</caption>
          <TableHead columns={[t('status'), num(t('count'))]} />
          <tbody>
            {BOTTLENECK_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row">{BOTTLENECK_STATUS_LABELS[s][lang]}</th>
                <td className="num">{pipeline.find((p) => p.status === s)?.n ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
