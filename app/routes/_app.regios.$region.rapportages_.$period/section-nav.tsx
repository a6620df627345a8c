import { DATA_ELEMENTS, SECTIONS, isAskedIn } from '#app/domain/catalogue';
import type { RuleViolation } from '#app/domain/rules';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';

const known = (v: number | null | undefined) => typeof v === 'number' && Number.isFinite(v);

/**
 * Jump links to the sections of the form, each with "n van m ingevuld" and its error and warning
 * counts as the user types, and the running count for the whole report (from the catalogue).
 */
export function SectionNav({
  values,
  errorFields,
  warnings,
  period,
}: {
  values: Readonly<Record<string, number | null>>;
  errorFields: ReadonlySet<string>;
  warnings: readonly RuleViolation[];
  /** the report's month: an element retired by then is not asked */
  period: string;
}) {
  const t = useT(dict);
  const lang = useLang();
  const asked = DATA_ELEMENTS.filter((e) => isAskedIn(e, period));
  const filled = asked.filter((e) => known(values[e.code])).length;
  return (
    <nav aria-labelledby="sections-title" className="section-nav">
      <h2 id="sections-title" className="section-nav-title">
        {t('formSections')}
      </h2>
      <p className="section-nav-total" aria-live="polite">
        {t('formFilled', { filled, total: asked.length })}
      </p>
      <ul>
        {SECTIONS.map((s) => {
          const elements = asked.filter((e) => e.section === s.code);
          const n = elements.filter((e) => known(values[e.code])).length;
          const errors = elements.filter((e) => errorFields.has(e.code)).length;
          const warned = warnings.filter((w) => elements.some((e) => e.code === w.elementCode)).length;
          return (
            <li key={s.code}>
              <a href={`#section-${s.code}`}>{s.label[lang]}</a>{' '}
              <span className="section-nav-count">
                {t('formSectionCounts', { filled: n, total: elements.length })}
                {errors > 0 ? (
                  <span className="count-error"> · {t('formSectionErrors', { count: errors })}</span>
                ) : null}
                {warned > 0 ? (
                  <span className="count-warning"> · {t('formSectionWarnings', { count: warned })}</span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
