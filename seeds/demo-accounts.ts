/** The demo logins: in the README, and on the login page in demo mode only. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';
export const DEMO_DOMAIN = 'demo.proeftuinmonitor.nl';

export function coordinatorEmail(regionSlug: string): string {
  return `coordinator.${regionSlug}@${DEMO_DOMAIN}`;
}

export const DEMO_STAFF = [
  { email: `manager1@${DEMO_DOMAIN}`, name: 'Programmamanager Een', role: 'manager' },
  { email: `manager2@${DEMO_DOMAIN}`, name: 'Programmamanager Twee', role: 'manager' },
  { email: `reviewer@${DEMO_DOMAIN}`, name: 'Beleidsmedewerker JenV', role: 'reviewer' },
  { email: `admin@${DEMO_DOMAIN}`, name: 'Beheerder', role: 'admin' },
] as const;
