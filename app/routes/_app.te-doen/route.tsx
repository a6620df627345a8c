import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { pageTitle } from '#app/utils/meta';
import { Link, useLoaderData } from '@remix-run/react';
import { cycle as dict } from '#app/i18n/cycle';
import { reportStatusLabel } from '#app/i18n/report-status';
import { useLang, useT } from '#app/i18n/use-t';
import { findRegionById } from '#app/models/regions.server';
import { listReviewQueue } from '#app/models/review-queue.server';
import { getReportDueDay } from '#app/models/settings.server';
import {
  latestApprovedQuarter,
  listExperimentsAwaitingEvaluation,
  listMonthsNotStarted,
  listOpenReports,
} from '#app/models/todo.server';
import { formatDate, formatMonth, formatQuarter } from '#app/utils/format';
import { listSubmittedNarratives, narrativeDue } from '#app/models/narratives.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { userHasPermission } from '#app/domain/permissions';
import { changesSinceLastVisit } from '#app/models/since-last-visit.server';
import { PUBLICATION_VIEWER, viewerFor } from '#app/models/viewer.server';
import { loadSummary } from '#app/models/summary.server';
import { summaryForPage } from '#app/domain/summary';
import { listRegions } from '#app/models/regions.server';
import { SummaryBlock } from '#app/components/dashboard/summary-block';
import { ReviewerStart } from './reviewer-start';
import { listSubmittedExperiencePeriods } from '#app/models/experience.server';
import { experienceBlock } from '#app/i18n/experience-block';
import { StoredDataProblems } from '#app/components/stored-data-problems';
import { lastYear } from '#app/domain/periods';
import { findStoredDataProblems } from '#app/models/stored-data-check.server';

/**
 * The answer first (issue 23): the progress report's summary of the latest approved quarter, as
 * published (approved figures, rounded cells), heading the manager's and the reviewer's start page.
 */
function startSummary(now: Date) {
  const quarter = latestApprovedQuarter(now);
  if (!quarter) return null;
  return summaryForPage(
    loadSummary(
      PUBLICATION_VIEWER,
      quarter,
      listRegions().map((r) => r.id),
    ),
  );
}

/** "Te doen": the start page per role, what waits for this user now. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const dueDay = getReportDueDay();
  // What waits for this user follows from what they may do: fill in their region's months, review
  // submitted reports, or read the published figures.
  if (userHasPermission(user, 'submit:report:own') && user.regionId) {
    const region = findRegionById(user.regionId);
    return {
      start: 'region' as const,
      role: 'coordinator' as const,
      slug: region?.slug ?? '',
      open: listOpenReports({ regionId: user.regionId, today, dueDay }),
      notStarted: listMonthsNotStarted({ regionId: user.regionId, now, dueDay }),
      experiments: listExperimentsAwaitingEvaluation({ regionId: user.regionId, today }),
      narrative: narrativeDue({ regionId: user.regionId, now }),
    };
  }
  if (userHasPermission(user, 'approve:report'))
    return {
      start: 'review' as const,
      role: 'manager' as const,
      summary: startSummary(now),
      stored: { problems: findStoredDataProblems(), lastYear: lastYear(now) },
      queue: listReviewQueue(now).map((r) => ({
        id: r.id,
        slug: r.regionSlug,
        name: r.regionName,
        period: r.period,
        days: r.daysWaiting,
      })),
      overdue: [
        ...listOpenReports({ today, dueDay }).filter((r) => r.overdue),
        ...listMonthsNotStarted({ now, dueDay }).filter((m) => m.overdue),
      ].sort((a, b) => a.period.localeCompare(b.period)),
      narratives: listSubmittedNarratives(now),
      experience: userHasPermission(user, 'approve:experience') ? listSubmittedExperiencePeriods() : [],
    };
  // A reader's start page: the latest approved quarter and what became visible since the last visit.
  const { since, changes } = changesSinceLastVisit(viewerFor(user), user.id, now);
  return {
    start: 'reading' as const,
    role: 'reviewer' as const,
    quarter: latestApprovedQuarter(now),
    summary: startSummary(now),
    since,
    changes,
  };
}

export default function TodoPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT(dict);
  const te = useT(experienceBlock);
  const lang = useLang();
  const month = (p: string) => formatMonth(p, lang);
  return (
    <>
      <h1>{t('todoTitle')}</h1>
      {data.start !== 'region' && data.summary ? (
        <SummaryBlock data={data.summary} moreHref={`/voortgang?period=${data.summary.period}`} />
      ) : null}
      {data.start === 'region' ? (
        <>
          <section aria-labelledby="todo-reports">
            <h2 id="todo-reports">{t('todoReports')}</h2>
            {data.open.length === 0 && data.notStarted.length === 0 ? <p>{t('todoNothing')}</p> : null}
            <ul>
              {data.open.map((r) => (
                <li key={r.period}>
                  <Link to={`/regios/${r.slug}/rapportages/${r.period}`}>{month(r.period)}</Link>:{' '}
                  {reportStatusLabel(r.status, lang).toLowerCase()},{' '}
                  {t('todoDue', { date: formatDate(r.due, lang) })}
                  {r.overdue ? <strong> {t('overdue')}</strong> : null}
                </li>
              ))}
              {data.notStarted.map((m) => (
                <li key={m.period}>
                  <Link to={`/regios/${data.slug}/rapportages`}>{month(m.period)}</Link>:{' '}
                  {t('todoNotStarted')}, {t('todoDue', { date: formatDate(m.due, lang) })}
                  {m.overdue ? <strong> {t('overdue')}</strong> : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="todo-narrative">
            <h2 id="todo-narrative">{t('todoNarrative')}</h2>
            {data.narrative ? (
              <p>
                <Link to={`/regios/${data.slug}/verhaal/${data.narrative.quarter}`}>
                  {t('todoNarrativeLink', { quarter: formatQuarter(data.narrative.quarter, lang) })}
                </Link>
                :{' '}
                {data.narrative.status
                  ? reportStatusLabel(data.narrative.status, lang).toLowerCase()
                  : t('todoNotStarted')}
              </p>
            ) : (
              <p>{t('todoNothing')}</p>
            )}
          </section>
          <section aria-labelledby="todo-experiments">
            <h2 id="todo-experiments">{t('todoExperiments')}</h2>
            {data.experiments.length === 0 ? (
              <p>{t('todoNothing')}</p>
            ) : (
              <ul>
                {data.experiments.map((e) => (
                  <li key={e.id}>
                    <Link to={`/experimenten/${e.id}`}>{e.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      {data.start === 'review' ? (
        <>
          <StoredDataProblems problems={data.stored.problems} lastYear={data.stored.lastYear} />
          <section aria-labelledby="todo-review">
            <h2 id="todo-review">
              <Link to="/te-beoordelen">{t('todoReview', { count: data.queue.length })}</Link>
            </h2>
            <ul>
              {data.queue.map((r) => (
                <li key={r.id}>
                  <Link to={`/regios/${r.slug}/rapportages/${r.period}`}>
                    {r.name}, {month(r.period)}
                  </Link>{' '}
                  ({t('todoWaiting', { days: r.days })})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="todo-narratives">
            <h2 id="todo-narratives">
              <Link to="/te-beoordelen#kwartaalverhalen">
                {t('todoNarrativesReview', { count: data.narratives.length })}
              </Link>
            </h2>
            <ul>
              {data.narratives.map((n) => (
                <li key={n.id}>
                  <Link to={`/regios/${n.regionSlug}/verhaal/${n.quarter}`}>
                    {n.regionName}, {formatQuarter(n.quarter, lang)}
                  </Link>{' '}
                  ({t('todoWaiting', { days: n.daysWaiting })})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="todo-experience">
            <h2 id="todo-experience">{te('todoExperience', { count: data.experience.length })}</h2>
            <ul>
              {data.experience.map((e) => (
                <li key={`${e.regionSlug}-${e.period}`}>
                  <Link to={`/regios/${e.regionSlug}/ervaring`}>
                    {e.regionName}, {e.period}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="todo-overdue">
            <h2 id="todo-overdue">{t('todoOverdue', { count: data.overdue.length })}</h2>
            <ul>
              {data.overdue.map((r) => (
                <li key={`${r.slug}-${r.period}`}>
                  <Link to={`/regios/${r.slug}/rapportages${'status' in r ? `/${r.period}` : ''}`}>
                    {r.regionName}, {month(r.period)}
                  </Link>
                  : {'status' in r ? null : `${t('todoNotStarted')}, `}
                  {t('todoDue', { date: formatDate(r.due, lang) })}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
      {data.start === 'reading' ? (
        <ReviewerStart quarter={data.quarter} since={data.since} changes={data.changes} />
      ) : null}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'todoTitle');
