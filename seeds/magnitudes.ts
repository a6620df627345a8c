/**
 * The ranges the demo's figures must stay in, per 10,000 children 0–17 in a region's scope per
 * calendar year, after the public magnitudes in seeds/README.md (which states the same ranges; the
 * seed test checks both). Wide enough for the regions' real spread, narrow enough that a demo five
 * times too small or too large fails.
 */
export const PER_10K_RANGES = {
  /**
   * new safety signals per year: Veilig Thuis reports and advice requests (786 nationally in 2023)
   * plus the local teams' and the RVT's
   */
  signals_new: [600, 1400],
  /** new child protection measures per year (national ≈ 27) */
  measures_new: [15, 45],
  /** new out-of-home placements per year */
  placements_new: [5, 20],
  /** children with a running measure on 31 December (national ≈ 85) */
  children_with_measure: [50, 130],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Levels before the pilot (the region's first reported year, all regions together), as shares:
 * near the national figures the issue names, the pilots improving from there.
 */
export const START_LEVELS = {
  /** triage within 5 working days (Veilig Thuis ≈ 60 %) */
  triage_on_time: [0.55, 0.68],
  /** families reported again within 12 months of closure (repeat reports ≈ 38 %) */
  recurrence_12m: [0.32, 0.44],
  /** children with a measure waiting for a fixed child protection worker (≈ 5 %) */
  children_waiting_guardian: [0.035, 0.065],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * The legal chain, as shares of all regions together per year (seeds/README.md has the sources):
 * seeds/legal-chain.test.ts checks the demo and the national data set against them.
 */
export const CHAIN_LEVELS = {
  /** first petitions preceded by an independent review before the pilots (≈ 80–85 %, estimated) */
  first_petitions_reviewed_before_pilot: [0.77, 0.88],
  /** Raad investigations ending without a petition (rekest-ratio 65 % in 2023: ≈ 35 %) */
  investigations_without_petition: [0.28, 0.42],
  /** of the new measures, voogdij (CBS 2022: 13 % with provisional and temporary voogdij) */
  authority_ended_of_new_measures: [0.09, 0.18],
  /** terminations of parental authority per 10,000 children 0–17 per year (CBS 2022: 2.7–3.5) */
  authority_ended_per_10k: [2.2, 4.5],
} as const satisfies Record<string, readonly [number, number]>;
