import { INDICATORS } from '#app/domain/indicators';
import { PRINCIPLE_CODES, type PrincipleCode } from '#app/domain/principles';
import type { ScoreRow } from '#app/domain/scorecard';
import type { Card, PreviousCard, PreviousRow, PrincipleRow } from './region-cards';

/**
 * What the cards draw of a scorecard: per region and the total, the principle scores, and per
 * scored indicator the regions the programme total leaves out (with the indicator's name, so the
 * page's JavaScript needs no catalogue).
 */
export function principleCard(card: { bucket: string; regions: ScoreRow[]; total: ScoreRow }): Card {
  const pick = (r: ScoreRow): PrincipleRow => ({ provisional: r.provisional, groups: r.groups });
  const excluded = card.total.coverage?.excluded ?? {};
  return {
    bucket: card.bucket,
    regions: card.regions.map(pick),
    total: pick(card.total),
    totalExcluded: INDICATORS.filter(
      (i) => (PRINCIPLE_CODES as readonly string[]).includes(i.group) && (excluded[i.code]?.length ?? 0) > 0,
    ).map((i) => ({ code: i.code, label: i.label, excluded: excluded[i.code] })),
  };
}

/** Of the period before, the cards draw only the change: each principle's score. */
export function previousScores(card: { bucket: string; regions: ScoreRow[]; total: ScoreRow }): PreviousCard {
  const pick = (r: ScoreRow): PreviousRow => ({
    groups: Object.fromEntries(PRINCIPLE_CODES.map((p) => [p, { score: r.groups[p].score }])) as Record<
      PrincipleCode,
      { score: number | null }
    >,
  });
  return { bucket: card.bucket, regions: card.regions.map(pick), total: pick(card.total) };
}
