import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { periodOfDate } from '#app/domain/periods';
import { targetInForce } from '#app/domain/scoring';
import { dashboards } from '#app/i18n/dashboards';
import { translate } from '#app/i18n/i18n';
import { useT } from '#app/i18n/use-t';
import { createTarget, listTargetHistory, listTargetSettings } from '#app/models/targets.server';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { TargetForm } from './target-form';
import { TargetTable } from './target-table';
import { targetSchema } from './target-schema';
import { readFormData } from '#app/utils/form-data.server';
import { pageTitle } from '#app/utils/meta';
import { SuccessNotice } from '#app/components/notice';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'manage:target');
  const now = periodOfDate(new Date());
  const settings = listTargetSettings();
  return {
    now,
    rows: INDICATORS.map((i) => ({ code: i.code, ...targetInForce(i, settings, now) })),
    history: listTargetHistory(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, 'manage:target');
  const lang = await getLang(request);
  const submission = parseWithZod(await readFormData(request), { schema: targetSchema(lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null }, { status: 400 });
  const v = submission.value;
  createTarget({ ...v, note: v.note ?? '' }, user.id);
  const label = getIndicator(v.indicatorCode)!.label[lang];
  return {
    result: submission.reply({ resetForm: true }),
    notice: translate(dashboards, lang, 'saved', { indicator: label }),
  };
}

export default function TargetsPage() {
  const { now, rows, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(dashboards);
  return (
    <>
      <h1>{t('targetsTitle')}</h1>
      <p>{t('targetsIntro')}</p>
      <SuccessNotice text={actionData?.notice} />
      <TargetForm lastResult={actionData?.result} defaultPeriod={now} />
      <TargetTable rows={rows} history={history} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dashboards, 'targetsTitle');
