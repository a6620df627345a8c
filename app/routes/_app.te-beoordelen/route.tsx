import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { pageTitle } from '#app/utils/meta';
import { Link, useLoaderData } from '@remix-run/react';
import { getElement } from '#app/domain/catalogue';
import { cycle as dict } from '#app/i18n/cycle';
import { useLang, useT } from '#app/i18n/use-t';
import { listReviewQueue } from '#app/models/review-queue.server';
import { formatNumber } from '#app/domain/number-format';
import { formatDateTime, formatMonth, formatQuarter } from '#app/utils/format';
import { listSubmittedNarratives } from '#app/models/narratives.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';

/** "Te beoordelen": every submitted report across the regions, oldest first. Managers only. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'approve:report');
  const now = new Date();
  return { queue: listReviewQueue(now), narratives: listSubmittedNarratives(now) };
}

export default function ReviewQueuePage() {
  const { queue, narratives } = useLoaderData<typeof loader>();
  const t = useT(dict);
  const lang = useLang();
  const pct = (c: number | null) =>
    c === null ? '—' : `${c > 0 ? '+' : ''}${formatNumber(c * 100, lang, 0)}%`;
  return (
    <>
      <h1>{t('queueTitle')}</h1>
      <p>{queue.length === 0 ? t('queueEmpty') : t('queueIntro', { count: queue.length })}</p>
      {queue.length > 0 ? (
        <DataTable
          caption={{ id: 'queue-caption', text: t('queueCaption') }}
          columns={[
            t('queueReport'),
            t('queueSubmittedAt'),
            num(t('queueDaysWaiting')),
            num(t('queueWarnings')),
            num(t('queueEmptyFields')),
            t('queueChanges'),
          ]}
        >
          {queue.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/regios/${r.regionSlug}/rapportages/${r.period}`}>
                  {r.regionName}, {formatMonth(r.period, lang)}
                </Link>
              </th>
              <td>{r.submittedAt ? formatDateTime(r.submittedAt, lang) : '—'}</td>
              <td className="num">{r.daysWaiting}</td>
              <td className="num">
                {t('queueWarningsExplained', { count: r.warnings, explained: r.explained })}
              </td>
              <td className="num">{r.empty}</td>
              <td>
                {r.changes.length === 0
                  ? '—'
                  : r.changes
                      .map(
                        (c) => `${getElement(c.elementCode)?.label[lang] ?? c.elementCode} ${pct(c.change)}`,
                      )
                      .join('; ')}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <section aria-labelledby="kwartaalverhalen">
        <h2 id="kwartaalverhalen">{t('queueNarrativesTitle')}</h2>
        {narratives.length === 0 ? (
          <p>{t('queueNarrativesNone')}</p>
        ) : (
          <>
            <p>{t('queueNarrativesIntro', { count: narratives.length })}</p>
            <ul>
              {narratives.map((n) => (
                <li key={n.id}>
                  <Link to={`/regios/${n.regionSlug}/verhaal/${n.quarter}`}>
                    {n.regionName}, {formatQuarter(n.quarter, lang)}
                  </Link>
                  : {t('narrativeWaiting', { date: formatDateTime(n.updatedAt, lang), days: n.daysWaiting })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'queueTitle');
