import { describe, expect, test } from 'vitest';
import { contrastWithWhite, REGION_PALETTE, regionStyle } from './region-colours';

describe('region colours', () => {
  test('contrast against white as WCAG computes it', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#FFFFFF')).toBeCloseTo(1, 5);
    // Okabe & Ito blue: 5.1:1; yellow (#F0E442) is too light for a line on white
    expect(contrastWithWhite('#0072B2')).toBeCloseTo(5.17, 1);
    expect(contrastWithWhite('#F0E442')).toBeLessThan(3);
  });

  test('beyond the palette a region gets a dash pattern, so a 42nd region is still told apart', () => {
    expect(regionStyle(REGION_PALETTE.length)).toEqual({ colour: REGION_PALETTE[0], pattern: 1 });
    expect(regionStyle(41)).toEqual({ colour: REGION_PALETTE[41 % 7], pattern: 5 });
  });
});
