// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { groupLeftOut } from '#app/domain/left-out-groups';
import type { MatchedLeftOut } from '#app/domain/baseline-coverage';
import { LeftOutNotes } from './left-out-notes';

const base = (regionId: number): MatchedLeftOut => ({ regionId, side: 'baseline', reason: 'coverage' });
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

function render(lists: MatchedLeftOut[][]) {
  const { groups, refs } = groupLeftOut(lists);
  renderWithLang(
    <LeftOutNotes
      id="n"
      lines={refs.map((leftOut, k) => ({ key: `l${k}`, leftOut, note: (list) => `Regel ${k}: ${list}` }))}
      groups={groups}
      why={(g) => `${g.side}/${g.reason}`}
      nameOf={(id) => `R${id}`}
    />,
  );
  return [...document.querySelectorAll('li')].map((li) => li.textContent);
}

describe('notes on left-out regions', () => {
  test('a short list is named in each note; a long one once below, a near copy as that list except and also', () => {
    const long = ids(7, 42).map(base);
    const texts = render([
      long,
      [base(2)],
      long,
      long.filter((o) => o.regionId !== 12),
      [...long.filter((o) => o.regionId !== 12 && o.regionId !== 13), base(3)],
    ]);
    expect(texts).toEqual([
      'Regel 0: baseline/coverage (36 regio’s, lijst 1 hieronder)',
      'Regel 1: baseline/coverage (R2)',
      'Regel 2: baseline/coverage (36 regio’s, lijst 1 hieronder)',
      'Regel 3: baseline/coverage (35 regio’s, lijst 2 hieronder)',
      'Regel 4: baseline/coverage (35 regio’s, lijst 3 hieronder)',
      `Lijst 1, baseline/coverage: ${ids(7, 42)
        .map((i) => `R${i}`)
        .join(', ')}.`,
      'Lijst 2, baseline/coverage: de regio’s van lijst 1 behalve R12.',
      'Lijst 3, baseline/coverage: de regio’s van lijst 1 behalve R12, R13 en ook R3.',
    ]);
    expect(document.getElementById('n-2')!.textContent).toBe(texts[6]);
  });

  test('up to INLINE_REGIONS regions every note names them, and no line leaves nothing out', () => {
    const texts = render([ids(1, 8).map(base), []]);
    expect(texts).toEqual([
      `Regel 0: baseline/coverage (${ids(1, 8)
        .map((i) => `R${i}`)
        .join(', ')})`,
    ]);
    expect(screen.queryByText(/Lijst/)).toBeNull();
  });
});
