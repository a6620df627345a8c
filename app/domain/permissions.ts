/**
 * Who may do what: the one table of the app (docs/decisions/015-permissions.md). Pure, so the
 * server guards (app/utils/permissions.server.ts), the menu, the workflow, the register helpers,
 * the components (with the user of the `_app` loader) and the access matrix test all read it.
 *
 * A permission is `action:entity:access`:
 * - `own`: the user's own region (a coordinator's); asked with `{ regionId }`, it holds for that
 *   region only, asked without one it says the user may do it somewhere;
 * - `any`: every region, or no region involved;
 * - `self`: the user's own account;
 * - `exact` / `disclosed`: programme figures as they are, or as published for reviewers (approved
 *   reports only, small numbers protected: app/models/viewer.server.ts).
 *
 * Roles are data here and nowhere else: ESLint refuses role literals compared outside this module.
 */
import { ROLES, type Role } from './roles';

type Action = 'read' | 'write' | 'submit' | 'correct' | 'approve' | 'return' | 'reopen' | 'import' | 'manage';
type Entity =
  | 'figures'
  | 'report'
  | 'register'
  | 'target'
  | 'baseline'
  | 'limits'
  | 'reference'
  | 'notifications'
  | 'user'
  | 'region'
  | 'outbox'
  | 'experience'
  | 'comparison'
  | 'cbs';
type Access = 'own' | 'any' | 'self' | 'exact' | 'disclosed';
type PermissionString = `${Action}:${Entity}:${Access}`;

export const ROLE_PERMISSIONS = {
  coordinator: [
    // figures of approved reports of every region, and the own region's drafts (read:report:own)
    'read:figures:exact',
    'read:report:own',
    // fill in a draft or returned month, import a CSV, write the quarterly narrative
    'write:report:own',
    'submit:report:own',
    'read:register:any',
    'write:register:own',
    'manage:notifications:self',
    // experience counts (issue 25): import the own region's, with its column mapping
    'import:experience:own',
  ],
  manager: [
    'read:figures:exact',
    'read:report:any',
    'write:report:any',
    // change the values of a submitted report before approving it
    'correct:report:any',
    'approve:report:any',
    'return:report:any',
    'reopen:report:any',
    'read:register:any',
    'write:register:any',
    'manage:target:any',
    'manage:baseline:any',
    'manage:limits:any',
    'import:reference:any',
    'manage:notifications:self',
    // experience counts (issue 25): import for any region, approve them with the quarter, reopen one
    'import:experience:any',
    'approve:experience:any',
    'reopen:experience:any',
    // CBS StatLine tables (issue 24): fetch or upload, see the dry run, approve; regions' municipalities
    'manage:cbs:any',
    // the matched comparison group of a region (issue 24): non-pilot municipalities from CBS
    'manage:comparison:any',
  ],
  reviewer: ['read:figures:disclosed', 'read:register:any', 'manage:notifications:self'],
  // users, regions and the outbox; no programme data at all
  admin: ['manage:user:any', 'manage:region:any', 'read:outbox:any'],
} as const satisfies Record<Role, readonly PermissionString[]>;

/** Every permission a role can hold: the strings of the table, nothing else. */
export type Permission = (typeof ROLE_PERMISSIONS)[Role][number];
/** A permission without its access part: holds for any access the role has (`own` per region). */
export type PermissionName = Permission extends `${infer A}:${infer E}:${string}` ? `${A}:${E}` : never;

export interface PermissionScope {
  /** the region the action is about: an `own` permission holds only for the user's own region */
  regionId?: number;
}

/** The user fields a decision needs (the server's User and the browser's PublicUser both fit). */
export interface PermissionUser {
  role: Role;
  regionId: number | null;
}

/** A grant answers a question: the same string, or the question is the grant's name. */
function grants(grant: Permission, permission: Permission | PermissionName): boolean {
  return grant === permission || grant.startsWith(`${permission}:`);
}

/** Whether the role holds the permission for some access (the workflow's and the forms' question). */
export function roleHasPermission(role: Role, permission: Permission | PermissionName): boolean {
  return ROLE_PERMISSIONS[role].some((g: Permission) => grants(g, permission));
}

/**
 * Whether the user may do it: the server's guard (requirePermission) and the UI ask this same
 * function. A full string (`read:report:any`) asks for exactly that grant; a name (`read:report`)
 * for any. With `regionId`, an `own` grant counts only for the user's own region.
 */
export function userHasPermission(
  user: PermissionUser | null | undefined,
  permission: Permission | PermissionName,
  scope: PermissionScope = {},
): boolean {
  if (!user) return false;
  return ROLE_PERMISSIONS[user.role].some((grant: Permission) => {
    if (!grants(grant, permission)) return false;
    if (scope.regionId === undefined || !grant.endsWith(':own')) return true;
    return user.regionId !== null && user.regionId === scope.regionId;
  });
}

/** A role with a permission on its own region belongs to one region (a coordinator). */
export function roleHasRegion(role: Role): boolean {
  return ROLE_PERMISSIONS[role].some((p: Permission) => p.endsWith(':own'));
}

/**
 * The roles granted a permission, split by reach: `any` for every region, `own` for the user's own
 * region only (e.g. who is told of a region's report: its coordinators and every manager).
 */
export function rolesWithPermission(permission: Permission | PermissionName): { any: Role[]; own: Role[] } {
  const any: Role[] = [];
  const own: Role[] = [];
  for (const role of ROLES) {
    const held = ROLE_PERMISSIONS[role].filter((g: Permission) => grants(g, permission));
    if (held.some((g) => !g.endsWith(':own'))) any.push(role);
    else if (held.length > 0) own.push(role);
  }
  return { any, own };
}
