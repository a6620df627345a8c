/**
 * Colours and marker shapes of the four kinds of variation, after Making Data Count's icons (grey
 * common cause, blue improving, orange concerning, purple neither), darkened for a 3:1 contrast on
 * white. The shape differs too, so colour is never the only cue (WCAG 1.4.1).
 */
export const VARIATION_STYLE = {
  common: { colour: '#5f6b73', shape: 'circle' },
  improving: { colour: '#1d5fa8', shape: 'square' },
  concerning: { colour: '#b04a00', shape: 'diamond' },
  neither: { colour: '#5e3b8c', shape: 'square' },
} as const;
