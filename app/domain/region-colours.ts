/**
 * One colour per region, the same everywhere in the app. Okabe & Ito's palette, which stays
 * distinguishable for the common forms of colour blindness; every colour reaches 3:1 against white
 * for graphical objects except yellow, which is left out. Colours follow the region's sort order, so
 * a region keeps its colour; beyond seven regions the palette repeats with a dash pattern index so
 * charts can still tell lines apart.
 */
export const REGION_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
] as const;

export interface RegionStyle {
  colour: string;
  /** 0 = solid; higher numbers are for dash patterns once the palette repeats. */
  pattern: number;
}

export function regionStyle(sortIndex: number): RegionStyle {
  const i = Math.max(0, Math.floor(sortIndex));
  return {
    colour: REGION_PALETTE[i % REGION_PALETTE.length],
    pattern: Math.floor(i / REGION_PALETTE.length),
  };
}

/** WCAG relative luminance of '#RRGGBB'. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio of a colour against white (WCAG: graphical objects need at least 3:1). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export const MIN_GRAPHIC_CONTRAST = 3;
export const COLOUR_RE = /^#[0-9a-fA-F]{6}$/;
