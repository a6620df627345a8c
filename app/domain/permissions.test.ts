import { describe, expect, test } from 'vitest';
import {
  ROLE_PERMISSIONS,
  roleHasPermission,
  roleHasRegion,
  rolesWithPermission,
  userHasPermission,
} from './permissions';
import { ROLES } from './roles';

const coordinator = { role: 'coordinator', regionId: 7 } as const;
const manager = { role: 'manager', regionId: null } as const;
const reviewer = { role: 'reviewer', regionId: null } as const;
const admin = { role: 'admin', regionId: null } as const;

describe('the table says what product.md says of each role', () => {
  test('every role has a row, and no permission appears twice in one', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES)
      expect(new Set(ROLE_PERMISSIONS[role]).size).toBe(ROLE_PERMISSIONS[role].length);
  });

  test('a coordinator reads every region’s approved figures exactly and writes the own region only', () => {
    expect(ROLE_PERMISSIONS.coordinator).toEqual([
      'read:figures:exact',
      'read:report:own',
      'write:report:own',
      'submit:report:own',
      'read:register:any',
      'write:register:own',
      'manage:notifications:self',
      'import:experience:own',
    ]);
  });

  test('a manager reads everything and approves, returns, reopens, corrects; targets, baselines, control limits, experience, CBS and the matched comparison group', () => {
    expect(ROLE_PERMISSIONS.manager).toHaveLength(19);
    for (const p of [
      'read:report:any',
      'write:report:any',
      'correct:report:any',
      'approve:report:any',
      'return:report:any',
      'reopen:report:any',
      'write:register:any',
      'manage:target:any',
      'manage:baseline:any',
      'manage:limits:any',
      'import:reference:any',
      'import:experience:any',
      'approve:experience:any',
      'reopen:experience:any',
      'manage:cbs:any',
      'manage:comparison:any',
    ] as const)
      expect(userHasPermission(manager, p)).toBe(true);
    // the CBS import is a manager's alone
    for (const role of ['coordinator', 'reviewer', 'admin'] as const)
      expect(userHasPermission({ role, regionId: 1 }, 'manage:cbs')).toBe(false);
    expect(userHasPermission(manager, 'submit:report')).toBe(false);
  });

  test('a reviewer reads disclosed figures and the registers, and writes nothing', () => {
    expect(ROLE_PERMISSIONS.reviewer).toEqual([
      'read:figures:disclosed',
      'read:register:any',
      'manage:notifications:self',
    ]);
  });

  test('an admin manages users, regions and the outbox and sees no programme data', () => {
    expect(ROLE_PERMISSIONS.admin).toEqual(['manage:user:any', 'manage:region:any', 'read:outbox:any']);
    expect(userHasPermission(admin, 'read:figures')).toBe(false);
    expect(userHasPermission(admin, 'read:register')).toBe(false);
  });
});

describe('userHasPermission', () => {
  test('a name holds for any access the role has; a full string for exactly that grant', () => {
    expect(userHasPermission(reviewer, 'read:figures')).toBe(true);
    expect(userHasPermission(reviewer, 'read:figures:exact')).toBe(false);
    expect(userHasPermission(reviewer, 'read:figures:disclosed')).toBe(true);
    expect(userHasPermission(coordinator, 'read:report')).toBe(true);
    expect(userHasPermission(coordinator, 'read:report:any')).toBe(false);
  });

  test('an own grant holds for the user’s own region only when a region is asked about', () => {
    expect(userHasPermission(coordinator, 'write:report', { regionId: 7 })).toBe(true);
    expect(userHasPermission(coordinator, 'write:report', { regionId: 8 })).toBe(false);
    expect(userHasPermission(coordinator, 'write:report')).toBe(true);
    // an any grant holds for every region
    expect(userHasPermission(manager, 'write:report', { regionId: 8 })).toBe(true);
    expect(userHasPermission(coordinator, 'read:register', { regionId: 8 })).toBe(true);
  });

  test('a coordinator without a region holds an own grant for no region', () => {
    expect(userHasPermission({ role: 'coordinator', regionId: null }, 'write:report', { regionId: 7 })).toBe(
      false,
    );
  });

  test('nobody signed in holds nothing', () => {
    expect(userHasPermission(null, 'read:figures')).toBe(false);
    expect(userHasPermission(undefined, 'read:figures')).toBe(false);
  });

  test('a name is not a prefix match on a longer name', () => {
    // 'read:report' must not match a grant such as 'read:reports:any' (none today; the ':' guards it)
    expect(roleHasPermission('manager', 'read:report')).toBe(true);
    expect(roleHasPermission('reviewer', 'read:report')).toBe(false);
  });
});

describe('derived from the table', () => {
  test('a role with an own grant belongs to a region: the coordinator only', () => {
    expect(ROLES.filter(roleHasRegion)).toEqual(['coordinator']);
  });

  test('the roles holding a permission, by reach', () => {
    expect(rolesWithPermission('submit:report')).toEqual({ any: [], own: ['coordinator'] });
    expect(rolesWithPermission('approve:report')).toEqual({ any: ['manager'], own: [] });
    expect(rolesWithPermission('write:report')).toEqual({ any: ['manager'], own: ['coordinator'] });
    expect(rolesWithPermission('read:figures')).toEqual({
      any: ['coordinator', 'manager', 'reviewer'],
      own: [],
    });
  });
});
