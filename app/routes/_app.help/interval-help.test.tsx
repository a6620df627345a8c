// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { IntervalHelp } from './interval-help';

describe('the help page on uncertainty', () => {
  test('defines the interval, Poisson, Wilson, a difference and the summary sentence, each with what it does not prove', () => {
    renderWithLang(<IntervalHelp />, 'nl');
    const section = screen.getByRole('region', {
      name: 'Onzekerheid: intervallen, verschillen en de samenvatting',
    });
    const terms = within(section)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual([
      '95%-interval',
      'Exact Poisson-interval (aantallen per 10.000)',
      'Wilson-interval (percentages)',
      'Verschil en zijn interval',
      'De zin in de samenvatting',
    ]);
    expect(within(section).getAllByText('Wat het niet bewijst:')).toHaveLength(5);
    expect(section.textContent).toContain('0 van 10: 0% tot 27,8%');
  });

  test('in English too', () => {
    renderWithLang(<IntervalHelp />, 'en');
    const section = screen.getByRole('region', {
      name: 'Uncertainty: intervals, differences and the summary',
    });
    expect(within(section).getAllByText('What it does not prove:')).toHaveLength(5);
    expect(section.textContent).toContain('“Within chance variation” does not mean “no change”');
  });
});
