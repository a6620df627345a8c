import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { lastEndedPeriod } from '#app/domain/periods';
import { comparisonGroupSchema } from '#app/forms/comparison-group-schema';
import { translate } from '#app/i18n/i18n';
import { comparisonText } from '#app/i18n/comparison-groups';
import { useT } from '#app/i18n/use-t';
import {
  chooseMatchedGroup,
  listMatchedGroupChoices,
  matchedGroupOptions,
} from '#app/models/comparison-groups.server';
import { findRegionBySlug } from '#app/models/regions.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requireUserWithPermission } from '#app/utils/permissions.server';
import { pageTitle } from '#app/utils/meta';
import { SuccessNotice } from '#app/components/notice';
import { MunicipalityTable } from './municipality-table';

async function requireManagerAndRegion(request: Request, slug: string | undefined) {
  const user = await requireUserWithPermission(request, 'manage:comparison');
  const region = findRegionBySlug(slug ?? '');
  if (!region || !region.active) notFound();
  return { user, region };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { region } = await requireManagerAndRegion(request, params.region);
  const month = lastEndedPeriod(new Date());
  const options = matchedGroupOptions(region.id, month);
  return {
    region: { slug: region.slug, name: region.name },
    ...options,
    choices: listMatchedGroupChoices(region.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, region } = await requireManagerAndRegion(request, params.region);
  const lang = await getLang(request);
  const submission = parseWithZod(await readFormData(request), { schema: comparisonGroupSchema(lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null, error: null }, { status: 400 });
  const result = chooseMatchedGroup({
    regionId: region.id,
    municipalities: submission.value.municipalities,
    reason: submission.value.reason,
    userId: user.id,
    month: lastEndedPeriod(new Date()),
  });
  if (!result.ok) {
    const error = [
      result.unknown.length
        ? translate(comparisonText, lang, 'errorUnknown', { list: result.unknown.join(', ') })
        : '',
      result.inScope.length
        ? translate(comparisonText, lang, 'errorInScope', { list: result.inScope.join(', ') })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    return data({ result: submission.reply(), notice: null, error }, { status: 400 });
  }
  return {
    result: submission.reply({ resetForm: true }),
    notice: translate(comparisonText, lang, 'saved'),
    error: null,
  };
}

export default function ComparisonGroupPage() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(comparisonText);
  const [current] = d.choices;
  const errors = [
    actionData?.error,
    ...Object.values(actionData?.result?.error ?? {}).flatMap((e) => e ?? []),
  ].filter(Boolean);
  return (
    <>
      <p>
        <Link to={`/regios/${d.region.slug}`}>{d.region.name}</Link>
      </p>
      <h1>{t('pageTitle', { name: d.region.name })}</h1>
      <p>{t('pageIntro')}</p>
      <SuccessNotice text={actionData?.notice} />
      {errors.length ? (
        <div className="error-message" role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      <h2>{t('scopeTitle')}</h2>
      {d.scope.length ? (
        <MunicipalityTable
          label={t('scopeTitle')}
          rows={d.scope.map((s) => ({ code: s.code, name: s.name }))}
        />
      ) : (
        <p>{t('noScope')}</p>
      )}
      <p>
        {current?.municipalities.length
          ? t('current', { list: current.municipalities.join(', ') })
          : t('noneChosen')}
      </p>
      <p>{d.suggestion.length ? t('suggestion', { list: d.suggestion.join(', ') }) : t('noSuggestion')}</p>
      <Form method="post">
        <p>
          <label htmlFor="municipalities">{t('fieldMunicipalities')}</label>
          <br />
          <textarea
            id="municipalities"
            name="municipalities"
            rows={2}
            defaultValue={(current?.municipalities ?? d.suggestion).join(', ')}
          />
        </p>
        <p>
          <label htmlFor="reason">{t('fieldReason')}</label>
          <br />
          <textarea id="reason" name="reason" rows={2} required minLength={3} maxLength={500} />
        </p>
        <button type="submit" className="button">
          {t('save')}
        </button>
      </Form>
      <MunicipalityTable label={t('colName')} rows={d.candidates} />
      {d.choices.length > 1 ? (
        <>
          <h2>{t('historyTitle')}</h2>
          <ul>
            {d.choices.slice(1).map((c) => (
              <li key={c.id}>
                {t('historyRow', {
                  when: c.chosenAt.slice(0, 10),
                  who: c.chosenBy ?? '—',
                  list: c.municipalities.join(', ') || '—',
                  reason: c.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, comparisonText, 'refTitle');
