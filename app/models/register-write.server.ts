/**
 * The create and edit flow both registers share. Every route still checks access itself: these
 * helpers are called from its own loader and action.
 */
import type { SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect } from '@remix-run/node';
import type { z } from 'zod';
import { validationMessage } from '#app/domain/registers';
import { findRegionById, listRegions } from './regions.server';
import { StaleVersionError } from './registers.server';
import type { User } from '#app/utils/auth.server';
import { getLang } from '#app/utils/lang.server';
import { notFound, requirePermission } from '#app/utils/permissions.server';
import {
  parseEntityId,
  requireRegisterWriter,
  requireWritableRegionField,
  writableRegions,
} from '#app/utils/register-access.server';
import { readFormData } from '#app/utils/form-data.server';
import { type Text, type Lang } from '#app/domain/lang';

import type { RegisterPage } from '#app/domain/register-definitions';

/** A writer of the register, and the entry of the route parameter if it is in a region they may write. */
export async function loadEntryForWrite<E extends { regionId: number }>(
  request: Request,
  page: RegisterPage,
  param: string | undefined,
  find: (id: number) => E | undefined,
): Promise<{ user: User; entry: E }> {
  const user = await requireRegisterWriter(request, page);
  const entry = find(parseEntityId(param)) ?? notFound();
  requirePermission(user, 'write:register', { regionId: entry.regionId });
  return { user, entry };
}

/** The regions this user may create or move entries to, as select choices. */
export function writableRegionOptions(user: User): { id: number; name: string }[] {
  return writableRegions(user, listRegions()).map((r) => ({ id: r.id, name: r.name }));
}

/** A linked entry to tick on a new entry's form (?experiment=12), as checkbox values. */
export function linkedIdParam(request: Request, name: string): string[] {
  const linked = Number(new URL(request.url).searchParams.get(name));
  return Number.isSafeInteger(linked) && linked > 0 ? [String(linked)] : [];
}

interface Written<S extends string> {
  regionId: number;
  status: S;
  version?: number;
}

/**
 * Validates a posted register form and saves it: 400 with the errors for bad input or a status
 * move the pipeline does not allow, 403 for a region the user may not write, 409 when an edit was
 * based on an older version, else a redirect to the saved entry. Edits answer with `stale` too.
 */
export async function handleRegisterWrite<S extends string, V extends Written<S>>({
  request,
  user,
  schema,
  edit,
  save,
  hrefBase,
}: {
  request: Request;
  user: User;
  schema: (lang: Lang) => z.ZodType<V>;
  /** For an edit: the stored status and the moves the pipeline allows from it. */
  edit?: { status: S; canMove: (from: S, to: S) => boolean; statusLabels: Record<S, Text> };
  /** Stores the entry and returns its id; throws StaleVersionError when outdated. */
  save: (value: V) => number;
  hrefBase: string;
}) {
  const lang = await getLang(request);
  const submission = parseWithZod(requireWritableRegionField(user, await readFormData(request)), {
    schema: schema(lang),
  });
  const reply = (result: SubmissionResult<string[]>, status: number, stale = false) => {
    const payload: { result: SubmissionResult<string[]>; stale?: boolean } = edit
      ? { result, stale }
      : { result };
    return data(payload, { status });
  };
  if (submission.status !== 'success') return reply(submission.reply(), 400);
  const v = submission.value;
  requirePermission(user, 'write:register', { regionId: v.regionId });
  // A manager may write every region, but only one that exists (the fuzz found a 500 here).
  if (!findRegionById(v.regionId))
    return reply(
      submission.reply({ fieldErrors: { regionId: [validationMessage(lang, 'regionRequired')] } }),
      400,
    );
  if (edit && !edit.canMove(edit.status, v.status)) {
    const from = edit.statusLabels[edit.status][lang];
    const to = edit.statusLabels[v.status][lang];
    const message = validationMessage(lang, 'moveNotAllowed', { from, to });
    return reply(submission.reply({ fieldErrors: { status: [message] } }), 400);
  }
  let id: number;
  try {
    id = save(v);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    return reply(submission.reply({ formErrors: [validationMessage(lang, 'stale')] }), 409, true);
  }
  return redirect(`${hrefBase}/${id}?saved=1`);
}
