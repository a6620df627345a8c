import type { User } from './auth.server';
import { forbidden, notFound, requireUserWithPermission } from './permissions.server';
import { userHasPermission } from '#app/domain/permissions';

import type { RegisterPage } from '#app/domain/register-definitions';

/** Readers of the registers: `read:register` (app/domain/permissions.ts). */
export function requireRegisterReader(request: Request, _page: RegisterPage): Promise<User> {
  return requireUserWithPermission(request, 'read:register');
}

/** Writers: `write:register` (own region: checked per entry, see canWriteRegion); others get 403. */
export async function requireRegisterWriter(request: Request, _page: RegisterPage): Promise<User> {
  return requireUserWithPermission(request, 'write:register');
}

export function canWriteRegion(user: Pick<User, 'role' | 'regionId'>, regionId: number): boolean {
  return userHasPermission(user, 'write:register', { regionId });
}

/** The regions this user may create entries for. */
export function writableRegions<R extends { id: number }>(user: User, regions: R[]): R[] {
  return regions.filter((r) => canWriteRegion(user, r.id));
}

/** A positive integer id from a route parameter, or a 404. */
export function parseEntityId(param: string | undefined): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== param) notFound();
  return id;
}

/**
 * A posted regionId the user may not write is a 403 before any validation, so a coordinator
 * never learns more about another region's entry than "forbidden".
 */
export function requireWritableRegionField(user: User, formData: FormData): FormData {
  const raw = formData.get('regionId');
  const id = Number(raw);
  if (typeof raw === 'string' && raw !== '' && Number.isSafeInteger(id) && !canWriteRegion(user, id))
    forbidden();
  return formData;
}

/** A reader of the register, the id of the route parameter and its entry (404 if there is none). */
export async function loadEntryForRead<E>(
  request: Request,
  page: RegisterPage,
  param: string | undefined,
  find: (id: number) => E | undefined,
): Promise<{ user: User; id: number; entry: E }> {
  const user = await requireRegisterReader(request, page);
  const id = parseEntityId(param);
  return { user, id, entry: find(id) ?? notFound() };
}
