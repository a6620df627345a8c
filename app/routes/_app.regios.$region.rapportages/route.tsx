import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { lastEndedQuarter } from '#app/domain/aggregation';
import { NarrativeLinks } from '#app/components/narrative-links';
import { regionNarrativeLinks } from '#app/models/narratives.server';
import { viewerFor } from '#app/models/viewer.server';
import { TableScroll } from '#app/components/table-scroll';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { clampToWindow, dueDate, lastEndedPeriod, periodRange } from '#app/domain/periods';
import { listMonthsNotStarted } from '#app/models/todo.server';
import { isOverdue } from '#app/domain/workflow';
import { OverdueList, OverdueMark } from './overdue-list';
import { reports as dict } from '#app/i18n/reports';
import { getReportDueDay } from '#app/models/settings.server';
import { common } from '#app/i18n/common';
import { pageTitle } from '#app/utils/meta';
import { translate } from '#app/i18n/i18n';
import { useLang, useT } from '#app/i18n/use-t';
import { baselineOf, findRegionBySlug } from '#app/models/regions.server';
import { listRegionReports, ReportExistsError, startReport } from '#app/models/reports.server';
import { formatDate, formatDateTime, formatMonth } from '#app/utils/format';
import { getLang } from '#app/utils/lang.server';
import { notFound, requirePermission, requireUserWithPermission } from '#app/utils/permissions.server';
import { StatusBadge } from '#app/components/status-badge';
import { readFormData } from '#app/utils/form-data.server';
import { userHasPermission } from '#app/domain/permissions';
import { TableHead } from '#app/components/table-head';
import { SuccessNotice } from '#app/components/notice';
import { RegionSpc } from '#app/components/spc/region-spc';
import { useUser } from '#app/utils/user';
import { loadRegionControlChart } from '#app/models/spc.server';

const StartSchema = z.object({
  intent: z.literal('start'),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});

async function loadRegion(
  request: Request,
  slug: string | undefined,
  access: 'read:report' | 'write:report',
) {
  const user = await requireUserWithPermission(request, 'read:report');
  const region = findRegionBySlug(slug ?? '') ?? notFound();
  requirePermission(user, access, { regionId: region.id });
  return { user, region };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, region } = await loadRegion(request, params.region, 'read:report');
  const reports = listRegionReports({ regionId: region.id });
  const dueDay = getReportDueDay();
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  // Months nobody started have no row, yet are as overdue as a draft once their due date passed.
  const missing = listMonthsNotStarted({ regionId: region.id, now, dueDay })
    .map(({ period, due, overdue }) => ({ period, due, overdue, status: null }))
    .reverse();
  // The history as a control chart: one indicator or outcome rate of the region (?spc=code) over
  // the 36 months up to its newest report (none yet: the last ended month), limits from the
  // region's baseline, as on the region page. The list is the region's own (checked above), so its
  // drafts count for its coordinator.
  const baseline = baselineOf(region);
  const newest = reports.reduce<string | null>((m, r) => (m === null || r.period > m ? r.period : m), null);
  const spc = loadRegionControlChart(viewerFor(user), {
    period: newest ?? lastEndedPeriod(now),
    regionId: region.id,
    baseline,
    asked: new URL(request.url).searchParams.get('spc') ?? '',
  });
  return {
    region,
    baseline,
    spc,
    reports: reports.map((r) => {
      const due = dueDate(r.period, dueDay);
      return { ...r, due, overdue: isOverdue(r.status, due, today) };
    }),
    missing,
    canWrite: userHasPermission(user, 'write:report', { regionId: region.id }),
    narratives: regionNarrativeLinks(user, viewerFor(user), region.id, lastEndedQuarter(now)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, region } = await loadRegion(request, params.region, 'write:report');
  const lang = await getLang(request);
  const parsed = StartSchema.safeParse(Object.fromEntries(await readFormData(request)));
  const allowed = periodRange(clampToWindow(region.reportingStart), lastEndedPeriod(new Date()));
  if (!parsed.success || !allowed.includes(parsed.data.period)) {
    return data({ error: translate(common, lang, 'valPeriodInvalid'), notice: null }, { status: 400 });
  }
  try {
    startReport({ regionId: region.id, period: parsed.data.period, userId: user.id });
  } catch (error) {
    if (error instanceof ReportExistsError)
      return data({ error: translate(common, lang, 'valReportExists'), notice: null }, { status: 409 });
    throw error;
  }
  return {
    error: null,
    notice: translate(common, lang, 'reportsStarted', { month: formatMonth(parsed.data.period, lang) }),
  };
}

export default function RegionReportsPage() {
  const { region, reports, missing, canWrite, narratives, baseline, spc } = useLoaderData<typeof loader>();
  const user = useUser();
  const result = useActionData<typeof action>();
  const t = useT(common);
  const tr = useT(dict);
  const lang = useLang();
  // newest first, months nobody started among the reports
  const rows = [...missing, ...reports].sort((a, b) => b.period.localeCompare(a.period));
  return (
    <>
      <h1>{t('reportsTitle', { region: region.name })}</h1>
      {result?.error ? (
        <p className="error-summary" role="alert">
          {result.error}
        </p>
      ) : null}
      <SuccessNotice text={result?.notice} />
      {canWrite ? (
        <p className="actions">
          <Link to={`/regios/${region.slug}/import`}>{tr('listImport')}</Link>
          <a href={`/export/waarden.csv?region=${region.slug}`}>{tr('listExport')}</a>
        </p>
      ) : null}
      <OverdueList reports={[...missing, ...reports]} />
      <NarrativeLinks slug={region.slug} items={narratives} />
      {canWrite ? (
        <section aria-labelledby="missing-title">
          <h2 id="missing-title">{t('reportsMissing')}</h2>
          {missing.length === 0 ? <p>{t('reportsMissingNone')}</p> : null}
          {missing.map(({ period }) => (
            <Form method="post" key={period} className="inline-form">
              <input type="hidden" name="intent" value="start" />
              <input type="hidden" name="period" value={period} />
              <button type="submit" className="button-secondary">
                {t('reportsStart', { month: formatMonth(period, lang) })}
              </button>
            </Form>
          ))}
        </section>
      ) : null}
      <TableScroll labelledBy="reports-list-title">
        <table className="table">
          <caption id="reports-list-title" className="visually-hidden">
            {t('reportsTitle', { region: region.name })}
          </caption>
          <TableHead
            columns={[
              t('reportsPeriod'),
              t('reportsStatus'),
              tr('listDue'),
              t('reportsUpdated'),
              tr('listChangedBy'),
            ]}
          />
          <tbody>
            {rows.map((r) =>
              'id' in r ? (
                <tr key={r.period}>
                  <th scope="row">
                    <Link
                      to={r.period}
                      aria-label={tr('listOpenReport', { month: formatMonth(r.period, lang) })}
                    >
                      {formatMonth(r.period, lang)}
                    </Link>
                  </th>
                  <td>
                    <StatusBadge status={r.status} />
                    <OverdueMark overdue={r.overdue} />
                  </td>
                  <td>{formatDate(r.due, lang)}</td>
                  <td>{formatDateTime(r.updatedAt, lang)}</td>
                  <td>{r.updatedByName ?? '—'}</td>
                </tr>
              ) : (
                <tr key={r.period}>
                  <th scope="row">{formatMonth(r.period, lang)}</th>
                  <td>
                    {tr('listNotStarted')}
                    <OverdueMark overdue={r.overdue} />
                  </td>
                  <td>{formatDate(r.due, lang)}</td>
                  <td>—</td>
                  <td>—</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </TableScroll>
      <RegionSpc
        region={region}
        keep={{}}
        baseline={baseline}
        spc={spc}
        recalc={userHasPermission(user, 'manage:limits')}
      />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, common, 'reportsTitle', { region: data?.region.name ?? '' });
