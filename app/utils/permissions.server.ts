import { requireUser, type User } from './auth.server';
import { PAGE_ROLES, type PageKey } from './navigation';
import { type Role } from '#app/domain/roles';

/** Throws a 403 response: the server, not the UI, decides. */
export function forbidden(): never {
  throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
}

export function notFound(): never {
  throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
}

export function requireRole(user: User, roles: readonly Role[]): User {
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export type RegionAccess =
  /** approved figures and register entries: every role but admin */
  | 'read'
  /** everything, drafts included: the region's own coordinator and managers */
  | 'read-all'
  /** change reports and register entries: the region's own coordinator and managers */
  | 'write';

export function hasRegionAccess(
  user: Pick<User, 'role' | 'regionId'>,
  regionId: number,
  access: RegionAccess,
): boolean {
  switch (user.role) {
    case 'manager':
      return true;
    case 'coordinator':
      return access === 'read' || user.regionId === regionId;
    case 'reviewer':
      return access === 'read';
    case 'admin':
      return false;
  }
}

export function requireRegionAccess(user: User, regionId: number, access: RegionAccess): User {
  if (!hasRegionAccess(user, regionId, access)) forbidden();
  return user;
}

/** Signed in and allowed on this page of the shell (see PAGE_ROLES), or a redirect/403. */
export async function requirePageUser(request: Request, page: PageKey): Promise<User> {
  const user = await requireUser(request);
  return requireRole(user, PAGE_ROLES[page]);
}
