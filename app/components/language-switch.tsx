import { Form, useLocation } from '@remix-run/react';
import { shellText } from '#app/i18n/shell-text';
import { useT } from '#app/i18n/use-t';

/** A plain form post, so switching works without JavaScript; the choice is kept in a cookie. */
export function LanguageSwitch() {
  const t = useT(shellText);
  const location = useLocation();
  const other = t('switchToOtherLang');
  return (
    <Form method="post" action="/taal" className="language-switch">
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        className="button-link"
        lang={other}
        aria-label={`${t('languageSwitch')}: ${t('switchToOther')}`}
      >
        {t('switchToOther')}
      </button>
    </Form>
  );
}
