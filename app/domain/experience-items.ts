/**
 * The experience catalogue (issue 25): a small, fixed set of core survey items that regions' own
 * survey tools map to, as data, so the programme can agree the wording with its researchers. The
 * app holds aggregates only (per region, period, group and route: invited, responded, and per item
 * answered and agreed), never an individual answer.
 *
 * Every item is answered on a 5-point scale (helemaal oneens … helemaal eens); the top two answers
 * count as agreement. The moral-distress item is the exception: its instrument has its own
 * threshold, and "agreed" is the number of respondents above it.
 *
 * Pure: no database, Remix or React.
 */
import { type IndicatorGroup } from './principles';
import { type Text } from './lang';

/** Who answers: parents, young people 12–17, and professionals of local teams and of the safety team / GI apart. */
export const EXPERIENCE_GROUPS = ['parents', 'youth', 'prof_local', 'prof_safety'] as const;
export type ExperienceGroup = (typeof EXPERIENCE_GROUPS)[number];

/** The client's route; professionals answer about their work as a whole ('all'). */
export const CLIENT_ROUTES = ['local', 'safety', 'measure'] as const;
export const EXPERIENCE_ROUTES = [...CLIENT_ROUTES, 'all'] as const;
export type ExperienceRoute = (typeof EXPERIENCE_ROUTES)[number];

/** Clients are asked every quarter ('2026-Q3'), professionals twice a year ('2026-H2'). */
export type ExperienceCadence = 'quarter' | 'half';

export interface ExperienceGroupInfo {
  code: ExperienceGroup;
  cadence: ExperienceCadence;
  routes: readonly ExperienceRoute[];
  label: Text;
  /** the sampling frame: part of the definition, shown with the figures */
  frame: Text;
}

const CLIENT_FRAME: Text = {
  nl: 'Elk gezin krijgt de vragenlijst 3 maanden na de intake en bij de afsluiting; uitgenodigd zijn alle gezinnen die in het kwartaal een van die twee momenten bereikten.',
  en: 'Every family gets the questionnaire 3 months after intake and at closure; invited are all families that reached one of those two moments in the quarter.',
};

export const EXPERIENCE_GROUP_INFO: readonly ExperienceGroupInfo[] = [
  {
    code: 'parents',
    cadence: 'quarter',
    routes: CLIENT_ROUTES,
    label: { nl: 'Ouders', en: 'Parents' },
    frame: CLIENT_FRAME,
  },
  {
    code: 'youth',
    cadence: 'quarter',
    routes: CLIENT_ROUTES,
    label: { nl: 'Jongeren (12–17 jaar)', en: 'Young people (12–17)' },
    frame: {
      nl: 'Elke jongere van 12 tot en met 17 jaar in die gezinnen, op dezelfde twee momenten (3 maanden na de intake en bij de afsluiting).',
      en: 'Every young person aged 12 to 17 in those families, at the same two moments (3 months after intake and at closure).',
    },
  },
  {
    code: 'prof_local',
    cadence: 'half',
    routes: ['all'],
    label: { nl: 'Professionals lokaal team', en: 'Professionals local team' },
    frame: {
      nl: 'Alle professionals van de lokale teams in de proeftuin, twee keer per jaar (mei en november).',
      en: 'Every professional of the local teams in the pilot region, twice a year (May and November).',
    },
  },
  {
    code: 'prof_safety',
    cadence: 'half',
    routes: ['all'],
    label: {
      nl: 'Professionals veiligheidsteam / GI',
      en: 'Professionals safety team / certified institution',
    },
    frame: {
      nl: 'Alle professionals van het regionale veiligheidsteam en de gecertificeerde instelling in de proeftuin, twee keer per jaar (mei en november).',
      en: 'Every professional of the regional safety team and the certified institution in the pilot region, twice a year (May and November).',
    },
  },
];

export const ROUTE_LABELS: Readonly<Record<ExperienceRoute, Text>> = {
  local: { nl: 'Alleen lokaal team', en: 'Local team only' },
  safety: { nl: 'Veiligheidsteam zonder maatregel', en: 'Safety team without a measure' },
  measure: { nl: 'Met kinderbeschermingsmaatregel', en: 'With a child-protection measure' },
  all: { nl: 'Alle professionals', en: 'All professionals' },
};

export interface ExperienceItem {
  code: string;
  /** the groups asked this item */
  groups: readonly ExperienceGroup[];
  /** the principle the item informs (shown with it, never averaged into its score) */
  principle: IndicatorGroup;
  /** whether more agreement is better (moral distress and intention to leave: lower) */
  direction: 'higher' | 'lower';
  /** the statement as asked */
  label: Text;
  /** what counts as agreement, and anything else a researcher needs to read the figure */
  definition: Text;
}

const TOP2: Text = {
  nl: 'Vijfpuntsschaal; “eens” en “helemaal eens” tellen als instemming.',
  en: 'Five-point scale; “agree” and “strongly agree” count as agreement.',
};
const top2 = (nl: string, en: string): Text => ({ nl: `${nl} ${TOP2.nl}`, en: `${en} ${TOP2.en}` });

const PROFESSIONALS: readonly ExperienceGroup[] = ['prof_local', 'prof_safety'];

export const EXPERIENCE_ITEMS: readonly ExperienceItem[] = [
  {
    code: 'parent_heard',
    groups: ['parents'],
    principle: 'family',
    direction: 'higher',
    label: { nl: 'Ik voelde me gehoord', en: 'I felt heard' },
    definition: top2(
      'Ouders die zich gehoord voelden door de professionals.',
      'Parents who felt heard by the professionals.',
    ),
  },
  {
    code: 'parent_understood',
    groups: ['parents'],
    principle: 'legal',
    direction: 'higher',
    label: { nl: 'Ik begreep wat er gebeurde en waarom', en: 'I understood what happened and why' },
    definition: top2(
      'Ouders die begrepen wat er gebeurde en waarom (transparantie).',
      'Parents who understood what happened and why (transparency).',
    ),
  },
  {
    code: 'parent_plan_together',
    groups: ['parents'],
    principle: 'family',
    direction: 'higher',
    label: { nl: 'We hebben het plan samen besloten', en: 'We decided the plan together' },
    definition: top2(
      'Ouders die het plan samen met de professionals besloten.',
      'Parents who decided the plan together with the professionals.',
    ),
  },
  {
    code: 'parent_help_fit',
    groups: ['parents'],
    principle: 'simple',
    direction: 'higher',
    label: {
      nl: 'De hulp paste bij wat we nodig hadden en kwam op tijd',
      en: 'The help fitted what we needed and came on time',
    },
    definition: top2(
      'Ouders voor wie de hulp paste en op tijd kwam.',
      'Parents for whom the help fitted and came on time.',
    ),
  },
  {
    code: 'parent_trust',
    groups: ['parents'],
    principle: 'family',
    direction: 'higher',
    label: { nl: 'Ik vertrouw de professional', en: 'I trust the professional' },
    definition: top2(
      'Ouders die hun vaste professional vertrouwen.',
      'Parents who trust their fixed professional.',
    ),
  },
  {
    code: 'parent_rights',
    groups: ['parents'],
    principle: 'legal',
    direction: 'higher',
    label: {
      nl: 'Ik ken mijn rechten en weet waar ik kan klagen',
      en: 'I know my rights and where to complain',
    },
    definition: top2(
      'Ouders die hun rechten kennen en weten waar ze kunnen klagen.',
      'Parents who know their rights and where to complain.',
    ),
  },
  {
    code: 'parent_safer',
    groups: ['parents'],
    principle: 'outcome',
    direction: 'higher',
    label: { nl: 'Het is nu veiliger thuis', en: 'It is safer at home now' },
    definition: top2(
      'Ouders die zeggen dat het thuis nu veiliger is.',
      'Parents who say it is safer at home now.',
    ),
  },
  {
    code: 'youth_listened',
    groups: ['youth'],
    principle: 'legal',
    direction: 'higher',
    label: { nl: 'Er werd naar mij geluisterd', en: 'I was listened to' },
    definition: top2(
      'Jongeren die vinden dat er naar hen geluisterd werd (de stem van het kind).',
      'Young people who were listened to (the child’s voice).',
    ),
  },
  {
    code: 'youth_understood',
    groups: ['youth'],
    principle: 'legal',
    direction: 'higher',
    label: { nl: 'Ik begreep wat er gebeurde', en: 'I understood what happened' },
    definition: top2('Jongeren die begrepen wat er gebeurde.', 'Young people who understood what happened.'),
  },
  {
    code: 'youth_safer',
    groups: ['youth'],
    principle: 'outcome',
    direction: 'higher',
    label: { nl: 'Ik voel me thuis veiliger', en: 'I feel safer at home' },
    definition: top2('Jongeren die zich thuis veiliger voelen.', 'Young people who feel safer at home.'),
  },
  {
    code: 'prof_workload',
    groups: PROFESSIONALS,
    principle: 'workforce',
    direction: 'higher',
    label: { nl: 'Mijn werkdruk is te doen', en: 'My workload is manageable' },
    definition: top2(
      'Professionals die hun werkdruk hanteerbaar vinden.',
      'Professionals who find their workload manageable.',
    ),
  },
  {
    code: 'prof_moral_distress',
    groups: PROFESSIONALS,
    principle: 'workforce',
    direction: 'lower',
    label: { nl: 'Morele stress boven de drempel', en: 'Moral distress above the threshold' },
    definition: {
      nl: 'Professionals met een score boven de drempel van het meetinstrument voor morele stress (geen vijfpuntsschaal: “instemming” is hier boven de drempel). Lager is beter.',
      en: 'Professionals scoring above the threshold of the moral distress instrument (not a five-point scale: “agreement” here is above the threshold). Lower is better.',
    },
  },
  {
    code: 'prof_room',
    groups: PROFESSIONALS,
    principle: 'simple',
    direction: 'higher',
    label: {
      nl: 'Ik heb ruimte om te doen wat dit gezin nodig heeft',
      en: 'I have room to do what this family needs',
    },
    definition: top2(
      'Professionals die de ruimte ervaren om te doen wat een gezin nodig heeft.',
      'Professionals who have room to do what a family needs.',
    ),
  },
  {
    code: 'prof_intend_leave',
    groups: PROFESSIONALS,
    principle: 'workforce',
    direction: 'lower',
    label: { nl: 'Ik ben van plan binnen een jaar te vertrekken', en: 'I intend to leave within a year' },
    definition: top2(
      'Professionals die van plan zijn binnen een jaar te vertrekken. Lager is beter.',
      'Professionals who intend to leave within a year. Lower is better.',
    ),
  },
  {
    code: 'prof_reflection',
    groups: PROFESSIONALS,
    principle: 'learning',
    direction: 'higher',
    label: { nl: 'Teamreflectie helpt mij', en: 'Team reflection helps me' },
    definition: top2(
      'Professionals voor wie teamreflectie helpt in hun werk.',
      'Professionals for whom team reflection helps in their work.',
    ),
  },
];

export function getExperienceItem(code: string): ExperienceItem | undefined {
  return EXPERIENCE_ITEMS.find((i) => i.code === code);
}

export function getExperienceGroup(code: string): ExperienceGroupInfo | undefined {
  return EXPERIENCE_GROUP_INFO.find((g) => g.code === code);
}

export function isExperienceGroup(code: string): code is ExperienceGroup {
  return (EXPERIENCE_GROUPS as readonly string[]).includes(code);
}

export function itemsOfGroup(group: ExperienceGroup): ExperienceItem[] {
  return EXPERIENCE_ITEMS.filter((i) => i.groups.includes(group));
}

// ── Periods ─────────────────────────────────────────────────────────────────

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;

/** Whether `period` is a period of the cadence ('2026-Q3' for quarters, '2026-H2' for half-years). */
export function isCadencePeriod(period: string, cadence: ExperienceCadence): boolean {
  return (cadence === 'quarter' ? QUARTER : HALF).test(period);
}

/** An experience period of either cadence. */
export function isExperiencePeriod(period: string): boolean {
  return QUARTER.test(period) || HALF.test(period);
}

/** Periods per year of a cadence: the rolling window is one year (four quarters, two half-years). */
export function periodsPerYear(cadence: ExperienceCadence): number {
  return cadence === 'quarter' ? 4 : 2;
}

/** A period as a running number (year × periods per year + index), so windows are plain ranges. */
export function periodIndex(period: string): number {
  const q = QUARTER.exec(period);
  if (q) return Number(q[1]) * 4 + Number(q[2]) - 1;
  const h = HALF.exec(period);
  if (h) return Number(h[1]) * 2 + Number(h[2]) - 1;
  throw new Error(`Not an experience period (${period.length} characters)`);
}

export function periodFromIndex(index: number, cadence: ExperienceCadence): string {
  const per = periodsPerYear(cadence);
  const year = Math.floor(index / per);
  return `${year}-${cadence === 'quarter' ? 'Q' : 'H'}${(index % per) + 1}`;
}

/** The half-year a quarter falls in ('2026-Q3' → '2026-H2'), for a quarter's approval of professionals' figures. */
export function halfOfQuarter(quarter: string): string {
  const q = QUARTER.exec(quarter);
  if (!q) throw new Error(`Not a quarter (${quarter.length} characters)`);
  return `${q[1]}-H${Number(q[2]) <= 2 ? 1 : 2}`;
}
