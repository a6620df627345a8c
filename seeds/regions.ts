/**
 * The six proeftuinen, with the demo generator's knobs. `size` scales the caseload
 * (Rotterdam-Rijnmond = 1); the trend knobs give each region its own story.
 */
export interface SeedRegion {
  slug: string;
  name: string;
  planName: string;
  area: string;
  reportingStart: string;
  size: number;
  /** share of active families with one plan covering the household: first month → last month */
  onePlan: [number, number];
  /** escalation from local team to the regional safety team, as a share of new signals */
  escalation: [number, number];
  /** share of petitions preceded by an independent review */
  reviewed: [number, number];
  /** share of families with one fixed contact or duo */
  oneContact: [number, number];
  /** households without children among those served (the 0–100 reach), per 100 of size */
  zeroToHundred: number;
  sickLeave: number;
}

export const SEED_REGIONS: readonly SeedRegion[] = [
  {
    slug: 'amsterdam-amstelland',
    name: 'Amsterdam-Amstelland',
    planName: 'Blijvend Veilig',
    area: 'Amsterdam en omliggende gemeenten',
    reportingStart: '2023-01',
    size: 0.9,
    onePlan: [0.55, 0.7],
    escalation: [0.14, 0.12],
    reviewed: [0.45, 0.7],
    oneContact: [0.6, 0.75],
    zeroToHundred: 40,
    sickLeave: 0.075,
  },
  {
    slug: 'foodvalley',
    name: 'FoodValley',
    planName: 'Bouwstenen voor de toekomst',
    area: 'Ede, Barneveld, Nijkerk, Renswoude, Scherpenzeel, Veenendaal, Rhenen',
    reportingStart: '2023-01',
    size: 0.3,
    onePlan: [0.6, 0.68],
    escalation: [0.19, 0.08],
    reviewed: [0.5, 0.65],
    oneContact: [0.7, 0.85],
    zeroToHundred: 12,
    sickLeave: 0.055,
  },
  {
    slug: 'rotterdam-rijnmond',
    name: 'Rotterdam-Rijnmond',
    planName: 'Wij doen het beter',
    area: 'Regio Rotterdam',
    reportingStart: '2023-01',
    size: 1,
    onePlan: [0.5, 0.62],
    escalation: [0.15, 0.13],
    reviewed: [0.4, 0.6],
    oneContact: [0.55, 0.68],
    zeroToHundred: 15,
    sickLeave: 0.08,
  },
  {
    slug: 'utrecht',
    name: 'Utrecht',
    planName: 'Beweging Kind en Gezinsbescherming / Bescherming in Beweging',
    area: 'Stad Utrecht en Utrecht-West (5 gemeenten)',
    reportingStart: '2023-01',
    size: 0.6,
    onePlan: [0.58, 0.66],
    escalation: [0.13, 0.11],
    reviewed: [0.6, 0.9],
    oneContact: [0.62, 0.72],
    zeroToHundred: 10,
    sickLeave: 0.07,
  },
  {
    slug: 'zeeland',
    name: 'Zeeland',
    planName: 'Vaart in Veiligheid',
    area: '13 Zeeuwse gemeenten',
    reportingStart: '2023-01',
    size: 0.3,
    onePlan: [0.4, 0.85],
    escalation: [0.12, 0.11],
    reviewed: [0.45, 0.6],
    oneContact: [0.65, 0.88],
    zeroToHundred: 8,
    sickLeave: 0.065,
  },
  {
    slug: 'west-brabant-west',
    name: 'West-Brabant West',
    planName: 'Proeftuin West-Brabant West',
    area: 'Bergen op Zoom, Steenbergen, Roosendaal, Halderberge, Moerdijk, Zundert, Etten-Leur, Rucphen, Woensdrecht',
    reportingStart: '2023-01',
    size: 0.32,
    onePlan: [0.55, 0.7],
    escalation: [0.14, 0.12],
    reviewed: [0.5, 0.7],
    oneContact: [0.7, 0.9],
    zeroToHundred: 9,
    sickLeave: 0.06,
  },
];

/**
 * Each proeftuin's scope: the municipalities in the pilot and the children aged 0–17 living there
 * on 1 January of each year. Rounded to hundreds, after CBS StatLine table 03759ned (population on
 * 1 January by age and municipality) summed over the listed municipalities; 2026 extrapolated from
 * the trend. The `indicators` work (#11) may narrow a pilot's scope; the migration 0004 puts these
 * same figures into an existing database (test/upgrade checks they agree).
 */
export interface SeedScope {
  slug: string;
  /** the first month of the pilot's new way of working; its baseline is the twelve months before */
  pilotStart: string;
  municipalities: readonly string[];
  /** children 0–17 in scope on 1 January, by year */
  children: Readonly<Record<number, number>>;
}

export const SCOPE_SOURCE = 'CBS StatLine 03759ned, 0–17 jaar op 1 januari, afgerond (2026 geschat)';

export const SEED_SCOPES: readonly SeedScope[] = [
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
