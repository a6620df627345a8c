// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import {
  experienceFigures,
  type ExperienceBlockData,
  type ExperienceCell,
} from '#app/domain/experience-figures';
import { ExperienceBlock } from './experience-block';

const cell = (regionId: number, answered: number, agreed: number, period = '2026-Q3'): ExperienceCell => ({
  regionId,
  period,
  group: 'parents',
  invited: answered * 4,
  responded: answered,
  items: { parent_heard: { answered, agreed }, parent_rights: { answered: 0, agreed: 0 } },
});
const items = ['parent_heard', 'parent_rights'];
const data = (...regions: ExperienceCell[][]): ExperienceBlockData => ({
  rounded: false,
  groups: [
    {
      group: 'parents',
      items,
      regions: regions.map((cells) => ({
        regionId: cells[0]!.regionId,
        figures: experienceFigures(cells, items, false),
      })),
    },
  ],
});

describe('the Ervaring block', () => {
  test('one region: a row per item with its principle, the share with its interval, n, window and response', () => {
    renderWithLang(<ExperienceBlock data={data([cell(1, 40, 30)])} regionNames={{ 1: 'Utrecht' }} />);
    const table = screen.getByRole('table');
    const heard = within(table).getByRole('row', { name: /^Ik voelde me gehoord/ });
    expect(within(heard).getByRole('rowheader').textContent).toBe('Ik voelde me gehoordGezinsgericht');
    const cells = within(heard)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['75% (60%–86%)', '40', '3e kwartaal 2026', '25% (40 van 160)', 'nog geen', 'nog geen']);
    // no answers to an item: unknown, never 0 %
    const rights = within(table).getByRole('row', { name: /^Ik ken mijn rechten/ });
    expect(within(rights).getAllByRole('cell')[0]!.textContent).toBe('onbekend');
  });

  test('several regions: a column each; a hidden share says why, apart from unknown', () => {
    renderWithLang(
      <ExperienceBlock
        data={data([cell(1, 40, 30)], [cell(2, 8, 4)])}
        regionNames={{ 1: 'Utrecht', 2: 'Zeeland' }}
      />,
      'en',
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Item', 'Utrecht', 'Zeeland']);
    const heard = within(table).getByRole('row', { name: /^I felt heard/ });
    const [utrecht, zeeland] = within(heard).getAllByRole('cell');
    expect(utrecht!.textContent).toContain('75% (60%–86%) · n 40');
    expect(zeeland!.textContent).toContain('x (hidden: fewer than 10 answers)');
    expect(zeeland!.textContent).toContain('Response 25% (8 of 32)');
    const rights = within(table).getByRole('row', { name: /^I know my rights/ });
    expect(within(rights).getAllByRole('cell')[1]!.textContent).toContain('unknown');
  });
});
