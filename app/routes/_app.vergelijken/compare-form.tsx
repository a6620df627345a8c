import { PeriodForm } from '#app/components/dashboard/period-form';
import { INDICATORS } from '#app/domain/indicators';
import { RATE_OUTCOMES } from '#app/domain/outcomes';
import { INDICATOR_GROUPS, PRINCIPLES } from '#app/domain/principles';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { spcText } from '#app/i18n/spc';

export function CompareForm({
  q,
  approvedSwitch,
  approvedOnly,
  months = true,
  view,
}: {
  q: { what: string; grain: string; from: string; to: string };
  approvedSwitch: boolean;
  approvedOnly: boolean;
  /** false for reviewers: figures per whole quarter only */
  months?: boolean;
  view: 'funnel' | 'bars';
}) {
  const t = useT(dashboards);
  const ts = useT(spcText);
  const lang = useLang();
  return (
    <PeriodForm showApprovedSwitch={approvedSwitch} approvedOnly={approvedOnly}>
      <div className="field">
        <label htmlFor="what">{t('compareWhat')}</label>
        <select id="what" name="what" defaultValue={q.what}>
          <optgroup label={t('principles')}>
            {PRINCIPLES.filter((p) => p.scored).map((p) => (
              <option key={p.code} value={p.code}>
                {p.label[lang]}
              </option>
            ))}
          </optgroup>
          {INDICATOR_GROUPS.map((g) => (
            <optgroup
              key={g}
              label={`${t('indicators')}: ${PRINCIPLES.find((p) => p.code === g)!.label[lang]}`}
            >
              {INDICATORS.filter((i) => i.group === g).map((i) => (
                <option key={i.code} value={i.code}>
                  {i.label[lang]}
                </option>
              ))}
            </optgroup>
          ))}
          <optgroup label={t('compareOutcomeRates')}>
            {RATE_OUTCOMES.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label[lang]}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor="grain">{t('grain')}</label>
        <select id="grain" name="grain" defaultValue={q.grain}>
          {months ? <option value="month">{t('grainMonth')}</option> : null}
          <option value="quarter">{t('grainQuarter')}</option>
          <option value="year">{t('grainYear')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="from">{t('from')}</label>
        <input id="from" name="from" defaultValue={q.from} size={9} />
      </div>
      <div className="field">
        <label htmlFor="to">{t('to')}</label>
        <input id="to" name="to" defaultValue={q.to} size={9} />
      </div>
      <div className="field">
        <label htmlFor="view">{ts('viewChoice')}</label>
        <select id="view" name="view" defaultValue={view}>
          <option value="funnel">{ts('viewFunnel')}</option>
          <option value="bars">{ts('viewBars')}</option>
        </select>
      </div>
    </PeriodForm>
  );
}
