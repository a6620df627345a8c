import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { DataTable } from '#app/components/data-table';
import { Link, useLoaderData } from '@remix-run/react';
import { DATA_ELEMENTS, SECTIONS, UNIT_LABELS } from '#app/domain/catalogue';
import { HARD_RULES, OUTLIER_RULE, SOFT_RULES } from '#app/domain/rules';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { ChangeLog, Glossary, IndicatorList, OutcomeRateList } from './indicator-help';
import { SpcHelp } from './spc-help';
import { ExperienceHelp } from './experience-help';
import { pageTitle } from '#app/utils/meta';
import { common } from '#app/i18n/common';
import { IntervalHelp } from './interval-help';
import { ComparisonHelp } from './comparison-help';
import { helpPageTexts } from './help-texts.server';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'read:figures');
  return helpPageTexts(await getLang(request));
}

type Listed = { code: string; importance: 'hard' | 'soft'; description: { nl: string; en: string } };

function RuleTable({ id, title, rules }: { id: string; title: string; rules: readonly Listed[] }) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <DataTable labelledBy={id} columns={[t('helpCode'), t('helpImportance'), t('helpRule')]}>
        {rules.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              <code>{r.code}</code>
            </th>
            <td>{r.importance === 'hard' ? t('importanceHard') : t('importanceSoft')}</td>
            <td>{r.description[lang]}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** The rules of the monthly report as listed in app/domain/rules.ts, the elements and the CSV format. */
export default function HelpPage() {
  const t = useT(dict);
  const lang = useLang();
  const { indicatorTexts, elementHelp, changes } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('helpTitle')}</h1>
      <p>{t('helpIntro')}</p>
      <IndicatorList texts={indicatorTexts} />
      <OutcomeRateList />
      <ExperienceHelp />
      <IntervalHelp />
      <ComparisonHelp />
      <ChangeLog changes={changes} />
      <Glossary />
      <SpcHelp />
      <RuleTable id="hard-rules" title={t('helpHard')} rules={HARD_RULES} />
      <RuleTable id="soft-rules" title={t('helpSoft')} rules={[...SOFT_RULES, OUTLIER_RULE]} />
      <section aria-labelledby="csv-format">
        <h2 id="csv-format">{t('helpCsvTitle')}</h2>
        <p>{t('helpCsv')}</p>
        <pre>
          {
            'regio;periode;element;waarde\nutrecht;2026-10;signals_new;412\nutrecht;2026-10;fte_filled;61,5\nutrecht;2026-10;days_to_help_median_all;'
          }
        </pre>
        <p>
          <Link to="/export/sjabloon.csv" reloadDocument>
            {t('importTemplate')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="small-numbers">
        <h2 id="small-numbers">{t('helpSmallTitle')}</h2>
        <p>{t('helpSmall1')}</p>
        <p>{t('helpSmall2')}</p>
        <p>{t('helpSmall3')}</p>
        <p>{t('helpSmall4')}</p>
      </section>
      <section aria-labelledby="elements">
        <h2 id="elements">{t('helpElements')}</h2>
        {SECTIONS.map((s) => (
          <DataTable
            key={s.code}
            caption={{ id: `elements-${s.code}`, text: s.label[lang] }}
            columns={[t('helpCode'), t('helpElement'), t('helpUnit')]}
          >
            {DATA_ELEMENTS.filter((e) => e.section === s.code).map((e) => (
              <tr key={e.code}>
                <th scope="row">
                  <code>{e.code}</code>
                </th>
                <td>
                  <strong>{e.label[lang]}</strong>
                  <br />
                  {elementHelp[e.code]}
                </td>
                <td>{UNIT_LABELS[e.unit][lang]}</td>
              </tr>
            ))}
          </DataTable>
        ))}
      </section>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'navHelp');
