/** The page of one register entry, from the register's definition and its store. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import type { RegisterDefinition } from '#app/domain/register-definitions';
import type { RegisterStore } from '#app/models/registers.server';
import type { User } from '#app/utils/auth.server';
import { canWriteRegion, loadEntryForRead } from '#app/utils/register-access.server';

type Readable<Entry> = Pick<RegisterStore<Entry, unknown, never, never>, 'find' | 'history'>;

/**
 * The entry of the route parameter for a reader of the register (404 if there is none), its
 * history, and whether this user may edit it; `user` for a page that shows more (the experiment's
 * "voor en na").
 */
export async function loadRegisterEntryPage<D extends RegisterDefinition, Entry extends { regionId: number }>(
  register: D,
  store: Readable<Entry>,
  { request, params }: LoaderFunctionArgs,
) {
  const { user, id, entry } = await loadEntryForRead(request, register.page, params.id, store.find);
  const data = {
    ...({ [register.keys.entry]: entry } as { [K in D['keys']['entry']]: Entry }),
    history: store.history(id),
    canEdit: canWriteRegion(user, entry.regionId),
  };
  return { user: user as User, entry, data };
}

export function registerEntryLoader<D extends RegisterDefinition, Entry extends { regionId: number }>(
  register: D,
  store: Readable<Entry>,
) {
  return async (args: LoaderFunctionArgs) => (await loadRegisterEntryPage(register, store, args)).data;
}
