import { useEffect, useRef } from 'react';
import { getElement } from '#app/domain/catalogue';
import type { RuleViolation } from '#app/domain/rules';
import { focusField } from '#app/components/error-summary';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';

/**
 * Before a submit: first the errors that block it (every hard rule, the same as the server's), then
 * what will be stored as unknown and which warnings are (not yet) explained. Submitting with empty
 * fields is allowed, never by accident; with an error it is not offered at all.
 */
export function PreSubmitSummary({
  formId,
  errors,
  empty,
  warnings,
  explained,
  onClose,
}: {
  formId: string;
  errors: readonly { elementCode: string; message: string }[];
  empty: readonly string[];
  warnings: readonly RuleViolation[];
  explained: (w: RuleViolation) => boolean;
  onClose: () => void;
}) {
  const t = useT(dict);
  const lang = useLang();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const label = (code: string) => getElement(code)?.label[lang] ?? code;
  const link = (code: string) => (
    <a
      href={`#${formId}-${code}`}
      onClick={(e) => {
        if (focusField(`${formId}-${code}`)) e.preventDefault();
      }}
    >
      {label(code)}
    </a>
  );
  return (
    <section className="pre-submit" aria-labelledby="pre-submit-title" tabIndex={-1} ref={ref}>
      <h2 id="pre-submit-title">{t('preSubmitTitle')}</h2>
      {errors.length > 0 ? (
        <div className="pre-submit-errors">
          <p>
            <strong>{t('preSubmitErrors', { count: errors.length })}</strong>
          </p>
          <ul>
            {errors.map((e, i) => (
              <li key={`${e.elementCode}-${i}`}>
                {link(e.elementCode)}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {empty.length > 0 ? (
        <>
          <p>{t('preSubmitEmpty', { count: empty.length })}</p>
          <ul className="pre-submit-empty">
            {empty.map((code) => (
              <li key={code}>{link(code)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <p>{t('preSubmitWarnings', { count: warnings.length })}</p>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.ruleCode}-${w.elementCode}`}>
                {link(w.elementCode)}: {w.message[lang]} (
                {explained(w) ? t('preSubmitExplained') : t('preSubmitNotExplained')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="actions">
        {errors.length === 0 ? (
          <button type="submit" name="intent" value="submit" className="button" data-confirmed="1">
            {t('preSubmitConfirm')}
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('preSubmitBack')}
        </button>
      </div>
    </section>
  );
}
