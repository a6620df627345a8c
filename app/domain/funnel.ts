/**
 * Funnel plots: regions compared on a share or a rate, each at its own size, against the programme
 * value, so that a small region's extreme value is read as the noise it usually is instead of a
 * place in a league table.
 *
 * Method: D.J. Spiegelhalter, "Funnel plots for comparing institutional performance", Statistics in
 * Medicine 2005;24:1185–1202 (doi:10.1002/sim.1970), and "Handling over-dispersion of performance
 * indicators", Quality and Safety in Health Care 2005;14:347–351 (doi:10.1136/qshc.2005.013755).
 *
 * - Target θ₀: the pooled value of the regions plotted, Σ numerators / Σ sizes (never a mean of
 *   values). Only plotted regions enter it, so a region hidden from a viewer adds nothing.
 * - Limits: the normal approximations of Spiegelhalter (2005, §3 and appendix):
 *   share (binomial) θ₀ ± z·√(θ₀(1 − θ₀)/n), rate (Poisson) θ₀ ± z·√(θ₀/n), with n the denominator
 *   or the exposure (child-years), at z = 1.96 (95 %) and z = 3.09 (99.8 %). We do not use the exact
 *   binomial/Poisson limits with interpolation: at the sizes here (tens to thousands) they differ from
 *   the approximation by less than the rounding of the cells reviewers see, and the approximation is
 *   what the over-dispersion adjustment is defined on. A share's limits are clipped to 0 … 1 and a
 *   rate's below at 0.
 * - Over-dispersion: z-scores zᵢ = (yᵢ − θ₀)/√(V(θ₀)/nᵢ), 10 % Winsorised at each end (the z below
 *   the 10th and above the 90th percentile set to those values; with fewer than ten regions nothing
 *   is changed), φ = Σ zᵢ² / I. Over-dispersion is present when I·φ exceeds the 95th percentile of
 *   χ² with I − 1 degrees of freedom. Then the limits are widened by an additive random effect
 *   (DerSimonian–Laird): τ² = (I·φ − (I − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ), wᵢ = 1/sᵢ², sᵢ² = V(θ₀)/nᵢ, and
 *   limits θ₀ ± z·√(sᵢ² + τ²). We chose the additive over the multiplicative (√φ) adjustment because
 *   between-region differences in scope and population do not shrink with a region's size, which is
 *   what an additive τ² says (Spiegelhalter 2005b recommends it for that reason).
 *
 * What a funnel plot does not prove: a point outside the limits is a reason to ask, not a verdict;
 * nothing here adjusts for the regions' different populations (case mix), and a point inside the
 * limits is not shown to be "average".
 *
 * Pure: no database, Remix or React.
 */
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export type FunnelKind = 'share' | 'rate';

export interface FunnelInput<Id> {
  id: Id;
  /** events (numerator) */
  numerator: number;
  /** denominator (share) or exposure (rate, e.g. child-years) */
  size: number;
}

/** Where a point lies: inside, or beyond the 95 % or the 99.8 % limits, and on which side. */
export type FunnelPosition = 'inside' | 'above95' | 'above998' | 'below95' | 'below998';

export interface FunnelPoint<Id> extends FunnelInput<Id> {
  /** the value in the display scale (percent, per 10,000) */
  value: number;
  z: number;
  /** against the plain limits */
  position: FunnelPosition;
  /** against the limits adjusted for over-dispersion (same as `position` when there is none) */
  adjustedPosition: FunnelPosition;
  limits: FunnelLimits;
}

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
  /** null when no over-dispersion is found */
  adjusted: { lower95: number; upper95: number; lower998: number; upper998: number } | null;
}

export interface Funnel<Id> {
  kind: FunnelKind;
  scale: number;
  /** θ₀ in the display scale */
  centre: number;
  points: FunnelPoint<Id>[];
  /** φ, the mean of the squared Winsorised z-scores */
  phi: number;
  /** the χ² (I − 1) 95th percentile that I·φ is tested against */
  critical: number;
  overdispersed: boolean;
  /** τ² in the unscaled value (0 when there is no over-dispersion) */
  tau2: number;
  /** the limits along the size axis, for drawing the funnel */
  curve: ({ size: number } & FunnelLimits)[];
}

/** A funnel as a page shows it: the plotted regions and those left out, by id. */
export interface FunnelData {
  kind: FunnelKind;
  unit: 'percent' | 'rate' | 'per100';
  funnel: Funnel<number> | null;
  /** regions not plotted because their value is hidden from this viewer (kleine noemer) */
  hidden: number[];
  /** regions without a value (unknown, incomplete, no population) */
  unknown: number[];
}

export const Z95 = normalQuantile(0.975, 0, 1);
export const Z998 = normalQuantile(0.999, 0, 1);

function variance(kind: FunnelKind, theta: number): number {
  return kind === 'share' ? theta * (1 - theta) : theta;
}

function clip(kind: FunnelKind, v: number): number {
  return kind === 'share' ? Math.min(1, Math.max(0, v)) : Math.max(0, v);
}

/** 10 % Winsorisation at each end: with I values, the floor(I/10) most extreme at each end are pulled in. */
export function winsorise(values: readonly number[], fraction = 0.1): number[] {
  const k = Math.floor(values.length * fraction);
  if (k === 0) return [...values];
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[k];
  const hi = sorted[values.length - 1 - k];
  return values.map((v) => Math.min(hi, Math.max(lo, v)));
}

function limitsAt(kind: FunnelKind, theta: number, size: number, tau2: number | null, scale: number) {
  const s2 = variance(kind, theta) / size;
  const band = (z: number, extra: number) => {
    const half = z * Math.sqrt(s2 + extra);
    return [clip(kind, theta - half) * scale, clip(kind, theta + half) * scale] as const;
  };
  const [lower95, upper95] = band(Z95, 0);
  const [lower998, upper998] = band(Z998, 0);
  let adjusted: FunnelLimits['adjusted'] = null;
  if (tau2 !== null) {
    const [a95, b95] = band(Z95, tau2);
    const [a998, b998] = band(Z998, tau2);
    adjusted = { lower95: a95, upper95: b95, lower998: a998, upper998: b998 };
  }
  return { lower95, upper95, lower998, upper998, adjusted };
}

function positionOf(
  v: number,
  l: { lower95: number; upper95: number; lower998: number; upper998: number },
): FunnelPosition {
  if (v > l.upper998) return 'above998';
  if (v > l.upper95) return 'above95';
  if (v < l.lower998) return 'below998';
  if (v < l.lower95) return 'below95';
  return 'inside';
}

/**
 * The funnel for regions with a known numerator and a positive size. Returns null when fewer than
 * two regions can be plotted, or the pooled value leaves no variation (0 or, for a share, 1).
 * `scale` turns the value into its display unit (100 for a percentage, 10,000 for a rate per 10,000).
 */
export function computeFunnel<Id>(
  kind: FunnelKind,
  inputs: readonly FunnelInput<Id>[],
  scale: number,
): Funnel<Id> | null {
  const rows = inputs.filter((r) => Number.isFinite(r.numerator) && r.size > 0 && r.numerator >= 0);
  if (rows.length < 2) return null;
  const theta = rows.reduce((s, r) => s + r.numerator, 0) / rows.reduce((s, r) => s + r.size, 0);
  const v0 = variance(kind, theta);
  if (!(v0 > 0)) return null;
  const I = rows.length;
  const z = rows.map((r) => (r.numerator / r.size - theta) / Math.sqrt(v0 / r.size));
  const zw = winsorise(z);
  const phi = zw.reduce((s, x) => s + x * x, 0) / I;
  const critical = chisquareQuantile(0.95, I - 1);
  const overdispersed = I * phi > critical;
  let tau2 = 0;
  if (overdispersed) {
    const w = rows.map((r) => r.size / v0);
    const sw = w.reduce((s, x) => s + x, 0);
    const sw2 = w.reduce((s, x) => s + x * x, 0);
    tau2 = Math.max(0, (I * phi - (I - 1)) / (sw - sw2 / sw));
  }
  const adj = overdispersed ? tau2 : null;
  const points = rows.map((r, i) => {
    const limits = limitsAt(kind, theta, r.size, adj, scale);
    const value = (r.numerator / r.size) * scale;
    const position = positionOf(value, limits);
    return {
      ...r,
      value,
      z: z[i],
      position,
      adjustedPosition: limits.adjusted ? positionOf(value, limits.adjusted) : position,
      limits,
    };
  });
  const min = Math.min(...rows.map((r) => r.size));
  const max = Math.max(...rows.map((r) => r.size));
  return {
    kind,
    scale,
    centre: theta * scale,
    points,
    phi,
    critical,
    overdispersed,
    tau2,
    curve: funnelCurve(kind, theta, min, max, adj, scale),
  };
}

/** 40 sizes spread evenly on a log scale from a bit below the smallest to a bit above the largest region. */
function funnelCurve(
  kind: FunnelKind,
  theta: number,
  min: number,
  max: number,
  tau2: number | null,
  scale: number,
) {
  const lo = Math.log(Math.max(min * 0.8, 1e-9));
  const hi = Math.log(max * 1.2);
  const steps = 40;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const size = Math.exp(lo + ((hi - lo) * i) / steps);
    return { size, ...limitsAt(kind, theta, size, tau2, scale) };
  });
}
