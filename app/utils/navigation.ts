import type { ShellKey } from '#app/i18n/shell-text';
import { userHasPermission, type PermissionName, type PermissionUser } from '#app/domain/permissions';

/**
 * The pages of the menu, each with the permission its loader requires (app/domain/permissions.ts),
 * so the menu shows a page exactly to those the page lets in (the access matrix test checks both).
 */
export const NAV_ITEMS: readonly { href: string; label: ShellKey; permission: PermissionName }[] = [
  { href: '/te-doen', label: 'navTodo', permission: 'read:figures' },
  { href: '/overzicht', label: 'navOverview', permission: 'read:figures' },
  { href: '/vergelijken', label: 'navCompare', permission: 'read:figures' },
  { href: '/regios', label: 'navRegions', permission: 'read:figures' },
  { href: '/rapportages', label: 'navReports', permission: 'read:report' },
  { href: '/te-beoordelen', label: 'navReview', permission: 'approve:report' },
  { href: '/volledigheid', label: 'navCompleteness', permission: 'read:report' },
  { href: '/experimenten', label: 'navExperiments', permission: 'read:register' },
  { href: '/knelpunten', label: 'navBottlenecks', permission: 'read:register' },
  { href: '/voortgang', label: 'navProgress', permission: 'read:figures' },
  { href: '/referenties', label: 'navReferences', permission: 'read:figures' },
  { href: '/doelen', label: 'navTargets', permission: 'manage:target' },
  { href: '/help', label: 'navHelp', permission: 'read:figures' },
  { href: '/beheer', label: 'navAdmin', permission: 'manage:user' },
  { href: '/beheer/regios', label: 'navAdminRegions', permission: 'manage:region' },
  { href: '/beheer/berichten', label: 'navMessages', permission: 'read:outbox' },
  { href: '/meldingen', label: 'navNotifications', permission: 'manage:notifications' },
];

export function navItemsFor(user: PermissionUser) {
  return NAV_ITEMS.filter((item) => userHasPermission(user, item.permission));
}

/**
 * The menu item a path belongs to, by its address: two items can share a page key (the reference
 * figures are part of comparing), and only one of them is the current page. A region's reports and
 * import sit under /regios/ but are the monthly-report task, so they mark "Maandrapportages", not
 * "Regio's".
 */
export function currentNavHref(pathname: string): string | null {
  if (/^\/regios\/[^/]+\/(rapportages|import)(\/|$)/.test(pathname)) return '/rapportages';
  let best: string | null = null;
  for (const item of NAV_ITEMS) {
    const hit = pathname === item.href || pathname.startsWith(`${item.href}/`);
    if (hit && (!best || item.href.length > best.length)) best = item.href;
  }
  return best;
}
