import type { PopulationLabel } from '#app/domain/population-in-scope';
import { cbsRatesText } from '#app/i18n/cbs-rates';
import { useT } from '#app/i18n/use-t';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { groupBy } from '#app/utils/group-by';

export interface ShownPopulation {
  regionId: number;
  origin: PopulationLabel | null;
  children: number | null;
  source: string | null;
}

type Key = keyof typeof cbsRatesText.nl;
const ORIGIN_KEY: Record<PopulationLabel, Key> = {
  cbs: 'originCbs',
  typed: 'originTyped',
  mixed: 'originMixed',
};

/** "CBS", "Getypt", "CBS en getypt" or "onbekend": where a rate's children in scope come from. */
export function usePopulationOrigin() {
  const t = useT(cbsRatesText);
  return (origin: PopulationLabel | null) => t(origin ? ORIGIN_KEY[origin] : 'originUnknown');
}

/**
 * The note under the rates per 10,000 children saying which population they use (issue 24): for
 * one region its source, for several each region's label.
 */
export function PopulationNote({
  populations,
  nameOf,
}: {
  populations: readonly ShownPopulation[];
  /** given on programme pages: every region named */
  nameOf?: (regionId: number) => string;
}) {
  const t = useT(cbsRatesText);
  const originOf = usePopulationOrigin();
  if (populations.length === 0) return null;
  const list = nameOf
    ? // at national scale one entry per origin naming its regions (42 × "Jeugdregio 07: Getypt")
      (populations.length > INLINE_REGIONS
        ? groupBy(populations, (p) => originOf(p.origin)).map(([origin, ps]) =>
            t('populationRow', { region: ps.map((p) => nameOf(p.regionId)).join(', '), origin }),
          )
        : populations.map((p) =>
            t('populationRow', { region: nameOf(p.regionId), origin: originOf(p.origin) }),
          )
      ).join('; ')
    : populations
        .map((p) =>
          p.source
            ? t('populationOne', { origin: originOf(p.origin), source: p.source })
            : originOf(p.origin),
        )
        .join('; ');
  return (
    <p className="hint population-note" data-testid="population-note">
      {t('populationNote', { list })}
    </p>
  );
}
