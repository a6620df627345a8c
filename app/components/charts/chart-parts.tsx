import { ReferenceLine } from 'recharts';

/** The margin and accessible title every cartesian chart of the app has. */
export function chartFrameProps(label: string) {
  return { margin: { top: 16, right: 24, bottom: 8, left: 8 }, accessibilityLayer: true, title: label };
}

/**
 * The target as a dashed horizontal line (none without a target). A function, not a component:
 * recharts finds its lines among a chart's direct children by their type.
 */
export function targetLine(target: number | null | undefined, label: string | undefined) {
  return target != null ? (
    <ReferenceLine y={target} stroke="#333" strokeDasharray="6 3" label={label} ifOverflow="extendDomain" />
  ) : null;
}
