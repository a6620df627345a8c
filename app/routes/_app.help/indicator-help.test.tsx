// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '../../../test/render-with-lang';
import { DEFINITION_CHANGES } from '~/domain/definition-changes';
import { INDICATORS } from '~/domain/indicators';
import { ChangeLog, Glossary, IndicatorList } from './indicator-help';

describe('the help page on indicators', () => {
  test('lists every indicator once with formula, direction, target and floor and their source', () => {
    renderWithLang(<IndicatorList />, 'nl');
    const rows = screen.getAllByRole('row').filter((r) => within(r).queryAllByRole('rowheader').length > 0);
    expect(rows).toHaveLength(INDICATORS.length);
    const caseload = rows.find((r) => r.textContent?.includes('caseload'))!;
    const cells = within(caseload).getAllByRole('cell');
    expect(cells[0].textContent).toContain(
      '(Actieve gezinnen lokaal team + Actieve gezinnen regionaal veiligheidsteam) / (Bezette formatie in fte)',
    );
    expect(cells[1].textContent).toBe('lager is beter');
    expect(cells[2].textContent).toBe('9 / 15');
    expect(cells[3].textContent).toContain('Jeugdzorg Nederland');
    const review = rows.find((r) => r.textContent?.includes('independent_review'))!;
    expect(within(review).getAllByRole('cell')[0].textContent).toContain(
      '(Verzoekschriften met onafhankelijke toets) / (Verzoekschriften bij de kinderrechter − Verzoeken tot verlenging) × 100',
    );
    const outcome = rows.find((r) => r.textContent?.includes('closed_without_measure'))!;
    expect(within(outcome).getAllByRole('cell')[2].textContent).toBe('geen');
    expect(screen.getByRole('table', { name: 'Uitkomsten' })).toBeInTheDocument();
  });

  test('the change log names each changed indicator with since, what, why and the stored months', () => {
    renderWithLang(<ChangeLog />, 'en');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(DEFINITION_CHANGES.length);
    const lasting = rows.find((r) => r.textContent?.startsWith('Lasting safety'))!;
    const cells = within(lasting).getAllByRole('cell');
    expect(cells[0].textContent).toBe('2026-11');
    expect(cells[1].textContent).toContain('Target 80 % (was 95 %)');
    expect(cells[2].textContent).toContain('38 %');
    expect(cells[3].textContent).toContain('no longer used');
  });

  test('every indicator a change names exists, and every indicator whose definition changed is in the log', () => {
    const codes = new Set(INDICATORS.map((i) => i.code));
    const named = DEFINITION_CHANGES.flatMap((c) => c.indicators);
    for (const code of named) expect(codes.has(code), code).toBe(true);
    for (const code of [
      'escalation_rate',
      'closed_without_measure',
      'independent_review',
      'waiting_guardian',
      'lasting_safety',
      'analysis_on_time',
      'complaints_on_time',
      'caseload',
      'experiments_evaluated',
      'bottlenecks_taken_up',
    ])
      expect(named, code).toContain(code);
  });

  test('the terms use one spelling: vaste jeugdbeschermer, streefwaarde, volwassenen-ggz', () => {
    renderWithLang(<Glossary />, 'nl');
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    expect(terms).toContain('Vaste jeugdbeschermer');
    expect(terms).toContain('Streefwaarde');
    expect(terms).toContain('Volwassenen-ggz');
    expect(terms).toContain('Programmatotaal');
  });
});
