/**
 * The CBS StatLine measures the app reads (issue 24, ADR 020): our own stable keys, each naming the
 * CBS table, the topic (measure column) and the dimension keys that select its cells, its grain and
 * unit. Stored observations carry our key, so a CBS table that is renamed or replaced (CBS starts a
 * new table id when a definition changes) changes this catalogue only, not the stored data.
 *
 * Verified against CBS's own pages (cbs.nl/nl-nl/cijfers/detail/<id>, seen 2026-12-07): the table
 * ids and titles below. A v3 topic key is CBS's `<Title>_<n>`, n counting the table's topics in
 * StatLine's column order (cbsodataR's recorded 85098NED keys `…_1` … `…_5` follow that order).
 * Checked per measure (sources in seeds/README.md, "CBS keys"); `verified: true` only where the
 * topic and every dimension key were seen as CBS serves them. An import of a table whose topic
 * key differs says so by name (the parser refuses a table without the column) and stores
 * nothing; fix the key here.
 */

export const CBS_STATUSES = ['final', 'provisional', 'secret'] as const;
export type CbsStatus = (typeof CBS_STATUSES)[number];

export const CBS_SOURCES = ['odata', 'file'] as const;
export type CbsSource = (typeof CBS_SOURCES)[number];

export const CBS_IMPORT_STATUSES = ['pending', 'approved', 'discarded'] as const;
export type CbsImportStatus = (typeof CBS_IMPORT_STATUSES)[number];

export const CBS_LICENCE = 'CC BY 4.0';

/** year ('2023JJ00'), half-year ('2023HJ01') or quarter ('2023KW01') */
export type CbsGrain = 'year' | 'half-year' | 'quarter';

export interface CbsTableInfo {
  id: string;
  title: string;
  /** where CBS documents it */
  url: string;
  /** CBS rounds the counts of this table (to multiples of 5) to protect small numbers */
  rounded: boolean;
  /** how CBS counts: the caveat a comparison must carry */
  note: { nl: string; en: string };
}

export const CBS_TABLES = {
  '03759ned': {
    id: '03759ned',
    rounded: false,
    title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
    url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned',
    note: {
      nl: 'Inwoners op 1 januari volgens de Basisregistratie Personen, per gemeente van inschrijving.',
      en: 'Residents on 1 January per the population register, by municipality of registration.',
    },
  },
  '82975NED': {
    id: '82975NED',
    rounded: true,
    title: 'Jeugdbeschermingstrajecten; regio',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/82975NED',
    note: {
      nl: 'Trajecten (niet kinderen) per gemeente volgens het woonplaatsbeginsel Jeugd, per halfjaar en jaar.',
      en: 'Trajectories (not children) per municipality under the youth-care residence rule, per half-year and year.',
    },
  },
  '85094NED': {
    id: '85094NED',
    rounded: true,
    title: 'Trajecten jeugdzorg in natura; regio (gemeente), op peildatum',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/85094NED',
    note: {
      nl: 'Lopende trajecten op de peildatum (30 juni, 31 december), per gemeente volgens het woonplaatsbeginsel.',
      en: 'Running trajectories on the reference date (30 June, 31 December), per municipality.',
    },
  },
  '85098NED': {
    id: '85098NED',
    rounded: false,
    title: 'Indicatoren jeugdzorg in natura; gemeenten',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/85098NED',
    note: {
      nl: 'Percentages van de jongeren (0–22 jaar) per gemeente; jeugdhulp met verblijf als percentage van de jongeren met jeugdhulp.',
      en: 'Percentages of young people (0–22) per municipality; youth care with stay as a share of those with youth care.',
    },
  },
  '84848NED': {
    id: '84848NED',
    rounded: true,
    title: 'Huiselijk geweld; rol/functie, organisatie, duur geweld, Veilig Thuis-regio',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/84848NED',
    note: {
      nl: 'Adviezen en meldingen bij Veilig Thuis naar rol van de adviesvrager of melder, per Veilig Thuis-regio (niet per gemeente).',
      en: 'Veilig Thuis advice and reports by the role of the asker or reporter, per Veilig Thuis region (not per municipality).',
    },
  },
  '84852NED': {
    id: '84852NED',
    rounded: true,
    title: 'Huiselijk geweld; veiligheidsbeoordeling en -taxatie Veilig Thuis, regio',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/84852NED',
    note: {
      nl: 'Ontvangen meldingen bij Veilig Thuis per regio, per halfjaar en jaar.',
      en: 'Reports received by Veilig Thuis per region, per half-year and year.',
    },
  },
  '85361NED': {
    id: '85361NED',
    rounded: true,
    title: 'Huiselijk geweld; meldingen naar eerdere betrokkenheid Veilig Thuis, regio',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/85361NED',
    note: {
      nl: 'Vervolgmeldingen tijdens of na eerdere betrokkenheid van Veilig Thuis, per gemeente, per jaar.',
      en: 'Repeat reports during or after earlier Veilig Thuis involvement, per municipality, per year.',
    },
  },
} as const satisfies Record<string, CbsTableInfo>;

export type CbsTableId = keyof typeof CBS_TABLES;

export interface CbsMeasureDefinition {
  key: string;
  table: CbsTableId;
  /** the topic column of the TypedDataSet (StatLine's "Onderwerp") */
  topic: string;
  /**
   * OData v4's own code of the topic (`Measure` of an `Observations` record, `Identifier` of the
   * table's `MeasureCodes`): v4 writes codes such as 'M000352' where v3 has a column key. NOT
   * verified against the tables' MeasureCodes (only 03759ned's 'M000352' is seen in public
   * clients; `verified` does not cover this code); a v4 page without it is refused by name and
   * stores nothing.
   */
  measureCode: string;
  /** dimension key → the key(s) selecting the cells; several keys are summed */
  dimensions: Readonly<Record<string, string | readonly string[]>>;
  grain: CbsGrain;
  unit: 'persons' | 'trajectories' | 'advice' | 'reports' | 'percent';
  /** topic and dimension keys checked against CBS's DataProperties */
  verified: boolean;
  label: { nl: string; en: string };
}

// 03759ned's Leeftijd keys of single years: '10010' is 0 years, then '10100' (1), '10200' (2), …
// '11700' (17); '10000' is the total.
const AGES_0_17 = Array.from({ length: 18 }, (_, age) => (age === 0 ? '10010' : `${10000 + age * 100}`));

export const CBS_MEASURES = {
  population_0_17: {
    key: 'population_0_17',
    table: '03759ned',
    topic: 'BevolkingOp1Januari_1',
    measureCode: 'M000352',
    // Geslacht 'T001038' = totaal mannen en vrouwen, BurgerlijkeStaat 'T001019' = totaal, the
    // Leeftijd keys and v4's 'M000352' as public 03759ned clients filter on them (seeds/README.md);
    // none of those clients is citable by repository, so this stays unverified.
    dimensions: { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: AGES_0_17 },
    grain: 'year',
    unit: 'persons',
    verified: false,
    label: { nl: 'Kinderen 0–17 jaar op 1 januari', en: 'Children aged 0–17 on 1 January' },
  },
  child_protection_started: {
    key: 'child_protection_started',
    table: '82975NED',
    // NOT verified and probably not CBS's key: StatLine names this topic group "Begonnen
    // trajecten" (its "Totaal begonnen trajecten"), not "Gestarte trajecten"; its n is unknown here.
    topic: 'GestarteTrajecten_1',
    measureCode: 'M001176',
    dimensions: {},
    grain: 'half-year',
    unit: 'trajectories',
    verified: false,
    label: { nl: 'Gestarte jeugdbeschermingstrajecten', en: 'Child-protection trajectories started' },
  },
  child_protection_running: {
    key: 'child_protection_running',
    table: '85094NED',
    // NOT verified and probably wrong: StatLine's topic is "Totaal jeugdbeschermingstrajecten",
    // after "Totaal jeugdzorgtrajecten", "Totaal jeugdhulptrajecten" and the youth-care forms
    // (e.g. "Pleegzorg"), so its key is `TotaalJeugdbeschermingstrajecten_<n>` with n > 4.
    topic: 'Jeugdbeschermingstrajecten_4',
    measureCode: 'M001177',
    dimensions: {},
    grain: 'half-year',
    unit: 'trajectories',
    verified: false,
    label: {
      nl: 'Lopende jeugdbeschermingstrajecten op de peildatum',
      en: 'Child-protection trajectories running on the reference date',
    },
  },
  youth_care_with_stay: {
    key: 'youth_care_with_stay',
    table: '85098NED',
    // verified: edwindj/cbsodataR vignettes/maps.md records 85098NED's TypedDataSet with this
    // column (and RegioS, Perioden only); CBS's page shows half-years and years. The v4
    // measureCode is not verified.
    topic: 'JongerenMetJeugdhMetVerblInNat_2',
    measureCode: 'M002148',
    dimensions: {},
    grain: 'half-year',
    unit: 'percent',
    verified: true,
    label: {
      nl: 'Jongeren met jeugdhulp met verblijf (% van jongeren met jeugdhulp)',
      en: 'Young people in youth care with stay (% of those in youth care)',
    },
  },
  vt_advice: {
    key: 'vt_advice',
    table: '84848NED',
    // topics 1 and 2 of 84848NED are "Gestarte adviezen" and "Ontvangen meldingen" (CBS's page);
    // the dimension key and its category keys are not verified.
    topic: 'GestarteAdviezen_1',
    measureCode: 'M002501',
    dimensions: { KenmerkenAdviezenMeldingen: 'T001040' },
    grain: 'half-year',
    unit: 'advice',
    verified: false,
    label: { nl: 'Gestarte adviezen Veilig Thuis', en: 'Veilig Thuis advice started' },
  },
  vt_reports: {
    key: 'vt_reports',
    table: '84852NED',
    // 84852NED's only topic is "Ontvangen meldingen" and its dimensions are Veiligheidstaxatie and
    // Veiligheidsbeoordeling (CBS's page); the totals' category key 'T001040' is not verified.
    topic: 'OntvangenMeldingen_1',
    measureCode: 'M002502',
    dimensions: { Veiligheidstaxatie: 'T001040', Veiligheidsbeoordeling: 'T001040' },
    grain: 'half-year',
    unit: 'reports',
    verified: false,
    label: { nl: 'Ontvangen meldingen Veilig Thuis', en: 'Reports received by Veilig Thuis' },
  },
  vt_reports_by_professional: {
    key: 'vt_reports_by_professional',
    table: '84848NED',
    topic: 'OntvangenMeldingen_2',
    measureCode: 'M002503',
    dimensions: { KenmerkenAdviezenMeldingen: 'A047581' },
    grain: 'half-year',
    unit: 'reports',
    verified: false,
    label: {
      nl: 'Meldingen bij Veilig Thuis door een professional',
      en: 'Veilig Thuis reports made by a professional',
    },
  },
  vt_repeat_reports: {
    key: 'vt_repeat_reports',
    table: '85361NED',
    // 85361NED's topics in CBS's order: 1 "Ontvangen meldingen, totaal", 2 "1e melding", 3–5
    // "Hermelding" (Totaal, …), 6–9 "Vervolgmelding tijdens betrokkenheid VT" (6 Totaal, 7 Tijdens
    // veiligheidsbeoordeling, 8 Na veiligheidsbeoordeling, 9 Tijdens monitoring), 10 niet
    // ingedeeld, 11–20 the same as %. So the repeat reports' total is `Totaal_6` (36,355 in 2023),
    // not topic 1; the key is derived from that order, not seen verbatim.
    topic: 'Totaal_6',
    measureCode: 'M002504',
    dimensions: {},
    grain: 'year',
    unit: 'reports',
    verified: false,
    label: {
      nl: 'Vervolgmeldingen tijdens eerdere betrokkenheid Veilig Thuis',
      en: 'Repeat reports during earlier Veilig Thuis involvement',
    },
  },
} as const satisfies Record<string, CbsMeasureDefinition>;

export type CbsMeasure = keyof typeof CBS_MEASURES;
export const CBS_MEASURE_KEYS = Object.keys(CBS_MEASURES) as CbsMeasure[];

export const isCbsMeasure = (key: string): key is CbsMeasure => key in CBS_MEASURES;
export const isCbsTableId = (id: string): id is CbsTableId => id in CBS_TABLES;

/** The measures read from one table. */
export const measuresOfTable = (table: string): CbsMeasureDefinition[] =>
  Object.values(CBS_MEASURES).filter((m) => m.table.toLowerCase() === table.toLowerCase());

/** 'GM0363' (a municipality), 'NL01' (the Netherlands), 'JZ18' (a youth-care region), … */
export const CBS_NETHERLANDS = 'NL01';
export const isMunicipalityCode = (code: string) => /^GM\d{4}$/.test(code);

/** A CBS period code: '2023JJ00' (year), '2023HJ01'/'2023HJ02' (half-year), '2023KW01'…'2023KW04'. */
export const CBS_PERIOD = /^(\d{4})(JJ00|HJ0[12]|KW0[1-4])$/;

export function cbsPeriodGrain(code: string): CbsGrain | null {
  const m = CBS_PERIOD.exec(code);
  if (!m) return null;
  return m[2] === 'JJ00' ? 'year' : m[2]!.startsWith('HJ') ? 'half-year' : 'quarter';
}

/** The months a CBS period covers, first and last ('YYYY-MM'); null for a code it does not know. */
export function cbsPeriodMonths(code: string): { from: string; to: string } | null {
  const m = CBS_PERIOD.exec(code);
  if (!m) return null;
  const year = m[1]!;
  const kind = m[2]!;
  const pad = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
  if (kind === 'JJ00') return { from: pad(1), to: pad(12) };
  const n = Number(kind.slice(2));
  if (kind.startsWith('HJ')) return { from: pad(n * 6 - 5), to: pad(n * 6) };
  return { from: pad(n * 3 - 2), to: pad(n * 3) };
}

/** The CBS period code in words, as every page names periods ('1e halfjaar 2023'). */
export function cbsPeriodLabel(code: string, lang: 'nl' | 'en'): string {
  const m = CBS_PERIOD.exec(code);
  if (!m) return code;
  const year = m[1]!;
  const kind = m[2]!;
  if (kind === 'JJ00') return year;
  const n = Number(kind.slice(2));
  if (kind.startsWith('HJ')) return lang === 'nl' ? `${n}e halfjaar ${year}` : `H${n} ${year}`;
  return lang === 'nl' ? `${n}e kwartaal ${year}` : `Q${n} ${year}`;
}
