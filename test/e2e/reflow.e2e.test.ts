/**
 * WCAG 1.4.10 reflow on every page (issue 10): at 390 × 844 no page any role may open scrolls
 * sideways. Wide tables scroll inside their own captioned region (components/table-scroll.tsx) or
 * reflow. Each role opens every page of its menu and the pages behind them (a region, a report, an
 * experiment, a bottleneck, a narrative, the forms); a page it may not open is left out by its status.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoEmail, type DemoUser, signedInPage } from './fixtures';
import { query } from './harness';

const WIDTH = 390;

function pagesOf(): string[] {
  const experiment = query<{ id: number }>(
    "select e.id from experiments e join regions r on r.id = e.region_id where r.slug = 'utrecht' order by e.id limit 1",
  )[0]!.id;
  const bottleneck = query<{ id: number }>(
    "select b.id from bottlenecks b join regions r on r.id = b.region_id where r.slug = 'utrecht' order by b.id limit 1",
  )[0]!.id;
  return [
    '/te-doen',
    '/overzicht',
    '/vergelijken',
    '/regios',
    '/regios/utrecht',
    '/regios/utrecht/rapportages',
    '/regios/utrecht/rapportages/2026-10',
    '/regios/utrecht/import',
    '/regios/utrecht/ervaring',
    '/regios/utrecht/basisperiode',
    '/regios/utrecht/verhaal/2026-Q3',
    '/rapportages',
    '/te-beoordelen',
    '/volledigheid',
    '/experimenten',
    `/experimenten/${experiment}`,
    `/experimenten/${experiment}/bewerken`,
    '/experimenten/nieuw',
    '/experimenten/lessen',
    '/knelpunten',
    '/knelpunten/overzicht',
    `/knelpunten/${bottleneck}`,
    `/knelpunten/${bottleneck}/bewerken`,
    '/knelpunten/nieuw',
    '/voortgang',
    '/referenties',
    '/indicatoren/triage_on_time',
    '/doelen',
    '/help',
    '/meldingen',
    '/wachtwoord',
    '/beheer',
    '/beheer/regios',
    '/beheer/regios/utrecht',
    '/beheer/berichten',
  ];
}

/** The outermost elements that stick out to the right of the viewport (for the failure message). */
function overflowing(page: Page) {
  return page.evaluate((width) => {
    const out: string[] = [];
    const all = Array.from(document.querySelectorAll('body *'));
    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (r.right <= width + 0.5 || r.width === 0) continue;
      // inside a scrolling container: that container scrolls, not the page
      let p = el.parentElement;
      let contained = false;
      while (p && p !== document.body) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible') {
          contained = true;
          break;
        }
        p = p.parentElement;
      }
      if (contained) continue;
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > width + 0.5 && el.parentElement !== document.body) continue;
      out.push(
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} → ${Math.round(r.right)}`,
      );
    }
    // a long word overflows its box without widening it: look at the text too
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      if (range.getBoundingClientRect().right <= width + 0.5) continue;
      let p = n.parentElement;
      let contained = false;
      while (p && p !== document.body) {
        if (getComputedStyle(p).overflowX !== 'visible') contained = true;
        p = p.parentElement;
      }
      if (!contained)
        out.push(`text "${String(n.textContent).slice(0, 40)}" in ${n.parentElement?.tagName.toLowerCase()}`);
    }
    return out.slice(0, 5);
  }, WIDTH);
}

async function measure(user: DemoUser) {
  const page = await signedInPage(user, { viewport: { width: WIDTH, height: 844 } });
  const widths: Record<string, number> = {};
  const wide: Record<string, string[]> = {};
  for (const path of pagesOf()) {
    const res = await page.goto(path);
    if (res?.status() !== 200 || !new URL(page.url()).pathname.startsWith(path.split('?')[0]!)) continue;
    await page.waitForLoadState('networkidle');
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    widths[path] = w;
    if (w > WIDTH) wide[path] = await overflowing(page);
  }
  await page.context().close();
  return { widths, wide };
}

describe('reflow at 390 × 844', () => {
  const ROLES: { user: DemoUser; min: number }[] = [
    { user: 'coordinator.utrecht', min: 26 },
    { user: 'manager1', min: 27 },
    { user: 'reviewer', min: 17 },
    { user: 'admin', min: 5 },
  ];
  for (const role of ROLES) {
    test(`${demoEmail(role.user)}: no page scrolls sideways`, async () => {
      const { widths, wide } = await measure(role.user);
      console.log(
        `[figures] reflow ${demoEmail(role.user)}: ${Object.keys(widths).length} pages at ${WIDTH} px`,
      );
      expect(Object.keys(widths).length).toBeGreaterThanOrEqual(role.min);
      expect(wide).toEqual({});
      expect(Object.entries(widths).filter(([, w]) => w > WIDTH)).toEqual([]);
    });
  }
});
