import type { ShellKey } from '#app/i18n/shell-text';
import { type Role } from '#app/domain/roles';

/** The pages of the shell and who may open them. Loaders check the same lists on the server. */
export const PAGE_ROLES = {
  overview: ['coordinator', 'manager', 'reviewer'],
  compare: ['coordinator', 'manager', 'reviewer'],
  regions: ['coordinator', 'manager', 'reviewer'],
  reports: ['coordinator', 'manager'],
  completeness: ['coordinator', 'manager'],
  targets: ['manager'],
  help: ['coordinator', 'manager', 'reviewer'],
  experiments: ['coordinator', 'manager', 'reviewer'],
  bottlenecks: ['coordinator', 'manager', 'reviewer'],
  progress: ['coordinator', 'manager', 'reviewer'],
  admin: ['admin'],
  adminRegions: ['admin'],
  review: ['manager'],
  todo: ['coordinator', 'manager', 'reviewer'],
  messages: ['admin'],
  notifications: ['coordinator', 'manager', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type PageKey = keyof typeof PAGE_ROLES;

export const NAV_ITEMS: readonly { page: PageKey; href: string; label: ShellKey }[] = [
  { page: 'todo', href: '/te-doen', label: 'navTodo' },
  { page: 'overview', href: '/overzicht', label: 'navOverview' },
  { page: 'compare', href: '/vergelijken', label: 'navCompare' },
  { page: 'regions', href: '/regios', label: 'navRegions' },
  { page: 'reports', href: '/rapportages', label: 'navReports' },
  { page: 'review', href: '/te-beoordelen', label: 'navReview' },
  { page: 'completeness', href: '/volledigheid', label: 'navCompleteness' },
  { page: 'experiments', href: '/experimenten', label: 'navExperiments' },
  { page: 'bottlenecks', href: '/knelpunten', label: 'navBottlenecks' },
  { page: 'progress', href: '/voortgang', label: 'navProgress' },
  { page: 'compare', href: '/referenties', label: 'navReferences' },
  { page: 'targets', href: '/doelen', label: 'navTargets' },
  { page: 'help', href: '/help', label: 'navHelp' },
  { page: 'admin', href: '/beheer', label: 'navAdmin' },
  { page: 'adminRegions', href: '/beheer/regios', label: 'navAdminRegions' },
  { page: 'messages', href: '/beheer/berichten', label: 'navMessages' },
  { page: 'notifications', href: '/meldingen', label: 'navNotifications' },
];

export function navItemsFor(role: Role) {
  return NAV_ITEMS.filter((item) => (PAGE_ROLES[item.page] as readonly Role[]).includes(role));
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
