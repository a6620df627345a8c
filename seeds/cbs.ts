/**
 * The demo's CBS reference data (issue 24): municipalities, the demo regions' scopes as municipality
 * codes, and CBS cells in the exact shape CBS serves them — records of a v3 `TypedDataSet` read by
 * the app's own parser (app/domain/cbs-odata.ts) — stored as one approved import marked
 * illustrative. The national figures are CBS's published ones where seeds/README.md cites them;
 * every municipal figure is illustrative (derived from the national rate, the region's demo factor
 * and the demo's children in scope), and so are the urbanity classes.
 */
import type { AppDatabase } from '#db/client';
import {
  cbsImports,
  cbsObservations,
  cbsTables,
  municipalities,
  municipalityChanges,
  regionMunicipalities,
  regionMunicipalitySets,
} from '#db/schema';
import { CBS_MEASURES, CBS_TABLES, type CbsMeasure, type CbsTableId } from '#app/domain/cbs-catalogue';
import { cellsFromRecords, type CbsRecord } from '#app/domain/cbs-odata';
import { SEED_REGIONS, SEED_SCOPES } from './regions';

type Muni = { code: string; name: string; youthCareRegion: string; urbanity: number; validTo?: string };

/**
 * Codes as in CBS's municipal division (Gemeentelijke indeling) of 2024. The youth-care region is
 * stored by name: CBS's JZ codes were not checked here. Urbanity 1–5 is illustrative.
 */
export const SEED_MUNICIPALITIES: readonly Muni[] = [
  { code: 'GM0363', name: 'Amsterdam', youthCareRegion: 'Amsterdam-Amstelland', urbanity: 1 },
  { code: 'GM0362', name: 'Amstelveen', youthCareRegion: 'Amsterdam-Amstelland', urbanity: 2 },
  { code: 'GM0358', name: 'Aalsmeer', youthCareRegion: 'Amsterdam-Amstelland', urbanity: 3 },
  { code: 'GM0384', name: 'Diemen', youthCareRegion: 'Amsterdam-Amstelland', urbanity: 2 },
  { code: 'GM0437', name: 'Ouder-Amstel', youthCareRegion: 'Amsterdam-Amstelland', urbanity: 4 },
  { code: 'GM0451', name: 'Uithoorn', youthCareRegion: 'Amsterdam-Amstelland', urbanity: 3 },
  { code: 'GM0228', name: 'Ede', youthCareRegion: 'FoodValley', urbanity: 3 },
  { code: 'GM0203', name: 'Barneveld', youthCareRegion: 'FoodValley', urbanity: 4 },
  { code: 'GM0345', name: 'Veenendaal', youthCareRegion: 'FoodValley', urbanity: 2 },
  { code: 'GM0267', name: 'Nijkerk', youthCareRegion: 'FoodValley', urbanity: 4 },
  { code: 'GM0289', name: 'Wageningen', youthCareRegion: 'FoodValley', urbanity: 3 },
  { code: 'GM0599', name: 'Rotterdam', youthCareRegion: 'Rotterdam Rijnmond', urbanity: 1 },
  { code: 'GM0606', name: 'Schiedam', youthCareRegion: 'Rotterdam Rijnmond', urbanity: 1 },
  { code: 'GM0622', name: 'Vlaardingen', youthCareRegion: 'Rotterdam Rijnmond', urbanity: 2 },
  { code: 'GM1992', name: 'Voorne aan Zee', youthCareRegion: 'Rotterdam Rijnmond', urbanity: 4 },
  {
    code: 'GM0501',
    name: 'Brielle',
    youthCareRegion: 'Rotterdam Rijnmond',
    urbanity: 4,
    validTo: '2022-12-31',
  },
  {
    code: 'GM0530',
    name: 'Hellevoetsluis',
    youthCareRegion: 'Rotterdam Rijnmond',
    urbanity: 3,
    validTo: '2022-12-31',
  },
  {
    code: 'GM0614',
    name: 'Westvoorne',
    youthCareRegion: 'Rotterdam Rijnmond',
    urbanity: 5,
    validTo: '2022-12-31',
  },
  { code: 'GM0736', name: 'De Ronde Venen', youthCareRegion: 'Utrecht West', urbanity: 4 },
  { code: 'GM0335', name: 'Montfoort', youthCareRegion: 'Utrecht West', urbanity: 4 },
  { code: 'GM0589', name: 'Oudewater', youthCareRegion: 'Utrecht West', urbanity: 4 },
  { code: 'GM1904', name: 'Stichtse Vecht', youthCareRegion: 'Utrecht West', urbanity: 3 },
  { code: 'GM0632', name: 'Woerden', youthCareRegion: 'Utrecht West', urbanity: 3 },
  { code: 'GM0353', name: 'IJsselstein', youthCareRegion: 'Utrecht West', urbanity: 2 },
  { code: 'GM0331', name: 'Lopik', youthCareRegion: 'Utrecht West', urbanity: 5 },
  { code: 'GM0687', name: 'Middelburg', youthCareRegion: 'Zeeland', urbanity: 2 },
  { code: 'GM0717', name: 'Veere', youthCareRegion: 'Zeeland', urbanity: 5 },
  { code: 'GM0718', name: 'Vlissingen', youthCareRegion: 'Zeeland', urbanity: 2 },
  { code: 'GM0664', name: 'Goes', youthCareRegion: 'Zeeland', urbanity: 3 },
  { code: 'GM0715', name: 'Terneuzen', youthCareRegion: 'Zeeland', urbanity: 4 },
  { code: 'GM0654', name: 'Borsele', youthCareRegion: 'Zeeland', urbanity: 5 },
  { code: 'GM0748', name: 'Bergen op Zoom', youthCareRegion: 'West-Brabant West', urbanity: 2 },
  { code: 'GM0777', name: 'Etten-Leur', youthCareRegion: 'West-Brabant West', urbanity: 3 },
  { code: 'GM1655', name: 'Halderberge', youthCareRegion: 'West-Brabant West', urbanity: 4 },
  { code: 'GM1709', name: 'Moerdijk', youthCareRegion: 'West-Brabant West', urbanity: 5 },
  { code: 'GM1674', name: 'Roosendaal', youthCareRegion: 'West-Brabant West', urbanity: 2 },
  { code: 'GM0840', name: 'Rucphen', youthCareRegion: 'West-Brabant West', urbanity: 4 },
  { code: 'GM0851', name: 'Steenbergen', youthCareRegion: 'West-Brabant West', urbanity: 5 },
  { code: 'GM0873', name: 'Woensdrecht', youthCareRegion: 'West-Brabant West', urbanity: 4 },
  { code: 'GM0879', name: 'Zundert', youthCareRegion: 'West-Brabant West', urbanity: 5 },
  // outside the pilots' youth-care regions, for a matched comparison group
  { code: 'GM0392', name: 'Haarlem', youthCareRegion: 'Zuid-Kennemerland', urbanity: 1 },
  { code: 'GM0307', name: 'Amersfoort', youthCareRegion: 'Eemland', urbanity: 2 },
  { code: 'GM0758', name: 'Breda', youthCareRegion: 'West-Brabant Oost', urbanity: 2 },
  { code: 'GM0193', name: 'Zwolle', youthCareRegion: 'IJsselland', urbanity: 2 },
  { code: 'GM0200', name: 'Apeldoorn', youthCareRegion: 'Noord-Veluwe en Midden-IJssel', urbanity: 3 },
];

/** Brielle, Hellevoetsluis and Westvoorne merged into Voorne aan Zee on 1 January 2023 (a real redivision). */
export const SEED_REDIVISIONS = ['GM0501', 'GM0530', 'GM0614'].map((oldCode) => ({
  oldCode,
  newCode: 'GM1992',
  effectiveOn: '2023-01-01',
}));

/** Where a pilot works in part of a municipality: the district, as the scope names it. */
const PARTIAL: Record<string, { code: string; district: string }> = {
  'amsterdam-amstelland': { code: 'GM0363', district: 'wijken van het 0–100-team' },
  'rotterdam-rijnmond': { code: 'GM0599', district: 'wijken van de proeftuin' },
};

/** Children 0–17 on 1 January 2023 (illustrative, in the order of magnitude of CBS 03759ned). */
const CHILDREN_2023: Record<string, number> = {
  GM0363: 150500,
  GM0362: 18900,
  GM0358: 7300,
  GM0384: 6100,
  GM0437: 3000,
  GM0451: 6000,
  GM0228: 26600,
  GM0203: 18100,
  GM0345: 15800,
  GM0267: 10200,
  GM0289: 6400,
  GM0599: 128400,
  GM0606: 15600,
  GM0622: 14500,
  GM1992: 13200,
  GM0501: 3300,
  GM0530: 7600,
  GM0614: 2500,
  GM0736: 9200,
  GM0335: 3400,
  GM0589: 2400,
  GM1904: 13600,
  GM0632: 10600,
  GM0353: 6600,
  GM0331: 3000,
  GM0687: 9700,
  GM0717: 3900,
  GM0718: 8000,
  GM0664: 7900,
  GM0715: 9200,
  GM0654: 4800,
  GM0748: 13000,
  GM0777: 9100,
  GM1655: 5700,
  GM1709: 7900,
  GM1674: 16000,
  GM0840: 4500,
  GM0851: 5100,
  GM0873: 4700,
  GM0879: 4500,
  GM0392: 33000,
  GM0307: 34000,
  GM0758: 34500,
  GM0193: 30500,
  GM0200: 32500,
};

/** CBS's published national figures (seeds/README.md cites each); `null` years are illustrative below. */
const NL_STARTED: Record<string, number> = {
  '2019HJ01': 6470,
  '2019HJ02': 6510,
  '2019JJ00': 12980,
  '2020HJ01': 5880,
  '2020HJ02': 6070,
  '2020JJ00': 11950,
  '2021HJ01': 6020,
  '2021HJ02': 5285,
  '2021JJ00': 11305,
  '2022HJ01': 4565,
  '2022HJ02': 4500,
  '2022JJ00': 9065,
  '2023HJ01': 4470,
  // illustrative from here
  '2023HJ02': 4390,
  '2023JJ00': 8860,
  '2024HJ01': 4330,
  '2024HJ02': 4290,
  '2024JJ00': 8620,
  '2025HJ01': 4250,
  '2025HJ02': 4200,
  '2025JJ00': 8450,
};
const NL_RUNNING: Record<string, number> = {
  '2019HJ02': 32095,
  '2020HJ02': 32785,
  '2021HJ01': 32720,
  '2021HJ02': 31960,
  '2022HJ01': 30245,
  '2022HJ02': 29070,
  '2023HJ01': 27960,
  // illustrative from here
  '2019HJ01': 31700,
  '2020HJ01': 32400,
  '2023HJ02': 27300,
  '2024HJ01': 26900,
  '2024HJ02': 26500,
  '2025HJ01': 26200,
  '2025HJ02': 25900,
};
/** National children 0–17 on 1 January (illustrative, about 3.4 million). */
const NL_CHILDREN: Record<number, number> = {
  2019: 3405000,
  2020: 3395000,
  2021: 3388000,
  2022: 3392000,
  2023: 3398000,
  2024: 3401000,
  2025: 3403000,
  2026: 3404000,
};
/** Reports received by Veilig Thuis; 2020 published (84852NED), the rest illustrative. */
const NL_VT_REPORTS: Record<string, number> = {
  '2020HJ01': 64505,
  '2020HJ02': 62910,
  '2020JJ00': 127410,
  '2021HJ01': 63800,
  '2021HJ02': 62400,
  '2021JJ00': 126200,
  '2022HJ01': 62100,
  '2022HJ02': 61000,
  '2022JJ00': 123100,
  '2023HJ01': 61500,
  '2023HJ02': 60800,
  '2023JJ00': 122300,
};
/** Provisional at the demo's date: the newest year CBS has published. */
const PROVISIONAL_FROM = 2025;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

const exists = (m: Muni, year: number) =>
  m.validTo ? Number(m.validTo.slice(0, 4)) >= year : !(m.code === 'GM1992' && year < 2023);

function childrenOf(code: string, year: number): number {
  // the three old municipalities make up Voorne aan Zee
  const base = code === 'GM1992' && year < 2023 ? 0 : CHILDREN_2023[code]!;
  return Math.round((base * (1 - 0.003 * (year - 2023))) / 10) * 10;
}

const factorOf = (m: Muni) => {
  const region = SEED_SCOPES.find((s) => s.municipalities.includes(m.name))?.slug;
  return SEED_REGIONS.find((r) => r.slug === region)?.rates.measures ?? 1;
};
const round5 = (n: number) => Math.round(n / 5) * 5;
const periodStatus = (p: string) => (Number(p.slice(0, 4)) >= PROVISIONAL_FROM ? '*' : '');

/** The records of one table, as a v3 TypedDataSet gives them (region keys padded as CBS pads them). */
export function seedCbsRecords(): Record<CbsTableId, CbsRecord[]> {
  const pad = (code: string) => code.padEnd(10, ' ');
  const population: CbsRecord[] = [];
  const ages = CBS_MEASURES.population_0_17.dimensions.Leeftijd;
  const popRows = (region: string, period: string, total: number) =>
    ages.forEach((age, i) =>
      population.push({
        Geslacht: 'T001038',
        BurgerlijkeStaat: 'T001019',
        Leeftijd: age,
        RegioS: pad(region),
        Perioden: period,
        BevolkingOp1Januari_1: Math.floor(total / ages.length) + (i === 0 ? total % ages.length : 0),
      }),
    );
  for (const y of YEARS) {
    popRows('NL01', `${y}JJ00${periodStatus(`${y}`)}`, NL_CHILDREN[y]!);
    for (const m of SEED_MUNICIPALITIES)
      if (exists(m, y)) popRows(m.code, `${y}JJ00${periodStatus(`${y}`)}`, childrenOf(m.code, y));
  }
  const started: CbsRecord[] = [];
  const running: CbsRecord[] = [];
  for (const [period, nl] of Object.entries(NL_STARTED)) {
    const year = Number(period.slice(0, 4));
    started.push({ RegioS: pad('NL01'), Perioden: period + periodStatus(period), GestarteTrajecten_1: nl });
    for (const m of SEED_MUNICIPALITIES) {
      if (!exists(m, year)) continue;
      const v = round5((nl / NL_CHILDREN[year]!) * childrenOf(m.code, year) * factorOf(m));
      // CBS leaves out figures below its threshold: unknown, never 0
      started.push({
        RegioS: pad(m.code),
        Perioden: period + periodStatus(period),
        GestarteTrajecten_1: v < 10 ? null : v,
      });
    }
  }
  for (const [period, nl] of Object.entries(NL_RUNNING)) {
    const year = Number(period.slice(0, 4));
    running.push({
      RegioS: pad('NL01'),
      Perioden: period + periodStatus(period),
      Jeugdbeschermingstrajecten_4: nl,
    });
    for (const m of SEED_MUNICIPALITIES) {
      if (!exists(m, year)) continue;
      const v = round5((nl / NL_CHILDREN[year]!) * childrenOf(m.code, year) * factorOf(m));
      running.push({
        RegioS: pad(m.code),
        Perioden: period + periodStatus(period),
        Jeugdbeschermingstrajecten_4: v < 10 ? null : v,
      });
    }
  }
  const vt = Object.entries(NL_VT_REPORTS).map(([period, v]) => ({
    Veiligheidstaxatie: 'T001040',
    Veiligheidsbeoordeling: 'T001040',
    RegioS: pad('NL01'),
    Perioden: period,
    OntvangenMeldingen_1: v,
  }));
  return {
    '03759ned': population,
    '82975NED': started,
    '85094NED': running,
    '84852NED': vt,
    // 85361NED: CBS's 2023 national figure (provisional)
    '85361NED': [{ RegioS: pad('NL01'), Perioden: '2023JJ00*', Totaal_6: 36355 }],
    '85098NED': [],
    '84848NED': [],
  };
}

const SEED_MODIFIED: Partial<Record<CbsTableId, string>> = {
  '03759ned': '2026-06-26T02:00:00',
  '82975NED': '2026-04-30T02:00:00',
  '85094NED': '2026-04-30T02:00:00',
  '84852NED': '2026-04-30T02:00:00',
  '85361NED': '2026-04-30T02:00:00',
};

/** Stores the demo's CBS data and sets the demo regions' scopes as municipalities. */
export function seedCbs(
  db: Pick<AppDatabase, 'insert'>,
  {
    regionIds,
    managerId,
    retrievedAt,
  }: { regionIds: Map<string, number>; managerId: number; retrievedAt: string },
) {
  for (const m of SEED_MUNICIPALITIES)
    db.insert(municipalities)
      .values({
        code: m.code,
        name: m.name,
        youthCareRegion: m.youthCareRegion,
        urbanity: m.urbanity,
        validTo: m.validTo ?? null,
      })
      .run();
  const records = seedCbsRecords();
  const imported = db
    .insert(cbsImports)
    .values({
      createdBy: managerId,
      createdAt: retrievedAt,
      source: 'file',
      status: 'approved',
      summary: {
        demo: 'Demo: CBS-vormige referentiecijfers (landelijk gepubliceerd waar vermeld, gemeenten illustratief)',
      },
      decidedBy: managerId,
      decidedAt: retrievedAt,
    })
    .returning({ id: cbsImports.id })
    .get();
  for (const d of SEED_REDIVISIONS)
    db.insert(municipalityChanges)
      .values({ ...d, importId: imported.id })
      .run();
  for (const [tableId, rows] of Object.entries(records) as [CbsTableId, CbsRecord[]][]) {
    if (rows.length === 0) continue;
    const cells = cellsFromRecords(tableId, rows, new Map(), 'nl');
    if (!cells.ok) throw new Error(`seed ${tableId}: ${cells.message}`);
    db.insert(cbsTables)
      .values({
        tableId,
        title: `${CBS_TABLES[tableId].title} (demo, illustratief)`,
        modified: SEED_MODIFIED[tableId] ?? null,
        retrievedAt,
        source: 'file',
        importId: imported.id,
      })
      .run();
    for (let i = 0; i < cells.value.length; i += 500)
      db.insert(cbsObservations)
        .values(
          cells.value.slice(i, i + 500).map((c) => ({
            tableId,
            measure: c.measure as CbsMeasure,
            regionCode: c.region,
            period: c.period,
            value: c.value,
            status: c.status,
            rounded: c.rounded,
            importId: imported.id,
          })),
        )
        .run();
  }
  for (const scope of SEED_SCOPES) {
    const regionId = regionIds.get(scope.slug);
    if (regionId === undefined) continue;
    const set = db
      .insert(regionMunicipalitySets)
      .values({ regionId, effectiveFrom: '2023-01', setBy: managerId, setAt: retrievedAt })
      .returning({ id: regionMunicipalitySets.id })
      .get();
    const partial = PARTIAL[scope.slug];
    for (const name of scope.municipalities) {
      const m = SEED_MUNICIPALITIES.find((x) => x.name === name);
      if (!m) throw new Error(`seed: no CBS code for ${name}`);
      db.insert(regionMunicipalities)
        .values({
          setId: set.id,
          municipalityCode: m.code,
          partial: partial?.code === m.code,
          district: partial?.code === m.code ? partial.district : null,
        })
        .run();
    }
  }
}
