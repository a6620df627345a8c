/**
 * Every indicator of the monitor, defined next to the data elements it is computed from.
 *
 * A formula is always a numerator over a denominator so that regions and months add up correctly:
 * sum the numerators, sum the denominators, divide once (never average percentages).
 * - `ratio`: sums of data elements (a term may subtract, e.g. closed − recurred). Flows add up over
 *   months. A stock is taken as the level of the last month of the range when the formula divides
 *   stock by stock (`stocks: 'level'`); when it relates a flow to a stock (`stocks: 'months'`) the
 *   stock is the sum of its monthly levels, i.e. the average level × the number of months, so the
 *   result is "per month" (or annualised with the scale).
 * - `weighted`: a median or mean element, combined as Σ(value × weight) / Σ weight; approximate.
 * - `register`: counts from the experiments or bottlenecks register at the end of the period.
 */
import { getElement } from './catalogue';
import type { IndicatorGroup } from './principles';
import { type Text } from './lang';

export type IndicatorUnit = 'percent' | 'days' | 'number' | 'score' | 'per100' | 'rate';
export type Direction = 'higher' | 'lower';
export type RegisterCount = 'experiments_evaluated' | 'bottlenecks_taken_up';

export interface Term {
  code: string;
  sign?: 1 | -1;
}

export type Formula =
  | { kind: 'ratio'; numerator: Term[]; denominator: Term[]; scale: number; stocks: 'level' | 'months' }
  | { kind: 'weighted'; element: string; weight: string }
  | { kind: 'register'; register: RegisterCount; scale: number };

export interface Indicator {
  code: string;
  group: IndicatorGroup;
  label: Text;
  explanation: Text;
  formula: Formula;
  unit: IndicatorUnit;
  direction: Direction;
  target: number;
  floor: number;
}

const t = (...codes: string[]): Term[] => codes.map((code) => ({ code }));
const ACTIVE = t('families_active_local', 'families_active_rvt');
const TRIAGE = t('triage_simple', 'triage_complex', 'triage_multi_complex');
const pct = (numerator: Term[], denominator: Term[], stocks: 'level' | 'months' = 'level'): Formula => ({
  kind: 'ratio',
  numerator,
  denominator,
  scale: 100,
  stocks,
});

export const INDICATORS: readonly Indicator[] = [
  // ── Eenvoudig ──
  {
    code: 'days_to_help',
    group: 'simple',
    label: { nl: 'Dagen tot passende hulp (mediaan)', en: 'Days to suitable help (median)' },
    explanation: {
      nl: 'Mediaan aantal dagen van signaal tot start van passende hulp, gewogen naar het aantal gestarte gezinnen. Een gewogen mediaan over regio’s en maanden is een benadering.',
      en: 'Median days from signal to start of suitable help, weighted by the number of families whose help started. A weighted median across regions and months is an approximation.',
    },
    formula: { kind: 'weighted', element: 'days_to_help_median', weight: 'help_started' },
    unit: 'days',
    direction: 'lower',
    target: 14,
    floor: 42,
  },
  {
    code: 'triage_on_time',
    group: 'simple',
    label: { nl: 'Triage binnen 5 werkdagen', en: 'Triage within 5 working days' },
    explanation: {
      nl: 'Aandeel van alle getrieerde zaken (enkelvoudig, complex, meervoudig complex) dat binnen 5 werkdagen is getrieerd.',
      en: 'Share of all triaged cases (simple, complex, multi-complex) triaged within 5 working days.',
    },
    formula: pct(t('triage_on_time'), TRIAGE),
    unit: 'percent',
    direction: 'higher',
    target: 95,
    floor: 60,
  },
  {
    code: 'escalation_rate',
    group: 'simple',
    label: { nl: 'Opschaling naar het RVT', en: 'Escalation to the RVT' },
    explanation: {
      nl: 'Opschalingen van lokaal team naar regionaal veiligheidsteam per 100 nieuwe veiligheidssignalen.',
      en: 'Escalations from local team to regional safety team per 100 new safety signals.',
    },
    formula: pct(t('escalated_to_rvt'), t('signals_new')),
    unit: 'percent',
    direction: 'lower',
    target: 8,
    floor: 25,
  },
  {
    code: 'orgs_per_family',
    group: 'simple',
    label: { nl: 'Organisaties per RVT-gezin', en: 'Organisations per RVT family' },
    explanation: {
      nl: 'Gemiddeld aantal betrokken organisaties per actief RVT-gezin, gewogen naar het aantal actieve RVT-gezinnen (benadering).',
      en: 'Mean number of organisations involved per active RVT family, weighted by active RVT families (approximation).',
    },
    formula: { kind: 'weighted', element: 'orgs_per_family_avg', weight: 'families_active_rvt' },
    unit: 'number',
    direction: 'lower',
    target: 2,
    floor: 5,
  },
  // ── Gezinsgericht ──
  {
    code: 'one_contact',
    group: 'family',
    label: { nl: 'Eén vast gezicht', en: 'One fixed face' },
    explanation: {
      nl: 'Aandeel actieve gezinnen (lokaal team + RVT) met één vaste contactpersoon of duo, aan het eind van de periode.',
      en: 'Share of active families (local team + RVT) with one fixed contact or duo, at the end of the period.',
    },
    formula: pct(t('families_one_contact'), ACTIVE),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
  },
  {
    code: 'one_plan',
    group: 'family',
    label: { nl: 'Eén gezin, één plan', en: 'One family, one plan' },
    explanation: {
      nl: 'Aandeel actieve gezinnen met één plan voor het hele huishouden, aan het eind van de periode.',
      en: 'Share of active families with one plan covering the whole household, at the end of the period.',
    },
    formula: pct(t('families_one_plan'), ACTIVE),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 40,
  },
  {
    code: 'analysis_on_time',
    group: 'family',
    label: { nl: 'Gezinsbrede analyse op tijd', en: 'Family-wide analysis on time' },
    explanation: {
      nl: 'Gezinsbrede verklarende analyses binnen 6 weken na intake, per 100 intakes.',
      en: 'Family-wide explanatory analyses within 6 weeks of intake, per 100 intakes.',
    },
    formula: pct(t('analyses_on_time'), t('intakes')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
  },
  {
    code: 'adult_mh_involved',
    group: 'family',
    label: { nl: 'Volwassenen-ggz betrokken', en: 'Adult mental health involved' },
    explanation: {
      nl: 'Aandeel gezinnen met een ggz- of verslavingsvraag bij een ouder waarbij de volwassenen-ggz betrokken is.',
      en: 'Share of families with a parent’s mental-health or addiction need in which adult mental-health care is involved.',
    },
    formula: pct(t('adult_mh_involved'), t('adult_mh_needed')),
    unit: 'percent',
    direction: 'higher',
    target: 80,
    floor: 30,
  },
  {
    code: 'closed_without_measure',
    group: 'family',
    label: { nl: 'Afgesloten zonder maatregel', en: 'Closed without a measure' },
    explanation: {
      nl: 'Aandeel afgesloten gezinnen dat is afgesloten zonder kinderbeschermingsmaatregel.',
      en: 'Share of closed families closed without a child protection measure.',
    },
    formula: pct(t('families_closed_without_measure'), t('families_closed')),
    unit: 'percent',
    direction: 'higher',
    target: 85,
    floor: 50,
  },
  {
    code: 'family_setting',
    group: 'family',
    label: { nl: 'Plaatsingen in gezinsvorm', en: 'Placements in a family setting' },
    explanation: {
      nl: 'Aandeel nieuwe uithuisplaatsingen in een gezinsvorm (pleeggezin, gezinshuis).',
      en: 'Share of new out-of-home placements in a family setting (foster family, family home).',
    },
    formula: pct(t('placements_family_setting'), t('placements_new')),
    unit: 'percent',
    direction: 'higher',
    target: 75,
    floor: 40,
  },
  // ── Rechtsbeschermend en transparant ──
  {
    code: 'independent_review',
    group: 'legal',
    label: { nl: 'Onafhankelijke toets vóór verzoek', en: 'Independent review before petition' },
    explanation: {
      nl: 'Aandeel verzoeken aan de kinderrechter waaraan een onafhankelijke toets voorafging.',
      en: 'Share of petitions to the juvenile court preceded by an independent review.',
    },
    formula: pct(t('petitions_reviewed'), t('petitions_filed')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
  },
  {
    code: 'legal_aid',
    group: 'legal',
    label: { nl: 'Rechtsbijstand voor ouders', en: 'Legal aid for parents' },
    explanation: {
      nl: 'Aandeel uithuisplaatsings- en gezagsprocedures waarin de ouders juridisch werden bijgestaan.',
      en: 'Share of placement or authority proceedings in which the parents had legal assistance.',
    },
    formula: pct(t('proceedings_with_legal_aid'), t('proceedings_total')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
  },
  {
    code: 'informed_rights',
    group: 'legal',
    label: { nl: 'Geïnformeerd over rechten', en: 'Informed of rights' },
    explanation: {
      nl: 'Nieuwe gezinnen die schriftelijk over hun rechten zijn geïnformeerd en cliëntondersteuning kregen aangeboden, per 100 intakes.',
      en: 'New families informed in writing of their rights and offered client support, per 100 intakes.',
    },
    formula: pct(t('families_informed_rights'), t('intakes')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 60,
  },
  {
    code: 'child_voice',
    group: 'legal',
    label: { nl: 'Stem van het kind in het plan', en: 'Child’s voice in the plan' },
    explanation: {
      nl: 'Aandeel kinderen in lopende zaken van wie de eigen mening in het plan staat, aan het eind van de periode.',
      en: 'Share of children in active cases whose own view is recorded in the plan, at the end of the period.',
    },
    formula: pct(t('children_view_recorded'), t('children_active')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 40,
  },
  {
    code: 'waiting_guardian',
    group: 'legal',
    label: { nl: 'Wachtend op een vaste gezinsvoogd', en: 'Waiting for a fixed guardian' },
    explanation: {
      nl: 'Kinderen met een maatregel zonder vaste gezinsvoogd per 100 kinderen in lopende zaken, aan het eind van de periode.',
      en: 'Children with a measure but no fixed guardian per 100 children in active cases, at the end of the period.',
    },
    formula: pct(t('children_waiting_guardian'), t('children_active')),
    unit: 'per100',
    direction: 'lower',
    target: 0,
    floor: 5,
  },
  {
    code: 'complaints_on_time',
    group: 'legal',
    label: { nl: 'Klachten op tijd afgehandeld', en: 'Complaints handled on time' },
    explanation: {
      nl: 'Aandeel ontvangen klachten dat binnen de termijn is afgehandeld.',
      en: 'Share of complaints received that were handled on time.',
    },
    formula: pct(t('complaints_on_time'), t('complaints_received')),
    unit: 'percent',
    direction: 'higher',
    target: 95,
    floor: 60,
  },
  // ── Lerend ──
  {
    code: 'experiments_evaluated',
    group: 'learning',
    label: { nl: 'Experimenten geëvalueerd', en: 'Experiments evaluated' },
    explanation: {
      nl: 'Van de experimenten met een einddatum tot en met het eind van de periode: het aandeel met een vastgelegde uitkomst (experimentenregister).',
      en: 'Of the experiments with an end date up to the end of the period: the share with a recorded outcome (experiments register).',
    },
    formula: { kind: 'register', register: 'experiments_evaluated', scale: 100 },
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
  },
  {
    code: 'bottlenecks_taken_up',
    group: 'learning',
    label: { nl: 'Knelpunten opgepakt', en: 'Bottlenecks taken up' },
    explanation: {
      nl: 'Van alle knelpunten gesignaleerd tot en met het eind van de periode: het aandeel dat verder is dan “gesignaleerd” (huidige status in het knelpuntenregister).',
      en: 'Of all bottlenecks identified up to the end of the period: the share past “gesignaleerd” (current status in the bottleneck register).',
    },
    formula: { kind: 'register', register: 'bottlenecks_taken_up', scale: 100 },
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 30,
  },
  {
    code: 'reflection_experts',
    group: 'learning',
    label: { nl: 'Reflectie met ervaringsdeskundigen', en: 'Reflection with lived experience' },
    explanation: {
      nl: 'Aandeel reflectiebijeenkomsten met ten minste één ervaringsdeskundige.',
      en: 'Share of reflection sessions attended by at least one person with lived experience.',
    },
    formula: pct(t('reflection_sessions_with_experts'), t('reflection_sessions')),
    unit: 'percent',
    direction: 'higher',
    target: 75,
    floor: 20,
  },
  {
    code: 'client_experience',
    group: 'learning',
    label: { nl: 'Cliëntervaring (rapportcijfer)', en: 'Client experience (rating)' },
    explanation: {
      nl: 'Gemiddeld rapportcijfer van cliënten, gewogen naar het aantal ingevulde vragenlijsten (benadering).',
      en: 'Mean client rating, weighted by the number of completed questionnaires (approximation).',
    },
    formula: { kind: 'weighted', element: 'client_survey_score', weight: 'client_survey_responses' },
    unit: 'score',
    direction: 'higher',
    target: 8,
    floor: 6,
  },
  {
    code: 'lasting_safety',
    group: 'learning',
    label: { nl: 'Blijvende veiligheid', en: 'Lasting safety' },
    explanation: {
      nl: 'Aandeel van de gezinnen die twaalf maanden eerder zijn afgesloten zonder nieuw veiligheidssignaal sindsdien: 1 − opnieuw gemeld / afgesloten.',
      en: 'Share of families closed twelve months earlier without a new safety signal since: 1 − reported again / closed.',
    },
    formula: pct([{ code: 'closed_12m_ago' }, { code: 'recurrence_12m', sign: -1 }], t('closed_12m_ago')),
    unit: 'percent',
    direction: 'higher',
    target: 95,
    floor: 75,
  },
  {
    code: 'training_per_fte',
    group: 'learning',
    label: { nl: 'Scholingsuren per fte per maand', en: 'Training hours per FTE per month' },
    explanation: {
      nl: 'Scholingsuren gedeeld door de bezette fte, opgeteld over de maanden (gemiddelde bezetting × aantal maanden): uren per fte per maand.',
      en: 'Training hours divided by filled FTE summed over the months (average staffing × number of months): hours per FTE per month.',
    },
    formula: {
      kind: 'ratio',
      numerator: t('training_hours'),
      denominator: t('fte_filled'),
      scale: 1,
      stocks: 'months',
    },
    unit: 'rate',
    direction: 'higher',
    target: 6,
    floor: 2,
  },
  // ── Arbeidsmarkt (randvoorwaarde) ──
  {
    code: 'vacancy_rate',
    group: 'workforce',
    label: { nl: 'Vacaturegraad', en: 'Vacancy rate' },
    explanation: {
      nl: 'Openstaande vacatures gedeeld door bezette fte plus openstaande vacatures, aan het eind van de periode.',
      en: 'Open vacancies divided by filled FTE plus open vacancies, at the end of the period.',
    },
    formula: pct(t('vacancies_open'), t('fte_filled', 'vacancies_open')),
    unit: 'percent',
    direction: 'lower',
    target: 5,
    floor: 20,
  },
  {
    code: 'turnover',
    group: 'workforce',
    label: { nl: 'Verloop (op jaarbasis)', en: 'Turnover (annualised)' },
    explanation: {
      nl: 'Uitstroom gedeeld door het gemiddelde aantal medewerkers, omgerekend naar een jaar (× 12 / aantal maanden).',
      en: 'Staff who left divided by average headcount, annualised (× 12 / number of months).',
    },
    formula: {
      kind: 'ratio',
      numerator: t('staff_left'),
      denominator: t('headcount'),
      scale: 1200,
      stocks: 'months',
    },
    unit: 'percent',
    direction: 'lower',
    target: 10,
    floor: 30,
  },
  {
    code: 'sick_leave',
    group: 'workforce',
    label: { nl: 'Ziekteverzuim', en: 'Sick leave' },
    explanation: {
      nl: 'Verzuimdagen gedeeld door beschikbare dagen.',
      en: 'Sick days divided by available days.',
    },
    formula: pct(t('sick_days'), t('available_days')),
    unit: 'percent',
    direction: 'lower',
    target: 5,
    floor: 10,
  },
  {
    code: 'caseload',
    group: 'workforce',
    label: { nl: 'Caseload (gezinnen per fte)', en: 'Caseload (families per FTE)' },
    explanation: {
      nl: 'Actieve gezinnen (lokaal team + RVT) per bezette fte, aan het eind van de periode.',
      en: 'Active families (local team + RVT) per filled FTE, at the end of the period.',
    },
    formula: { kind: 'ratio', numerator: ACTIVE, denominator: t('fte_filled'), scale: 1, stocks: 'level' },
    unit: 'number',
    direction: 'lower',
    target: 12,
    floor: 20,
  },
];

const BY_CODE: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.code, i]));

export function getIndicator(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

export function indicatorsOf(group: IndicatorGroup): Indicator[] {
  return INDICATORS.filter((i) => i.group === group);
}

/** The data elements a formula reads (weights included). */
export function elementsOf(formula: Formula): string[] {
  if (formula.kind === 'register') return [];
  if (formula.kind === 'weighted') return [formula.element, formula.weight];
  return [...new Set([...formula.numerator, ...formula.denominator].map((term) => term.code))];
}

/** Whether a value is a share of a whole (suppressed when its denominator is small). */
export function isShare(indicator: Indicator): boolean {
  return indicator.unit === 'percent' || indicator.unit === 'per100';
}

/** Which of numerator and denominator are counts of people or cases (subject to "<5"). */
export function countParts(indicator: Indicator): { numerator: boolean; denominator: boolean } {
  const f = indicator.formula;
  // Register counts are experiments and bottlenecks, not families: never suppressed.
  if (f.kind === 'register') return { numerator: false, denominator: false };
  const isCount = (code: string) => getElement(code)?.unit === 'count';
  if (f.kind === 'weighted') return { numerator: false, denominator: isCount(f.weight) };
  return {
    numerator: f.numerator.every((term) => isCount(term.code)),
    denominator: f.denominator.every((term) => isCount(term.code)),
  };
}
