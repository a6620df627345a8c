import { Form, Link, useLocation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { shellText } from '#app/i18n/shell-text';
import { useT } from '#app/i18n/use-t';
import { currentNavHref, navItemsFor } from '#app/utils/navigation';
import { LanguageSwitch } from './language-switch';
import { type Role } from '#app/domain/roles';

const ROLE_KEY = {
  coordinator: 'roleCoordinator',
  manager: 'roleManager',
  reviewer: 'roleReviewer',
  admin: 'roleAdmin',
} as const satisfies Record<Role, string>;

export function useRoleLabel() {
  const t = useT(shellText);
  return (role: Role) => t(ROLE_KEY[role]);
}

/** Header, navigation (the pages the user may open) and the main landmark every signed-in page sits in. */
export function Shell({
  user,
  isDemo,
  children,
}: {
  user: { name: string; role: Role; regionId: number | null } | null;
  isDemo: boolean;
  children: React.ReactNode;
}) {
  const t = useT(shellText);
  const roleLabel = useRoleLabel();
  const { pathname } = useLocation();
  const current = currentNavHref(pathname);
  // On a narrow screen the menu is one button; without JavaScript the list simply stays open.
  const [hydrated, setHydrated] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setHydrated(true), []);
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('skipLink')}
      </a>
      {isDemo ? (
        <div className="demo-banner" role="note">
          {t('demoBanner')}
        </div>
      ) : null}
      <header className="site-header">
        <div className="container header-row">
          <a href="/" className="brand">
            <span className="brand-name">{t('appName')}</span>
            <span className="brand-tagline">{t('appTagline')}</span>
          </a>
          <div className="header-tools">
            <LanguageSwitch />
            {user ? (
              <>
                <span className="user-name">
                  {t('loggedInAs', { name: user.name, role: roleLabel(user.role) })}
                </span>
                <a href="/wachtwoord" className="button-link">
                  {t('passwordMenu')}
                </a>
                <Form method="post" action="/logout">
                  <button type="submit" className="button-link">
                    {t('logout')}
                  </button>
                </Form>
              </>
            ) : null}
          </div>
        </div>
        {user ? (
          <nav
            aria-label={t('mainNav')}
            className={`main-nav${hydrated ? ' main-nav-js' : ''}${menuOpen ? ' main-nav-open' : ''}`}
          >
            <div className="container">
              <button
                type="button"
                className="menu-toggle"
                aria-expanded={menuOpen}
                aria-controls="main-nav-list"
                onClick={() => setMenuOpen((o) => !o)}
              >
                {t('menu')}
              </button>
            </div>
            <ul className="container" id="main-nav-list">
              {navItemsFor(user).map((item) => (
                <li key={item.href}>
                  <Link
                    to={item.href}
                    prefetch="intent"
                    className={current === item.href ? 'active' : undefined}
                    aria-current={current === item.href ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" tabIndex={-1} className="container main">
        {children}
      </main>
    </>
  );
}

export function useCurrentPath() {
  const location = useLocation();
  return location.pathname + location.search;
}
