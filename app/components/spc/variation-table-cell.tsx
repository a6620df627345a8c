import { formatPeriodLabel } from '#app/utils/format';
import { useLang } from '#app/i18n/use-t';
import { VariationIcon } from './variation-icon';

export type LatestVariation = {
  period: string;
  variation: 'common' | 'improving' | 'concerning' | 'neither';
  side: 'high' | 'low' | null;
} | null;

/** A table cell with the variation icon of an indicator's latest month (and that month). */
export function VariationCell({ latest }: { latest: LatestVariation | undefined }) {
  const lang = useLang();
  // an indicator without a control chart (a register count)
  if (latest === undefined) return <td>—</td>;
  return (
    <td>
      <VariationIcon variation={latest?.variation ?? null} side={latest?.side ?? null} />
      {latest ? <span className="hint"> ({formatPeriodLabel(latest.period, lang)})</span> : null}
    </td>
  );
}
