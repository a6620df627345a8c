// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { DEFINITION_CHANGES } from '#app/domain/definition-changes';
import { INDICATORS } from '#app/domain/indicators';
import { RATE_OUTCOMES } from '#app/domain/outcomes';
import { ChangeLog, Glossary, IndicatorList, OutcomeRateList } from './indicator-help';
import { changeLogRows, helpPageTexts } from './help-texts.server';

describe('the help page on indicators', () => {
  test('lists every indicator once with formula, direction, target and floor and their source', () => {
    renderWithLang(<IndicatorList texts={helpPageTexts('nl').indicatorTexts} />, 'nl');
    const rows = screen.getAllByRole('row').filter((r) => within(r).queryAllByRole('rowheader').length > 0);
    expect(rows).toHaveLength(INDICATORS.length);
    // the caseload of child protection workers, under the norm made for them (issue 20)
    const caseload = rows.find((r) => within(r).getByRole('rowheader').textContent?.endsWith('caseload'))!;
    const cells = within(caseload).getAllByRole('cell');
    expect(cells[0].textContent).toContain(
      '(Kinderen met een lopende maatregel) / (Bezette fte jeugdbeschermers)',
    );
    expect(cells[1].textContent).toBe('lager is beter');
    expect(cells[2].textContent).toBe('15 / 20');
    expect(cells[3].textContent).toContain('Jeugdzorg Nederland');
    const review = rows.find((r) => r.textContent?.includes('independent_review'))!;
    expect(within(review).getAllByRole('cell')[0].textContent).toContain(
      '(Verzoekschriften met onafhankelijke toets) / (Verzoekschriften bij de kinderrechter − Verzoekschriften van de gecertificeerde instelling) × 100',
    );
    const outcome = rows.find((r) => r.textContent?.includes('closed_without_measure'))!;
    expect(within(outcome).getAllByRole('cell')[2].textContent).toBe('geen');
    expect(screen.getByRole('table', { name: 'Uitkomsten' })).toBeInTheDocument();
  });

  test('defines every outcome counted per 10,000 children: what it counts and how the rate is made', () => {
    renderWithLang(<OutcomeRateList />, 'nl');
    const table = screen.getByRole('table', { name: 'Uitkomsten per 10.000 kinderen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Nieuwe veiligheidssignalensignals_rate',
      'Nieuwe kinderbeschermingsmaatregelenmeasures_rate',
      'Nieuwe ondertoezichtstellingenots_rate',
      'Nieuwe uithuisplaatsingenplacements_rate',
      'Gezagsbeëindigingenauthority_ended_rate',
    ]);
    expect(rows).toHaveLength(RATE_OUTCOMES.length);
    const measures = within(rows[1]).getAllByRole('cell');
    expect(measures[0].textContent).toBe('Nieuwe kinderbeschermingsmaatregelen / kind-jaren × 10.000');
    expect(measures[1].textContent).toContain('verlengingen tellen niet mee');
    expect(screen.getByText(/gedeeld door de kind-jaren/)).toBeInTheDocument();
  });

  test('the change log names each changed indicator with since, what, why and the stored months', () => {
    renderWithLang(<ChangeLog changes={changeLogRows('en')} />, 'en');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(DEFINITION_CHANGES.length);
    const recurrence = rows.filter((r) => r.textContent?.startsWith('Reported again within 12 months'));
    // the first revision (target 80 %) and the second (recurrence, split, follow-up baseline)
    expect(recurrence).toHaveLength(2);
    const [second, first] = recurrence.map((r) => within(r).getAllByRole('cell'));
    expect(first[0].textContent).toBe('2026-11');
    expect(first[1].textContent).toContain('Target 80 % (was 95 %)');
    expect(first[3].textContent).toContain('no longer used');
    expect(second[1].textContent).toContain(
      '“Lasting safety” (1 − reported again / closed, target 80 %) is replaced',
    );
    expect(second[2].textContent).toContain('“62 % stay safe”: two different statistics');
    expect(second[3].textContent).toContain('The split is unknown for stored months (no value, not 0)');
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
      'recurrence_after_closure',
      'recurrence_without_measure',
      'recurrence_with_measure',
      'analysis_on_time',
      'complaints_on_time',
      'caseload',
      'caseload_local',
      'caseload_rvt',
      'handovers_per_case',
      'reescalation',
      'days_to_help',
      'investigations_without_petition',
      'request_to_decision',
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
