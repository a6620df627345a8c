/**
 * Component tests render through Remix's own test stub (`createRemixStub` from @remix-run/testing),
 * with a root route that carries the interface language as the app's root loader does, so
 * `useLang`, `useT`, `<Link>` and `<Form>` work as in the app.
 */
import { createRemixStub } from '@remix-run/testing';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Lang } from '#app/domain/lang';
// eslint-disable-next-line no-restricted-imports -- the project's root config has no alias
import remixConfig from '../remix.config.js';

export function renderWithLang(ui: ReactNode, lang: Lang = 'nl') {
  const RemixStub = createRemixStub([
    { id: 'root', path: '/', loader: () => ({ lang }), Component: () => <>{ui}</> },
  ]);
  // The app's own future flags (single fetch and the others), as the stub's docs advise.
  return render(<RemixStub future={remixConfig.future} hydrationData={{ loaderData: { root: { lang } } }} />);
}
