import { INDICATORS } from '#app/domain/indicators';
import { roundAsShown } from '#app/domain/number-format';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { PRINCIPLE_CODES, SCORE_GROUPS } from '#app/domain/principles';
import { scoreChange } from '#app/domain/score-change';
import type { ScoreRow } from '#app/domain/scorecard';
import type { Card, CardScore, PrincipleRow } from './region-cards';

type Scorecard = { bucket: string; regions: ScoreRow[]; total: ScoreRow };

/**
 * What the cards and the table draw of a scorecard: per region and the total, the principle scores
 * with their change since the period before (computed here from the unrounded scores, so the page
 * needs no scores of the period before), and per scored indicator the regions the programme total
 * leaves out (with the indicator's name, so the page's JavaScript needs no catalogue). With more
 * than INLINE_REGIONS regions (national scale) a region has no card, only its row of the table: of
 * each principle the score as the table writes it (whole points), whether it is sufficient, the
 * change and how many indicators are hidden (42 regions × five groups of six fields were 25 KB).
 */
export function principleCard(card: Scorecard, previous: Scorecard): Card {
  const whole = (r: ScoreRow, before: ScoreRow): PrincipleRow => ({
    provisional: r.provisional,
    groups: Object.fromEntries(
      SCORE_GROUPS.map((p) => [
        p,
        { ...r.groups[p], change: scoreChange(r.groups[p].score, before.groups[p].score) },
      ]),
    ) as PrincipleRow['groups'],
  });
  const shown = (r: ScoreRow, before: ScoreRow): PrincipleRow => ({
    provisional: r.provisional,
    groups: Object.fromEntries(
      PRINCIPLE_CODES.map((p) => {
        const g = r.groups[p];
        const s: CardScore = {
          score: g.score === null ? null : roundAsShown(g.score, 0),
          sufficient: g.sufficient,
          change: scoreChange(g.score, before.groups[p].score),
        };
        if (g.hiddenIndicators) s.hiddenIndicators = g.hiddenIndicators;
        return [p, s];
      }),
    ) as PrincipleRow['groups'],
  });
  const row = card.regions.length > INLINE_REGIONS ? shown : whole;
  const excluded = card.total.coverage?.excluded ?? {};
  return {
    bucket: card.bucket,
    previousBucket: previous.bucket,
    regions: card.regions.map((r, k) => row(r, previous.regions[k]!)),
    total: whole(card.total, previous.total),
    totalExcluded: INDICATORS.filter(
      (i) => (PRINCIPLE_CODES as readonly string[]).includes(i.group) && (excluded[i.code]?.length ?? 0) > 0,
    ).map((i) => ({ code: i.code, label: i.label, excluded: excluded[i.code] })),
  };
}
