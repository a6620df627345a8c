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
 *
 * The browser loads this module (many pages name indicators); what an indicator means in words and
 * where its target comes from are in indicator-texts.server.ts, sent by the loaders of the pages
 * that show them (the indicator's page, /help).
 */
import { getElement } from './catalogue';
import type { IndicatorGroup } from './principles';
import type { Lang, Text } from './lang';

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
  formula: Formula;
  unit: IndicatorUnit;
  direction: Direction;
  /** null for an outcome that has no target: it is shown, never scored */
  target: number | null;
  floor: number | null;
  /**
   * Outcomes that follow a cohort: the months a value is about lie this many months before the month
   * it is reported in (recurrence twelve months after closure), so its baseline is the region's
   * baseline shifted this many months later.
   */
  followUpMonths?: number;
  /**
   * Register indicators: a region with a smaller denominator shows its counts and percentage but
   * gets no score (a percentage of 1 or 2 entries says little).
   */
  minDenominator?: number;
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

/** Register indicators need at least this many entries in the denominator for a region's score. */
export const MIN_REGISTER_DENOMINATOR = 3;

export const INDICATORS: readonly Indicator[] = [
  // ── Eenvoudig ──
  {
    code: 'days_to_help',
    group: 'simple',
    label: {
      nl: 'Dagen tot passende hulp (mediaan, wachtenden meegeteld)',
      en: 'Days to suitable help (median, those waiting included)',
    },
    formula: { kind: 'weighted', element: 'days_to_help_median_all', weight: 'help_cohort' },
    unit: 'days',
    direction: 'lower',
    target: 14,
    floor: 42,
  },
  {
    code: 'waiting_over_norm',
    group: 'simple',
    label: { nl: 'Wachtend langer dan 6 weken', en: 'Waiting more than 6 weeks' },
    formula: pct(t('families_waiting_over_norm'), ACTIVE),
    unit: 'percent',
    direction: 'lower',
    target: 2,
    floor: 10,
  },
  {
    code: 'triage_on_time',
    group: 'simple',
    label: { nl: 'Triage binnen 5 werkdagen', en: 'Triage within 5 working days' },
    formula: pct(t('triage_on_time'), TRIAGE),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
  },
  {
    code: 'handovers_per_case',
    group: 'outcome',
    label: {
      nl: 'Extra overdrachten per afgesloten RVT-gezin',
      en: 'Extra handovers per closed RVT family',
    },
    formula: {
      kind: 'ratio',
      numerator: t('closed_extra_handovers'),
      denominator: t('rvt_closed'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: null,
    floor: null,
  },
  {
    code: 'reescalation',
    group: 'simple',
    label: { nl: 'Opnieuw opgeschaald', en: 'Escalated again' },
    formula: pct(t('closed_reescalated'), t('closed_handed_back')),
    unit: 'percent',
    direction: 'lower',
    target: 10,
    floor: 40,
  },
  {
    code: 'orgs_per_family',
    group: 'simple',
    label: { nl: 'Organisaties per RVT-gezin', en: 'Organisations per RVT family' },
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
    formula: pct(t('analyses_on_time'), t('analyses_due')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
  },
  {
    code: 'adult_mh_involved',
    group: 'family',
    label: { nl: 'Volwassenen-ggz betrokken', en: 'Adult mental health involved' },
    formula: pct(t('adult_mh_involved'), t('adult_mh_needed')),
    unit: 'percent',
    direction: 'higher',
    target: 80,
    floor: 30,
  },
  {
    code: 'family_setting',
    group: 'family',
    label: { nl: 'Plaatsingen in gezinsvorm', en: 'Placements in a family setting' },
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
    label: {
      nl: 'Onafhankelijke toets vóór een verzoekschrift',
      en: 'Independent review before a petition',
    },
    formula: pct(t('petitions_reviewed'), [
      { code: 'petitions_filed' },
      { code: 'petitions_by_institution', sign: -1 },
    ]),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
  },
  {
    code: 'legal_aid_offered',
    group: 'legal',
    label: {
      nl: 'Rechtsbijstand aangeboden zodra een maatregel wordt overwogen',
      en: 'Legal aid offered once a measure is considered',
    },
    formula: pct(t('legal_aid_offered'), t('measure_considered')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 30,
  },
  {
    code: 'legal_aid',
    group: 'legal',
    label: {
      nl: 'Advocaat in zaken over uithuisplaatsing of gezag',
      en: 'Lawyer in placement or authority cases',
    },
    formula: pct(t('proceedings_with_legal_aid'), t('proceedings_total')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
  },
  {
    code: 'children_heard',
    group: 'legal',
    label: { nl: 'Kinderen gehoord door de rechter', en: 'Children heard by the judge' },
    formula: pct(t('children_heard'), t('children_12plus_in_decisions')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
  },
  {
    code: 'informed_rights',
    group: 'legal',
    label: { nl: 'Geïnformeerd over rechten', en: 'Informed of rights' },
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
    formula: pct(t('children_view_recorded'), t('children_active')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 40,
  },
  {
    code: 'waiting_guardian',
    group: 'legal',
    label: { nl: 'Wachtend op een vaste jeugdbeschermer', en: 'Waiting for a fixed child protection worker' },
    formula: pct(t('children_waiting_guardian'), t('children_with_measure')),
    unit: 'percent',
    direction: 'lower',
    target: 1,
    floor: 8,
  },
  {
    code: 'complaints_on_time',
    group: 'legal',
    label: { nl: 'Klachten op tijd afgehandeld', en: 'Complaints handled on time' },
    formula: pct(t('complaints_on_time'), t('complaints_due')),
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
    formula: { kind: 'register', register: 'experiments_evaluated', scale: 100 },
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
    minDenominator: MIN_REGISTER_DENOMINATOR,
  },
  {
    code: 'bottlenecks_taken_up',
    group: 'learning',
    label: { nl: 'Knelpunten opgepakt', en: 'Bottlenecks taken up' },
    formula: { kind: 'register', register: 'bottlenecks_taken_up', scale: 100 },
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 30,
    minDenominator: MIN_REGISTER_DENOMINATOR,
  },
  {
    code: 'reflection_experts',
    group: 'learning',
    label: { nl: 'Reflectie met ervaringsdeskundigen', en: 'Reflection with lived experience' },
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
    formula: { kind: 'weighted', element: 'client_survey_score', weight: 'client_survey_responses' },
    unit: 'score',
    direction: 'higher',
    target: 8,
    floor: 6,
  },
  {
    code: 'training_per_fte',
    group: 'learning',
    label: { nl: 'Scholingsuren per fte per maand', en: 'Training hours per FTE per month' },
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
    formula: pct(t('vacancies_open'), t('fte_filled', 'vacancies_open')),
    unit: 'percent',
    direction: 'lower',
    target: 5,
    floor: 20,
  },
  {
    code: 'turnover',
    group: 'workforce',
    label: { nl: 'Personeelsverloop (op jaarbasis)', en: 'Staff turnover (annualised)' },
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
    formula: pct(t('sick_days'), t('available_days')),
    unit: 'percent',
    direction: 'lower',
    target: 5,
    floor: 10,
  },
  {
    code: 'caseload_local',
    group: 'workforce',
    label: {
      nl: 'Caseload lokaal team (gezinnen per fte)',
      en: 'Local team caseload (families per FTE)',
    },
    formula: {
      kind: 'ratio',
      numerator: t('families_active_local'),
      denominator: t('fte_local_team'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: 15,
    floor: 25,
  },
  {
    code: 'caseload_rvt',
    group: 'workforce',
    label: {
      nl: 'Caseload regionaal veiligheidsteam (gezinnen per fte)',
      en: 'Regional safety team caseload (families per FTE)',
    },
    formula: {
      kind: 'ratio',
      numerator: t('families_active_rvt'),
      denominator: t('fte_rvt'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: 8,
    floor: 14,
  },
  {
    code: 'caseload',
    group: 'workforce',
    label: {
      nl: 'Caseload jeugdbeschermers (kinderen per fte)',
      en: 'Child protection worker caseload (children per FTE)',
    },
    formula: {
      kind: 'ratio',
      numerator: t('children_with_measure'),
      denominator: t('fte_youth_protection'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: 15,
    floor: 20,
  },
  // ── Uitkomsten (niet in een score per basisprincipe) ──
  {
    code: 'recurrence_after_closure',
    group: 'outcome',
    label: {
      nl: 'Opnieuw gemeld binnen 12 maanden na afsluiting',
      en: 'Reported again within 12 months of closure',
    },
    formula: pct(t('recurrence_12m'), t('closed_12m_ago')),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    followUpMonths: 12,
  },
  {
    code: 'recurrence_without_measure',
    group: 'outcome',
    label: {
      nl: 'Opnieuw gemeld na afsluiting zonder maatregel',
      en: 'Reported again after closure without a measure',
    },
    formula: pct(t('recurrence_12m_without_measure'), t('closed_without_measure_12m_ago')),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    followUpMonths: 12,
  },
  {
    code: 'recurrence_with_measure',
    group: 'outcome',
    label: {
      nl: 'Opnieuw gemeld na afsluiting met maatregel',
      en: 'Reported again after closure with a measure',
    },
    formula: pct(
      [{ code: 'recurrence_12m' }, { code: 'recurrence_12m_without_measure', sign: -1 }],
      [{ code: 'closed_12m_ago' }, { code: 'closed_without_measure_12m_ago', sign: -1 }],
    ),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    followUpMonths: 12,
  },
  {
    code: 'closed_without_measure',
    group: 'outcome',
    label: { nl: 'RVT-gezinnen afgesloten zonder maatregel', en: 'RVT families closed without a measure' },
    formula: pct(t('rvt_closed_without_measure'), t('rvt_closed')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
  },
  {
    code: 'escalation_rate',
    group: 'outcome',
    label: { nl: 'Opschaling naar het RVT', en: 'Escalation to the RVT' },
    formula: pct(t('escalated_to_rvt'), t('signals_new')),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
  },
  {
    code: 'petitions_granted',
    group: 'outcome',
    label: { nl: 'Verzoeken toegewezen door de rechter', en: 'Petitions granted by the court' },
    formula: pct(t('decisions_granted'), t('decisions_granted', 'decisions_rejected', 'decisions_withdrawn')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
  },
  {
    code: 'investigations_without_petition',
    group: 'outcome',
    label: {
      nl: 'Raadsonderzoeken zonder verzoekschrift',
      en: 'Board investigations ending without a petition',
    },
    formula: pct(t('reviews_advised_against'), t('investigations_completed')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
  },
  {
    code: 'request_to_decision',
    group: 'outcome',
    label: {
      nl: 'Dagen van verzoek tot onderzoek tot besluit (mediaan)',
      en: 'Days from request for an investigation to decision (median)',
    },
    formula: {
      kind: 'weighted',
      element: 'days_request_to_decision_median',
      weight: 'investigations_completed',
    },
    unit: 'days',
    direction: 'lower',
    target: null,
    floor: null,
  },
  {
    code: 'legal_aid_used',
    group: 'outcome',
    label: { nl: 'Aangeboden rechtsbijstand gebruikt', en: 'Offered legal aid used' },
    formula: pct(t('legal_aid_used'), t('legal_aid_offered')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
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

/**
 * The formula in words, for the help page: "(a + b) / (c) × 100" with the elements' labels, a
 * weighted mean, or the register count.
 */
export function describeFormula(indicator: Indicator, lang: Lang): string {
  const f = indicator.formula;
  const label = (code: string) => getElement(code)?.label[lang] ?? code;
  if (f.kind === 'weighted') return `Σ(${label(f.element)} × ${label(f.weight)}) / Σ ${label(f.weight)}`;
  if (f.kind === 'register')
    return lang === 'nl'
      ? 'Telling uit het register op de laatste dag van de periode'
      : 'Count from the register on the last day of the period';
  const terms = (ts: readonly Term[]) =>
    ts
      .map(
        (x, i) => `${i === 0 ? (x.sign === -1 ? '− ' : '') : x.sign === -1 ? ' − ' : ' + '}${label(x.code)}`,
      )
      .join('');
  return `(${terms(f.numerator)}) / (${terms(f.denominator)})${f.scale !== 1 ? ` × ${f.scale}` : ''}`;
}
