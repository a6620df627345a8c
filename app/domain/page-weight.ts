/**
 * Page weight at national scale (issue 26). Up to this many regions the programme pages (overview,
 * progress report) carry every region's detail inline, as the six proeftuinen always had; with more
 * (42 youth-care regions) each region's detail is on its own page, the programme page keeps what it
 * shows in its tables, and long per-region blocks sit behind a real URL (`?ervaring=alle`).
 */
export const INLINE_REGIONS = 8;
