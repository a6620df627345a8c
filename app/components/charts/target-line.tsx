import { ReferenceLine } from 'recharts';

/**
 * The target as a dashed horizontal line (none without a target). A function, not a component:
 * recharts finds its lines among a chart's direct children by their type.
 */
export function targetLine(target: number | null | undefined, label: string | undefined) {
  return target != null ? (
    <ReferenceLine y={target} stroke="#333" strokeDasharray="6 3" label={label} ifOverflow="extendDomain" />
  ) : null;
}
