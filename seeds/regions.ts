/**
 * The six proeftuinen, with the demo generator's knobs. `size` scales the caseload
 * (Rotterdam-Rijnmond = 1); the trend knobs give each region its own story.
 */
export interface SeedRegion {
  slug: string;
  name: string;
  planName: string;
  reportingStart: string;
  size: number;
  /** share of active families with one plan covering the household: first month → last month */
  onePlan: [number, number];
  /** escalation from local team to the regional safety team, as a share of new signals */
  escalation: [number, number];
  /**
   * share of first petitions preceded by an independent review, before → after two years of pilot:
   * nationally ≈ 80–85 % (the Raad's petitions; the certified institution's own first requests for a
   * placement are reviewed by nobody), see seeds/README.md
   */
  reviewed: [number, number];
  /** share of families with one fixed contact or duo */
  oneContact: [number, number];
  /** households without children among those served (the 0–100 reach), per 100 of size */
  zeroToHundred: number;
  sickLeave: number;
  /**
   * How much more (or less) than the national rate per child this region sees, per flow: the
   * regions differ as in the national statistics (higher in West-Brabant and Zeeland than in
   * Amsterdam and Utrecht), not one rate scaled by size. 1 = the national rate (seeds/README.md).
   */
  rates: { signals: number; measures: number; placements: number };
  /** change of new measures once the pilot has run two years (−0.1 = 10 % fewer); 0 = none */
  measureTrend: number;
}

export const SEED_REGIONS: readonly SeedRegion[] = [
  {
    slug: 'amsterdam-amstelland',
    name: 'Amsterdam-Amstelland',
    planName: 'Blijvend Veilig',
    reportingStart: '2023-01',
    size: 0.9,
    onePlan: [0.55, 0.7],
    escalation: [0.14, 0.12],
    reviewed: [0.84, 0.92],
    oneContact: [0.6, 0.75],
    zeroToHundred: 40,
    sickLeave: 0.075,
    rates: { signals: 0.95, measures: 0.82, placements: 0.8 },
    measureTrend: 0,
  },
  {
    slug: 'foodvalley',
    name: 'FoodValley',
    planName: 'Bouwstenen voor de toekomst',
    reportingStart: '2023-01',
    size: 0.3,
    onePlan: [0.6, 0.68],
    escalation: [0.19, 0.08],
    reviewed: [0.85, 0.9],
    oneContact: [0.7, 0.85],
    zeroToHundred: 12,
    sickLeave: 0.055,
    rates: { signals: 0.9, measures: 0.95, placements: 0.9 },
    measureTrend: -0.12,
  },
  {
    slug: 'rotterdam-rijnmond',
    name: 'Rotterdam-Rijnmond',
    planName: 'Wij doen het beter',
    reportingStart: '2023-01',
    size: 1,
    onePlan: [0.5, 0.62],
    escalation: [0.15, 0.13],
    reviewed: [0.83, 0.9],
    oneContact: [0.55, 0.68],
    zeroToHundred: 15,
    sickLeave: 0.08,
    rates: { signals: 1.12, measures: 1.1, placements: 1.15 },
    measureTrend: -0.04,
  },
  {
    slug: 'utrecht',
    name: 'Utrecht',
    planName: 'Beweging Kind en Gezinsbescherming / Bescherming in Beweging',
    reportingStart: '2023-01',
    size: 0.6,
    onePlan: [0.58, 0.66],
    escalation: [0.13, 0.11],
    // the beschermingstafel (since 2022) adds 0.08 before the pilot starts: ≈ 0.85
    reviewed: [0.77, 0.8],
    oneContact: [0.62, 0.72],
    zeroToHundred: 10,
    sickLeave: 0.07,
    rates: { signals: 0.85, measures: 0.8, placements: 0.8 },
    measureTrend: -0.08,
  },
  {
    slug: 'zeeland',
    name: 'Zeeland',
    planName: 'Vaart in Veiligheid',
    reportingStart: '2023-01',
    size: 0.3,
    onePlan: [0.4, 0.85],
    escalation: [0.12, 0.11],
    reviewed: [0.84, 0.9],
    oneContact: [0.65, 0.88],
    zeroToHundred: 8,
    sickLeave: 0.065,
    rates: { signals: 1.05, measures: 1.22, placements: 1.2 },
    measureTrend: 0.03,
  },
  {
    slug: 'west-brabant-west',
    name: 'West-Brabant West',
    planName: 'Proeftuin West-Brabant West',
    reportingStart: '2023-01',
    size: 0.32,
    onePlan: [0.55, 0.7],
    escalation: [0.14, 0.12],
    reviewed: [0.84, 0.92],
    oneContact: [0.7, 0.9],
    zeroToHundred: 9,
    sickLeave: 0.06,
    rates: { signals: 1.2, measures: 1.3, placements: 1.25 },
    measureTrend: -0.1,
  },
];

/**
 * Each proeftuin's scope: the municipalities where the pilot works and the children aged 0–17 living
 * there on 1 January of each year. The demo reports every figure for this scope (signals, measures,
 * families and the team), so the rates per 10,000 children mean what they say.
 *
 * ESTIMATES, to be checked against CBS StatLine 03759ned and the regions' own plans: where a pilot
 * works in part of a municipality (Amsterdam, Rotterdam) the children are an estimated share of the
 * municipality's; elsewhere the municipalities' own numbers, rounded to hundreds, 2026 extrapolated.
 * The pilot start (2024-01 for every region) is an estimate as well. seeds/README.md lists them.
 */
export interface SeedScope {
  slug: string;
  /** the first month of the pilot's new way of working; its baseline is the twelve months before */
  pilotStart: string;
  municipalities: readonly string[];
  /** children 0–17 in scope on 1 January, by year */
  children: Readonly<Record<number, number>>;
}

export const SCOPE_SOURCE =
  'Schatting (demo): kinderen 0–17 in de gemeenten of wijken van de proeftuin, afgeleid van CBS StatLine 03759ned; te controleren';

export const SEED_SCOPES: readonly SeedScope[] = [
  {
    // Blijvend Veilig works with one 0–100 team (about 16 professionals) in part of the city.
    slug: 'amsterdam-amstelland',
    pilotStart: '2024-01',
    municipalities: ['Amsterdam'],
    children: { 2023: 17900, 2024: 18000, 2025: 18100, 2026: 18100 },
  },
  {
    // JeugdLink started in Ede only; the other FoodValley municipalities follow after the evaluation.
    slug: 'foodvalley',
    pilotStart: '2024-01',
    municipalities: ['Ede'],
    children: { 2023: 26600, 2024: 26900, 2025: 27200, 2026: 27400 },
  },
  {
    slug: 'rotterdam-rijnmond',
    pilotStart: '2024-01',
    municipalities: ['Rotterdam'],
    children: { 2023: 39600, 2024: 39800, 2025: 40000, 2026: 40100 },
  },
  {
    slug: 'utrecht',
    pilotStart: '2024-01',
    municipalities: ['De Ronde Venen', 'Montfoort', 'Oudewater', 'Stichtse Vecht', 'Woerden'],
    children: { 2023: 39200, 2024: 39400, 2025: 39500, 2026: 39600 },
  },
  {
    // The trial runs in three of the thirteen Zeeland municipalities; the other ten follow later.
    slug: 'zeeland',
    pilotStart: '2024-01',
    municipalities: ['Middelburg', 'Veere', 'Vlissingen'],
    children: { 2023: 21600, 2024: 21500, 2025: 21400, 2026: 21300 },
  },
  {
    // All nine municipalities work with the veiligheidskaart.
    slug: 'west-brabant-west',
    pilotStart: '2024-01',
    municipalities: [
      'Bergen op Zoom',
      'Etten-Leur',
      'Halderberge',
      'Moerdijk',
      'Roosendaal',
      'Rucphen',
      'Steenbergen',
      'Woensdrecht',
      'Zundert',
    ],
    children: { 2023: 68900, 2024: 68600, 2025: 68500, 2026: 68400 },
  },
];

/**
 * The scope that migration 0004 gave the six regions of an existing (release-1) database: the whole
 * youth-care regions. Kept as the migration wrote it (its data are not reseeded); a manager narrows
 * it to the pilot's scope at /beheer/regios. db/migrations.test.ts and test/upgrade.test.ts check it.
 */
export const MIGRATION_0004_SCOPE_SOURCE =
  'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)';

export const MIGRATION_0004_SCOPES: readonly SeedScope[] = [
  {
    slug: 'amsterdam-amstelland',
    pilotStart: '2024-01',
    municipalities: ['Aalsmeer', 'Amstelveen', 'Amsterdam', 'Diemen', 'Ouder-Amstel', 'Uithoorn'],
    children: { 2023: 199800, 2024: 200900, 2025: 201700, 2026: 202300 },
  },
  {
    slug: 'foodvalley',
    pilotStart: '2024-01',
    municipalities: ['Barneveld', 'Ede', 'Nijkerk', 'Renswoude', 'Rhenen', 'Scherpenzeel', 'Veenendaal'],
    children: { 2023: 76900, 2024: 77600, 2025: 78300, 2026: 78900 },
  },
  {
    slug: 'rotterdam-rijnmond',
    pilotStart: '2024-01',
    municipalities: [
      'Albrandswaard',
      'Barendrecht',
      'Capelle aan den IJssel',
      'Goeree-Overflakkee',
      'Krimpen aan den IJssel',
      'Lansingerland',
      'Maassluis',
      'Nissewaard',
      'Ridderkerk',
      'Rotterdam',
      'Schiedam',
      'Vlaardingen',
      'Voorne aan Zee',
    ],
    children: { 2023: 268500, 2024: 269700, 2025: 270600, 2026: 271200 },
  },
  {
    slug: 'utrecht',
    pilotStart: '2024-01',
    municipalities: ['De Ronde Venen', 'Montfoort', 'Oudewater', 'Stichtse Vecht', 'Utrecht', 'Woerden'],
    children: { 2023: 110400, 2024: 111600, 2025: 112700, 2026: 113500 },
  },
  {
    slug: 'zeeland',
    pilotStart: '2024-01',
    municipalities: [
      'Borsele',
      'Goes',
      'Hulst',
      'Kapelle',
      'Middelburg',
      'Noord-Beveland',
      'Reimerswaal',
      'Schouwen-Duiveland',
      'Sluis',
      'Terneuzen',
      'Tholen',
      'Veere',
      'Vlissingen',
    ],
    children: { 2023: 68300, 2024: 67900, 2025: 67600, 2026: 67400 },
  },
  {
    slug: 'west-brabant-west',
    pilotStart: '2024-01',
    municipalities: [
      'Bergen op Zoom',
      'Etten-Leur',
      'Halderberge',
      'Moerdijk',
      'Roosendaal',
      'Rucphen',
      'Steenbergen',
      'Woensdrecht',
      'Zundert',
    ],
    children: { 2023: 68900, 2024: 68600, 2025: 68500, 2026: 68400 },
  },
];

/** A region's scope for the seed: its own, or for a synthetic (national-scale) region one by size. */
export function seedScopeOf(region: Pick<SeedRegion, 'slug' | 'size' | 'reportingStart'>): SeedScope {
  const own = SEED_SCOPES.find((s) => s.slug === region.slug);
  if (own) return own;
  const base = Math.round((region.size * 270000) / 100) * 100;
  const first = Number(region.reportingStart.slice(0, 4));
  const children: Record<number, number> = {};
  for (let y = first; y <= 2026; y++) children[y] = base + (y - first) * 100;
  return { slug: region.slug, pilotStart: region.reportingStart, municipalities: [region.slug], children };
}

/** Children 0–17 in scope in a month: the figure of 1 January of its year (the nearest year known). */
export function childrenInScope(scope: SeedScope, period: string): number {
  const years = Object.keys(scope.children).map(Number);
  const y = Math.min(Math.max(Number(period.slice(0, 4)), Math.min(...years)), Math.max(...years));
  return scope.children[y]!;
}
