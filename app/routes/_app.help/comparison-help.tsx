import { COMPARISON_GROUP_DEFINITIONS } from '#app/domain/comparison-group-definitions';
import { comparisonText } from '#app/i18n/comparison-groups';
import { intervalsText } from '#app/i18n/intervals';
import { useLang, useT } from '#app/i18n/use-t';

/** The comparison groups from CBS figures, with what each does not prove (issue 24). */
export function ComparisonHelp() {
  const t = useT(comparisonText);
  const ti = useT(intervalsText);
  const lang = useLang();
  return (
    <section aria-labelledby="comparison-groups">
      <h2 id="comparison-groups">{t('refTitle')}</h2>
      <p>{t('caveat')}</p>
      <dl className="interval-definitions">
        {COMPARISON_GROUP_DEFINITIONS.map((d) => (
          <div key={d.id} id={`comparison-${d.id}`}>
            <dt>{d.term[lang]}</dt>
            <dd>
              <p>{d.meaning[lang]}</p>
              <p>
                <strong>{ti('helpNotProve')}</strong> {d.limits[lang]}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
