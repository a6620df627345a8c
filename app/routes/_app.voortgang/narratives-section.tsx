import { PRINCIPLE_CODES, PRINCIPLES } from '#app/domain/principles';
import { formatQuarter } from '#app/utils/format';
import { narratives as dict } from '#app/i18n/narratives';
import { useLang, useT } from '#app/i18n/use-t';

interface Narrative {
  regionSlug: string;
  regionName: string;
  context: string;
  learned: string;
  principles: Record<string, string>;
}

/** The regions' approved accounts of the quarter, beside the figures (never a draft: the query says so). */
export function NarrativesSection({ quarter, items }: { quarter: string; items: Narrative[] }) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section className="progress-section" aria-labelledby="progress-narratives">
      <h2 id="progress-narratives">{t('progressTitle')}</h2>
      {items.length === 0 ? (
        <p>{t('progressNone', { quarter: formatQuarter(quarter, lang) })}</p>
      ) : (
        <>
          <p>{t('progressIntro', { quarter: formatQuarter(quarter, lang) })}</p>
          {items.map((n) => (
            <article key={n.regionSlug} className="narrative" data-region={n.regionSlug}>
              <h3>{n.regionName}</h3>
              <h4>{t('context')}</h4>
              <p className="narrative-text">{n.context}</p>
              {PRINCIPLE_CODES.filter((p) => n.principles[p]).map((p) => (
                <div key={p}>
                  <h4>{PRINCIPLES.find((x) => x.code === p)!.label[lang]}</h4>
                  <p className="narrative-text">{n.principles[p]}</p>
                </div>
              ))}
              {n.learned ? (
                <>
                  <h4>{t('learned')}</h4>
                  <p className="narrative-text">{n.learned}</p>
                </>
              ) : null}
            </article>
          ))}
        </>
      )}
    </section>
  );
}
