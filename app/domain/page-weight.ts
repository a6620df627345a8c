/**
 * Page weight at national scale (issue 26). Up to this many regions the programme pages (overview,
 * progress report) carry every region's detail inline, as the six proeftuinen always had; with more
 * (42 youth-care regions) each region's detail is on its own page, the programme page keeps what it
 * shows in its tables, and long per-region blocks sit behind a real URL (`?ervaring=alle`).
 */
export const INLINE_REGIONS = 8;

/**
 * Whether a programme page over `regionCount` regions sends a long block whole: up to
 * INLINE_REGIONS always; with more only behind `?{param}=alle` (a real URL: without JavaScript,
 * bookmarkable and printable), the page showing the part that matters and a link meanwhile.
 */
export function showWhole(url: URL, param: string, regionCount: number): boolean {
  return regionCount <= INLINE_REGIONS || url.searchParams.get(param) === 'alle';
}
