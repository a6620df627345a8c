import { getElement } from '#app/domain/catalogue';
import { formatCount } from '#app/components/charts/chart-format';
import { dashboards } from '#app/i18n/dashboards';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';

/** The route of a case, in order: signal → triage (three levels) → escalation → petition → measure. */
export const CASE_FLOW = [
  'signals_new',
  'triage_simple',
  'triage_complex',
  'triage_multi_complex',
  'escalated_to_rvt',
  'deescalated_to_local',
  'petitions_filed',
  'petitions_reviewed',
  'measures_new',
] as const;

export function CaseFlow({
  period,
  flow,
}: {
  period: string;
  flow: { code: string; value: number | string | null }[];
}) {
  const t = useT(dashboards);
  const lang = useLang();
  // unknown is "onbekend", a hidden count "x": never alike
  const unknown = useT(dashboardCore)('unknownValue');
  return (
    <section aria-labelledby="case-flow">
      <h2 id="case-flow">{t('caseFlow', { period })}</h2>
      <p>{t('caseFlowIntro')}</p>
      <ol className="case-flow" id="case-flow-list">
        {flow.map((f) => (
          <li key={f.code} data-element={f.code}>
            <span className="flow-number">{f.value === null ? unknown : formatCount(f.value, lang)}</span>
            {getElement(f.code)?.label[lang]}
          </li>
        ))}
      </ol>
    </section>
  );
}
