import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { useEffect } from 'react';
import stylesUrl from '#app/styles/app.css?url';
import { shellText } from '#app/i18n/shell-text';
import { useLang, useT } from '#app/i18n/use-t';
import { getEnv } from '#app/utils/env.server';
import { getLang } from '#app/utils/lang.server';
import { badRequestMessage, ErrorPage } from '#app/components/error-page';
import { useNonce } from '#app/utils/nonce';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesUrl },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: await getLang(request), isDemo: getEnv().isDemo };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const nonce = useNonce();
  // Marks the page as hydrated: until then a form posts without JavaScript, so the browser tests
  // wait for this before they type (test/e2e/harness.ts, openPage).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    // the class the head's first script sets is not React's (no hydration warning for it)
    <html lang={data?.lang ?? 'nl'} suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* With JavaScript the narrow-screen menu is closed from the first paint (app.css, .js):
            without this the open menu shows until hydration and then collapses, moving the page
            (a layout shift of 0.57 on a phone). */}
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }}
        />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Routes without their own title inherit this one. */
export const meta: MetaFunction = () => [{ title: 'Proeftuinmonitor' }];

export function ErrorBoundary() {
  const error = useRouteError();
  const lang = useLang();
  const t = useT(shellText);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // On the server, handleError (entry.server.tsx) has logged it already, without user input.
  if (!isRouteErrorResponse(error) && typeof document !== 'undefined') console.error(error);
  return <ErrorPage status={status} lang={lang} t={t} message={badRequestMessage(error)} />;
}
