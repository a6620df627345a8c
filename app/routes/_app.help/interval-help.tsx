import { INTERVAL_DEFINITIONS } from '#app/domain/interval-definitions';
import { intervalsText } from '#app/i18n/intervals';
import { useLang, useT } from '#app/i18n/use-t';

/** Intervals, differences and the summary's sentence, with what they do not prove (issue 23). */
export function IntervalHelp() {
  const t = useT(intervalsText);
  const lang = useLang();
  return (
    <section aria-labelledby="intervals">
      <h2 id="intervals">{t('helpIntervalsTitle')}</h2>
      <dl className="interval-definitions">
        {INTERVAL_DEFINITIONS.map((d) => (
          <div key={d.id} id={`interval-${d.id}`}>
            <dt>{d.term[lang]}</dt>
            <dd>
              <p>{d.meaning[lang]}</p>
              <p>
                <strong>{t('helpNotProve')}</strong> {d.limits[lang]}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
