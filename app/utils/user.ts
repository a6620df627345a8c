import { useRouteLoaderData } from '@remix-run/react';
import type { loader as appLoader } from '#app/routes/_app/route';

/**
 * The signed-in user of the shell (the `_app` loader's public fields), for components that ask
 * `userHasPermission(user, …)` (app/domain/permissions.ts) to show what the user may do. The UI only
 * hides: every loader and action asks the same table on the server.
 */
export function useOptionalUser() {
  return useRouteLoaderData<typeof appLoader>('routes/_app')?.user;
}

export function useUser() {
  const user = useOptionalUser();
  if (!user)
    throw new Error('useUser: no signed-in user in the _app loader (use useOptionalUser outside it)');
  return user;
}
