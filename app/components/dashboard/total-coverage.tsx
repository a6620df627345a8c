import type { ExclusionReason } from '#app/domain/outcomes';
import { outcomesText, type OutcomesKey } from '#app/i18n/outcomes';
import { useT } from '#app/i18n/use-t';

const REASON: Record<ExclusionReason, OutcomesKey> = {
  incomplete: 'reasonIncomplete',
  unknown: 'reasonUnknown',
  no_population: 'reasonNoPopulation',
  coverage: 'reasonCoverage',
};

/**
 * What a programme total holds: "5 of 6 regions; left out: Zeeland (value unknown)". Says nothing
 * when every region is in it.
 */
export function TotalCoverage({
  excluded,
  regionCount,
  nameOf,
  label,
}: {
  excluded: readonly { regionId: number; reason: ExclusionReason }[];
  regionCount: number;
  nameOf: (id: number) => string;
  /** what the total is of (an indicator or outcome name), when several are listed */
  label?: string;
}) {
  const t = useT(outcomesText);
  if (excluded.length === 0) return null;
  const list = excluded.map((e) => `${nameOf(e.regionId)} (${t(REASON[e.reason])})`).join(', ');
  return (
    <p className="hint total-coverage">
      {label ? <strong>{label}: </strong> : null}
      {t('totalCovers', { n: regionCount - excluded.length, of: regionCount })}{' '}
      {t('totalLeavesOut', { list })}
    </p>
  );
}
