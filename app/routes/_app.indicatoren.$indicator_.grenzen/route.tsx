import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { getIndicator } from '#app/domain/indicators';
import { getRateOutcome } from '#app/domain/outcomes';
import { translate } from '#app/i18n/i18n';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';
import { listRegions } from '#app/models/regions.server';
import {
  listAllRecalculations,
  listRecalculationHistory,
  recordRecalculation,
  withdrawRecalculation,
} from '#app/models/spc.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';
import { formatDate } from '#app/utils/format';
import { pageTitle } from '#app/utils/meta';
import { SuccessNotice } from '#app/components/notice';
import { TableScroll } from '#app/components/table-scroll';
import { recalcSchema, withdrawSchema } from './recalc-schema';
import { WithdrawForm } from './withdraw-form';
import { RecalcForm } from './recalc-form';

/**
 * A manager, and what has a control chart: an indicator (register indicators have none), or an
 * outcome rate per 10,000 children, whose charts are per region only (`programme` false: the
 * programme total has no control chart of it, so no recalculation either).
 */
async function requireManagerAndIndicator(request: Request, code: string | undefined) {
  const user = await requireUserWithPermission(request, 'manage:limits');
  const indicator = getIndicator(code ?? '');
  if (indicator && indicator.formula.kind !== 'register')
    return { user, indicator: { code: indicator.code, programme: true } };
  const rate = getRateOutcome(code ?? '');
  if (!rate) notFound();
  return { user, indicator: { code: rate.code, programme: false } };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { indicator } = await requireManagerAndIndicator(request, params.indicator);
  const regions = listRegions().map((r) => ({ id: r.id, slug: r.slug, name: r.name }));
  // the history: every recalculation, withdrawn ones with who withdrew them, when and why
  return {
    code: indicator.code,
    programme: indicator.programme,
    regions,
    recalculations: listRecalculationHistory(indicator.code),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, indicator } = await requireManagerAndIndicator(request, params.indicator);
  const lang = await getLang(request);
  const form = await readFormData(request);
  if (form.get('intent') === 'withdraw') {
    const submission = parseWithZod(form, { schema: withdrawSchema(lang) });
    const withdrawId = Number(form.get('id')) || null;
    if (submission.status !== 'success')
      return data({ result: submission.reply(), notice: null, withdrawId }, { status: 400 });
    const outcome = withdrawRecalculation({
      id: submission.value.id,
      indicatorCode: indicator.code,
      reason: submission.value.reason,
      userId: user.id,
    });
    if (outcome !== 'ok')
      return data(
        {
          result: submission.reply({
            formErrors: [
              translate(spcText, lang, outcome === 'withdrawn' ? 'valWithdrawn' : 'valWithdrawNotFound'),
            ],
          }),
          notice: null,
          withdrawId,
        },
        { status: 400 },
      );
    return {
      result: submission.reply({ resetForm: true }),
      notice: translate(spcText, lang, 'withdrawSaved'),
      withdrawId,
    };
  }
  const regions = listRegions();
  const submission = parseWithZod(form, {
    schema: recalcSchema(
      lang,
      regions.map((r) => r.slug),
      indicator.programme,
    ),
  });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null, withdrawId: null }, { status: 400 });
  const v = submission.value;
  const regionId = v.scope === 'programma' ? null : (regions.find((r) => r.slug === v.scope)?.id ?? null);
  const taken = listAllRecalculations(indicator.code).some(
    (r) => r.regionId === regionId && r.fromMonth === v.fromMonth,
  );
  if (taken)
    return data(
      {
        result: submission.reply({ fieldErrors: { fromMonth: [translate(spcText, lang, 'valDuplicate')] } }),
        notice: null,
        withdrawId: null,
      },
      { status: 400 },
    );
  recordRecalculation({
    indicatorCode: indicator.code,
    regionId,
    fromMonth: v.fromMonth,
    reason: v.reason,
    userId: user.id,
  });
  return {
    result: submission.reply({ resetForm: true }),
    notice: translate(spcText, lang, 'recalcSaved'),
    withdrawId: null,
  };
}

export default function RecalculationPage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(spcText);
  const lang = useLang();
  const indicator = getIndicator(d.code);
  const rate = getRateOutcome(d.code);
  const label = indicator?.label[lang] ?? t('spcRateWhat', { label: rate?.label[lang] ?? d.code });
  const nameOf = (id: number | null) =>
    id === null ? t('recalcProgramme') : (d.regions.find((r) => r.id === id)?.name ?? String(id));
  return (
    <>
      {indicator ? (
        <p>
          <Link to={`/indicatoren/${d.code}`}>{label}</Link>
        </p>
      ) : null}
      <h1>{t('recalcTitle', { indicator: label })}</h1>
      <p>{t('recalcIntro')}</p>
      {d.programme ? null : <p>{t('recalcRegionsOnly')}</p>}
      <SuccessNotice text={actionData?.notice} />
      <RecalcForm
        regions={d.regions}
        programme={d.programme}
        lastResult={actionData?.withdrawId === null ? actionData?.result : undefined}
      />
      <h2 id="recalc-list">{t('recalcListTitle')}</h2>
      {d.recalculations.length ? (
        <TableScroll labelledBy="recalc-list">
          <table className="table" id="recalc-table">
            <thead>
              <tr>
                <th scope="col">{t('recalcScope')}</th>
                <th scope="col">{t('colFrom')}</th>
                <th scope="col">{t('colReason')}</th>
                <th scope="col">{t('colBy')}</th>
                <th scope="col">{t('colAt')}</th>
                <th scope="col">{t('recalcStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {d.recalculations.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{nameOf(r.regionId)}</th>
                  <td>{r.fromMonth}</td>
                  <td>{r.reason}</td>
                  <td>{r.createdBy ?? '—'}</td>
                  <td>{formatDate(r.createdAt, lang)}</td>
                  <td>
                    {r.withdrawnAt ? (
                      t('recalcWithdrawnBy', {
                        at: formatDate(r.withdrawnAt, lang),
                        by: r.withdrawnBy ?? '—',
                        reason: r.withdrawnReason ?? '—',
                      })
                    ) : (
                      <>
                        {t('recalcActive')}
                        <WithdrawForm
                          id={r.id}
                          lastResult={actionData?.withdrawId === r.id ? actionData.result : undefined}
                        />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('recalcNone')}</p>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, spcText, 'recalcListTitle');
