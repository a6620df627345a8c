import { SPC_DEFINITIONS, SPC_SOURCES } from '#app/domain/spc-definitions';
import { spcText } from '#app/i18n/spc';
import { useLang, useT } from '#app/i18n/use-t';

/** Funnel plots, over-dispersion, control charts and their rules: what they mean and do not prove. */
export function SpcHelp() {
  const t = useT(spcText);
  const lang = useLang();
  return (
    <section aria-labelledby="spc-help">
      <h2 id="spc-help">{t('helpTitle')}</h2>
      <dl className="definition-list">
        {SPC_DEFINITIONS.map((d) => (
          <div key={d.term.nl}>
            <dt>{d.term[lang]}</dt>
            <dd>
              <p>{d.meaning[lang]}</p>
              <p>
                <strong>{t('helpNotProven')}</strong> {d.notProven[lang]}
              </p>
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint">{SPC_SOURCES[lang]}</p>
    </section>
  );
}
