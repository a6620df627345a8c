import { Form, Link } from '@remix-run/react';
import type { ComponentProps } from 'react';
import { spcText } from '#app/i18n/spc';
import { useT } from '#app/i18n/use-t';
import { ControlChartPanel } from './control-chart-panel';

export interface SpcOptionGroup {
  group: string;
  options: readonly { value: string; label: string }[];
}

const isGrouped = (o: SpcChoice['options']): o is readonly SpcOptionGroup[] =>
  o.length > 0 && 'group' in o[0]!;

/** What the GET form above a control chart chooses (`spc`: a region or an indicator), and the values it keeps. */
export interface SpcChoice {
  id: string;
  label: string;
  value: string;
  /** the options, flat or in labelled groups */
  options: readonly { value: string; label: string }[] | readonly SpcOptionGroup[];
  /** the page's other query values, kept when the choice changes */
  keep: Record<string, string>;
}

/**
 * The "control chart" section of a page: for a viewer who is shown months the form that chooses
 * what it draws, the chart with its table, and the link to record a recalculation (where allowed);
 * for others (reviewers, `chart` null) why there is none.
 */
export function SpcSection({
  chart,
  recalcLink,
}: {
  chart: { choice: SpcChoice; panel: ComponentProps<typeof ControlChartPanel> } | null;
  recalcLink: string | null;
}) {
  const t = useT(spcText);
  return (
    <section aria-labelledby="spc-title">
      <h2 id="spc-title">{t('spcTitle')}</h2>
      {chart ? (
        <>
          <Form method="get" className="period-form no-print">
            {Object.entries(chart.choice.keep).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="field">
              <label htmlFor={chart.choice.id}>{chart.choice.label}</label>
              <select id={chart.choice.id} name="spc" defaultValue={chart.choice.value}>
                {isGrouped(chart.choice.options)
                  ? chart.choice.options.map((g) => (
                      <optgroup key={g.group} label={g.group}>
                        {g.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </optgroup>
                    ))
                  : chart.choice.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t('spcShow')}
            </button>
          </Form>
          <ControlChartPanel {...chart.panel} />
          {recalcLink ? (
            <p>
              <Link to={recalcLink}>{t('recalcLink')}</Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="hint">{t('spcNotForReviewers')}</p>
      )}
    </section>
  );
}
