import { requireUser, type User } from './auth.server';
import {
  userHasPermission,
  type Permission,
  type PermissionName,
  type PermissionScope,
} from '#app/domain/permissions';

/** Throws a 403 response: the server, not the UI, decides. */
export function forbidden(): never {
  throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
}

export function notFound(): never {
  throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
}

/**
 * The user, if the role table (app/domain/permissions.ts) grants the permission — for the region
 * in `scope` when given (an `own` grant holds for the user's own region only) — or a 403.
 */
export function requirePermission(
  user: User,
  permission: Permission | PermissionName,
  scope?: PermissionScope,
): User {
  if (!userHasPermission(user, permission, scope)) forbidden();
  return user;
}

/** Signed in (or a redirect to the login page) and granted the permission (or a 403). */
export async function requireUserWithPermission(
  request: Request,
  permission: Permission | PermissionName,
  scope?: PermissionScope,
): Promise<User> {
  return requirePermission(await requireUser(request), permission, scope);
}
