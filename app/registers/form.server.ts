/**
 * The new and edit forms of a register, from its definition and its store: who may write, the
 * choices of the form, and the save (handleRegisterWrite: 400, 403, 409 or a redirect to the entry).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { allowedStatuses, canMoveStatus, type RegisterDefinition } from '#app/domain/register-definitions';
import { formValues, type RegisterField, type RegisterInput } from '#app/domain/register-fields';
import type { Lang } from '#app/domain/lang';
import { REGISTER_SCHEMAS, todayIso } from '#app/domain/registers';
import {
  handleRegisterWrite,
  linkedIdParam,
  loadEntryForWrite,
  writableRegionOptions,
} from '#app/models/register-write.server';
import type { RegisterStore } from '#app/models/registers.server';
import { requireRegisterWriter } from '#app/utils/register-access.server';
import type { z } from 'zod';

type Stored = { id: number; regionId: number; status: string; version: number } & Record<string, unknown>;
type Input<D extends RegisterDefinition> = RegisterInput<D['fields']> & { regionId: number; status: string };
type Store<D extends RegisterDefinition, Entry> = Omit<
  RegisterStore<Entry, unknown, Input<D>, never>,
  'list'
>;

const schemaOf = <D extends RegisterDefinition>(register: D) =>
  REGISTER_SCHEMAS[register.entity] as unknown as (lang: Lang) => z.ZodType<Input<D>>;

/** The links of a stored entry (the other register's ids), as its form ticks them. */
function linkIds(register: RegisterDefinition, entry: Record<string, unknown>): number[] {
  return register.link ? (entry[register.link.entries] as { id: number }[]).map((x) => x.id) : [];
}

/** The new entry's form: the regions the user may write (one: chosen), and a link from `?<other>=<id>`. */
export function registerNewLoader<D extends RegisterDefinition, Entry>(register: D, store: Store<D, Entry>) {
  return async ({ request }: LoaderFunctionArgs) => {
    const user = await requireRegisterWriter(request, register.page);
    const regions = writableRegionOptions(user);
    const { link } = register;
    const defaultValue: Record<string, string | string[]> = {
      regionId: regions.length === 1 ? String(regions[0].id) : '',
      status: register.initialStatus,
      ...(link ? { [link.field]: linkedIdParam(request, link.other.entity) } : {}),
      ...register.newDefaults?.(todayIso()),
    };
    return { regions, links: store.linkOptions?.() ?? [], defaultValue };
  };
}

export function registerNewAction<D extends RegisterDefinition, Entry>(register: D, store: Store<D, Entry>) {
  return async ({ request }: ActionFunctionArgs) => {
    const user = await requireRegisterWriter(request, register.page);
    return handleRegisterWrite<string, Input<D>>({
      request,
      user,
      schema: schemaOf(register),
      save: (input) => store.create({ input, userId: user.id }),
      hrefBase: register.href,
    });
  };
}

/** The edit form of the entry of the route parameter, for a writer of its region; only allowed moves. */
export function registerEditLoader<D extends RegisterDefinition, Entry extends Stored>(
  register: D,
  store: Store<D, Entry>,
) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const { user, entry } = await loadEntryForWrite(request, register.page, params.id, store.find);
    return {
      ...({ [register.keys.entry]: entry } as { [K in D['keys']['entry']]: Entry }),
      regions: writableRegionOptions(user),
      links: store.linkOptions?.() ?? [],
      statuses: allowedStatuses(register, entry.status),
      defaultValue: formValues(register.fields as readonly RegisterField[], entry, linkIds(register, entry)),
    };
  };
}

export function registerEditAction<D extends RegisterDefinition, Entry extends Stored>(
  register: D,
  store: Store<D, Entry>,
) {
  return async ({ request, params }: ActionFunctionArgs) => {
    const { user, entry } = await loadEntryForWrite(request, register.page, params.id, store.find);
    return handleRegisterWrite<string, Input<D>>({
      request,
      user,
      schema: schemaOf(register),
      edit: {
        status: entry.status,
        canMove: (from, to) => canMoveStatus(register, from, to),
        statusLabels: register.statusLabels,
      },
      save: (input) => {
        store.update({ id: entry.id, version: input.version ?? 0, input, userId: user.id });
        return entry.id;
      },
      hrefBase: register.href,
    });
  };
}
