import { isRouteErrorResponse } from '@remix-run/react';
import type { ShellKey } from '#app/i18n/shell-text';
import { translate } from '#app/i18n/i18n';
import { requests } from '#app/i18n/requests';
import { type Lang } from '#app/domain/lang';

/** The translated message of a refused request (badRequest), if the error is one. */
export function badRequestMessage(error: unknown): string | undefined {
  return isRouteErrorResponse(error) && error.status === 400 && typeof error.data === 'string'
    ? error.data
    : undefined;
}

/** The 400, 403, 404 and 500 pages, in the user's language; a 400 says what was wrong. */
export function ErrorPage({
  status,
  lang,
  t,
  message,
}: {
  status: number;
  lang: Lang;
  t: (key: ShellKey) => string;
  message?: string;
}) {
  const [title, text] =
    status === 404
      ? [t('notFoundTitle'), t('notFoundText')]
      : status === 403
        ? [t('forbiddenTitle'), t('forbiddenText')]
        : status === 400 && message
          ? [translate(requests, lang, 'badRequestTitle'), message]
          : [t('errorTitle'), t('errorText')];
  return (
    <main id="inhoud" className="container error-page">
      <p className="error-code">{status}</p>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t('backHome')}</a>
      </p>
    </main>
  );
}
