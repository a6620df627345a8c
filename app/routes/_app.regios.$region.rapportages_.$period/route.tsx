import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { metaLang } from '#app/utils/meta';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDate, formatDateTime, formatMonth } from '#app/utils/format';
import { getLang } from '#app/utils/lang.server';
import { StatusBadge } from '#app/components/status-badge';
import { handleReportAction } from './action.server';
import { loadReportPage, requireReport } from './queries.server';
import { ReportForm } from './report-form';
import { ReviewPanel } from './review-panel';
import { ReportActivity } from './report-activity';
import { ReviewSummary } from './review-summary';
import { WorkflowBanner } from './workflow-banner';
import { Confirmation } from '#app/components/notice';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, region, report } = await requireReport(request, params, 'read:report');
  return loadReportPage(user, region, report, await getLang(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, report } = await requireReport(request, params, 'write:report');
  return handleReportAction(request, await getLang(request), user, report);
}

export default function ReportPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(dict);
  const lang = useLang();
  const { report } = page;
  const formResult = actionData && 'result' in actionData ? actionData : undefined;
  const otherResult = actionData && 'error' in actionData ? actionData : undefined;
  return (
    <>
      <h1>{t('formTitle', { region: page.region.name, month: formatMonth(report.period, lang) })}</h1>
      <p>
        <StatusBadge status={report.status} />{' '}
        {t('formVersion', {
          version: report.version,
          at: formatDateTime(report.updatedAt, lang),
          name: report.updatedByName ?? '—',
        })}{' '}
        {t('formDue', { date: formatDate(page.due, lang) })}
      </p>
      <p className="no-print">
        <Link to={`/regios/${page.region.slug}/rapportages#spc-title`}>{t('formHistoryCharts')}</Link>
      </p>
      {actionData?.notice ? (
        <Confirmation
          text={actionData.notice}
          // A change of status (submitted, approved, returned, reopened) ends the task on this page: the
          // confirmation takes focus and view (GOV.UK's confirmation pattern). A saved draft keeps the
          // user where they were, in the middle of the form.
          takeFocus={actionData.intent !== 'save' && actionData.intent !== 'comment'}
        />
      ) : null}
      <WorkflowBanner events={page.events} />
      {page.review ? <ReviewSummary summary={page.review} /> : null}
      {page.reviewActions.length > 0 ? (
        <ReviewPanel
          actions={page.reviewActions}
          version={report.version}
          error={otherResult?.error && otherResult.intent !== 'comment' ? otherResult.error : null}
        />
      ) : null}
      <ReportForm
        key={report.version}
        page={page}
        lastResult={formResult?.result}
        conflict={formResult?.conflict ?? false}
      />
      <ReportActivity
        page={page}
        commentError={otherResult?.intent === 'comment' ? (otherResult.error?.message ?? null) : null}
      />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: data
      ? `${data.region.name}, ${formatMonth(data.report.period, metaLang(matches))} · Proeftuinmonitor`
      : 'Proeftuinmonitor',
  },
];
