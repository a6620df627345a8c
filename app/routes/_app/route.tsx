import type { LoaderFunctionArgs } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Outlet,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { Shell } from '#app/components/shell';
import { badRequestMessage, ErrorPage } from '#app/components/error-page';
import { shellText } from '#app/i18n/shell-text';
import { useLang, useT } from '#app/i18n/use-t';
import { requireUser, toPublicUser } from '#app/utils/auth.server';
import { getEnv } from '#app/utils/env.server';

/** The signed-in shell. It does not protect its children: each child loader checks access itself. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { user: toPublicUser(user), isDemo: getEnv().isDemo };
}

export default function AppLayout() {
  const { user, isDemo } = useLoaderData<typeof loader>();
  return (
    <Shell user={user} isDemo={isDemo}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const layout = useRouteLoaderData<typeof loader>('routes/_app');
  const lang = useLang();
  const t = useT(shellText);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // On the server, handleError (entry.server.tsx) has logged it already, without user input.
  if (!isRouteErrorResponse(error) && typeof document !== 'undefined') console.error(error);
  return (
    <Shell user={layout?.user ?? null} isDemo={layout?.isDemo ?? false}>
      <ErrorPage status={status} lang={lang} t={t} message={badRequestMessage(error)} />
    </Shell>
  );
}
