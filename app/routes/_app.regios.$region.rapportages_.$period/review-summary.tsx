import { getElement } from '#app/domain/catalogue';
import type { ReviewSummary as Summary } from '#app/domain/review-summary';
import { formatEnteredNumber } from '#app/domain/number-input';
import { cycle as dict } from '#app/i18n/cycle';
import { useLang, useT } from '#app/i18n/use-t';
import { formatNumber } from '#app/domain/number-format';

/** At the top of a submitted report for a manager: warnings with explanations, empty fields, biggest changes. */
export function ReviewSummary({ summary }: { summary: Summary }) {
  const t = useT(dict);
  const lang = useLang();
  const label = (code: string) => getElement(code)?.label[lang] ?? code;
  const show = (v: number | null) => (v === null ? t('reviewUnknown') : formatEnteredNumber(v, lang));
  return (
    <section className="review-summary" aria-labelledby="review-summary-title">
      <h2 id="review-summary-title">{t('reviewTitle')}</h2>
      <h3>{t('reviewWarnings', { count: summary.warnings.length })}</h3>
      {summary.warnings.length > 0 ? (
        <ul>
          {summary.warnings.map((w) => (
            <li key={`${w.ruleCode}-${w.elementCode}`}>
              {w.message[lang]}{' '}
              <em>
                {w.explanation ? t('reviewExplanation', { text: w.explanation }) : t('reviewNoExplanation')}
              </em>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('reviewEmpty', { count: summary.empty.length })}</h3>
      {summary.empty.length > 0 ? <p>{summary.empty.map(label).join(', ')}</p> : null}
      <h3>{t('reviewChanges')}</h3>
      {summary.changes.length === 0 ? (
        <p>{t('reviewNoChanges')}</p>
      ) : (
        <ul>
          {summary.changes.map((c) => (
            <li key={c.elementCode}>
              {t('reviewChange', {
                label: label(c.elementCode),
                value: show(c.value),
                previous: show(c.previous),
                change: `${c.change! > 0 ? '+' : ''}${formatNumber(c.change! * 100, lang, 0)}%`,
                lastYear: show(c.lastYear),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
