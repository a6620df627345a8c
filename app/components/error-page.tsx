import type { CommonKey } from '~/i18n/common';
import { type Lang } from '~/domain/lang';

/** The 403, 404 and 500 pages, in the user's language. */
export function ErrorPage({ status, t }: { status: number; lang: Lang; t: (key: CommonKey) => string }) {
  const [title, text] =
    status === 404
      ? (['notFoundTitle', 'notFoundText'] as const)
      : status === 403
        ? (['forbiddenTitle', 'forbiddenText'] as const)
        : (['errorTitle', 'errorText'] as const);
  return (
    <main id="inhoud" className="container error-page">
      <p className="error-code">{status}</p>
      <h1>{t(title)}</h1>
      <p>{t(text)}</p>
      <p>
        <a href="/">{t('backHome')}</a>
      </p>
    </main>
  );
}
