import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ErrorSummary } from '#app/components/error-summary';
import { StatusBadge } from '#app/components/status-badge';
import { narratives as dict } from '#app/i18n/narratives';
import { useLang, useT } from '#app/i18n/use-t';
import { reportStatusLabel } from '#app/i18n/report-status';
import { formatDateTime, formatQuarter } from '#app/utils/format';
import { pageTitle } from '#app/utils/meta';
import { getNarrativeFor, listNarrativeHistory } from '#app/models/narratives.server';
import { findRegionBySlug } from '#app/models/regions.server';
import { viewerFor } from '#app/models/viewer.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requirePermission, requireUserWithPermission } from '#app/utils/permissions.server';
import { handleNarrative } from './action.server';
import { NarrativeForm } from './narrative-form';
import { userHasPermission } from '#app/domain/permissions';
import { Confirmation } from '#app/components/notice';

const QUARTER_RE = /^\d{4}-Q[1-4]$/;
const ACTION_KEY = {
  save: 'actionSave',
  submit: 'actionSubmit',
  approve: 'actionApprove',
  return: 'actionReturn',
  reopen: 'actionReopen',
} as const;

async function requireNarrativePage(request: Request, params: { region?: string; quarter?: string }) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const region = findRegionBySlug(params.region ?? '') ?? notFound();
  if (!QUARTER_RE.test(params.quarter ?? '')) notFound();
  return { user, region, quarter: params.quarter! };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, region, quarter } = await requireNarrativePage(request, params);
  const full = userHasPermission(user, 'read:report', { regionId: region.id });
  // Reviewers and other regions' coordinators read an approved narrative only.
  const narrative = getNarrativeFor(viewerFor(user), { regionId: region.id, quarter });
  return {
    region: { slug: region.slug, name: region.name },
    quarter,
    role: user.role,
    canWrite: userHasPermission(user, 'write:report', { regionId: region.id }),
    full,
    narrative,
    history: narrative && full ? listNarrativeHistory({ narrativeId: narrative.id }) : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, region, quarter } = await requireNarrativePage(request, params);
  requirePermission(user, 'write:report', { regionId: region.id });
  return handleNarrative(request, await getLang(request), user, region, quarter);
}

export default function NarrativePage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT(dict);
  const lang = useLang();
  const n = d.narrative;
  const text = result?.text ?? n ?? { context: '', learned: '', principles: {} };
  return (
    <>
      <h1>{t('title', { region: d.region.name, quarter: formatQuarter(d.quarter, lang) })}</h1>
      <p>{t('intro')}</p>
      {result?.notice ? <Confirmation text={result.notice} takeFocus={result.intent !== 'save'} /> : null}
      <ErrorSummary errors={result?.errors ?? []} />
      {n ? (
        <p>
          {t('status')}: <StatusBadge status={n.status} />
        </p>
      ) : null}
      {n?.status === 'teruggestuurd' && n.returnReason ? (
        <p className="notice">{t('returnReason', { reason: n.returnReason })}</p>
      ) : null}
      {!n && !d.full ? (
        <p>{t('noneApproved')}</p>
      ) : (
        <NarrativeForm
          role={d.role}
          status={n?.status ?? 'concept'}
          version={n?.version ?? 0}
          text={text}
          canWrite={d.canWrite}
        />
      )}
      {d.history.length ? (
        <section aria-labelledby="narrative-history">
          <h2 id="narrative-history">{t('history')}</h2>
          <ol className="narrative-history">
            {d.history.map((h) => (
              <li key={`${h.version}-${h.at}`}>
                {t('historyEntry', {
                  version: h.version,
                  action: t(ACTION_KEY[h.action]),
                  name: h.name ?? '?',
                  at: formatDateTime(h.at, lang),
                  status: reportStatusLabel(h.status, lang).toLowerCase(),
                })}
                {h.reason ? ` — ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dict, 'pageTitle');
