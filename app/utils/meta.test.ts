import { describe, expect, test } from 'vitest';
import { dashboards } from '#app/i18n/dashboards';
import { pageTitle } from './meta';

describe('page titles', () => {
  test('come from the dictionary in the interface language of the root loader', () => {
    const matches = (lang: unknown) => [{ id: 'root', data: { lang } }];
    expect(pageTitle(matches('en'), dashboards, 'overviewTitle')).toEqual([
      { title: `${dashboards.en.overviewTitle} · Proeftuinmonitor` },
    ]);
    expect(pageTitle(matches('nl'), dashboards, 'overviewTitle')).toEqual([
      { title: `${dashboards.nl.overviewTitle} · Proeftuinmonitor` },
    ]);
    expect(pageTitle([], dashboards, 'compareTitle')).toEqual([
      { title: `${dashboards.nl.compareTitle} · Proeftuinmonitor` },
    ]);
    expect(dashboards.en.overviewTitle).not.toBe(dashboards.nl.overviewTitle);
  });
});
