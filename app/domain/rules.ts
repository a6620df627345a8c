/**
 * Validation rules of the monthly report, as data.
 *
 * Hard rules block saving; soft rules (plausibility) warn and need an
 * explanation on submit. Every rule has a stable code, an importance, the
 * elements it reads, a bilingual description (for the help page) and a check
 * that returns violations with bilingual messages built from the catalogue
 * labels. Pure code: no database, no Remix, no React.
 *
 * Unknown values (null, undefined, or absent) never trigger a rule other than
 * `weight_required:*` (a weighted value whose weight is unknown). Values that
 * are present but not finite numbers (NaN, ±Infinity) are reported by
 * `finite_number` and otherwise treated as unknown.
 */
import { DATA_ELEMENTS, getElement } from './catalogue';
import { type Lang, type Text } from './lang';
import { formatNumber } from './number-format';

export type RuleImportance = 'hard' | 'soft';
/** null/undefined = unknown. */
export type Values = Readonly<Record<string, number | null | undefined>>;

export interface RuleViolation {
  ruleCode: string;
  importance: RuleImportance;
  /** The field at which the message is shown. */
  elementCode: string;
  message: Text;
}

export interface Rule {
  code: string;
  importance: RuleImportance;
  elements: readonly string[];
  description: Text;
  check(values: Values): RuleViolation[];
}

// ── helpers ─────────────────────────────────────────────────────────────────

function known(values: Values, code: string): number | null {
  const v = values[code];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function label(code: string, lang: Lang): string {
  return getElement(code)?.label[lang] ?? code;
}

/** Lower-cases the first letter for use mid-sentence, but leaves abbreviations (RVT, V-GGZ) alone. */
function lowerFirst(s: string): string {
  if (s.length === 0) return s;
  const second = s.charAt(1);
  if (s.length > 1 && second.toLowerCase() === second && second.toUpperCase() !== second) {
    return s.charAt(0).toLowerCase() + s.slice(1);
  }
  if (s.length === 1) return s.toLowerCase();
  return s;
}

function midLabel(code: string, lang: Lang): string {
  return lowerFirst(label(code, lang));
}

function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'nl' ? ' en ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

function violation(
  rule: { code: string; importance: RuleImportance },
  elementCode: string,
  message: Text,
): RuleViolation {
  return { ruleCode: rule.code, importance: rule.importance, elementCode, message };
}

// ── per-element hard rules ──────────────────────────────────────────────────

const ALL_CODES: readonly string[] = DATA_ELEMENTS.map((e) => e.code);
const COUNT_CODES: readonly string[] = DATA_ELEMENTS.filter((e) => e.unit === 'count').map((e) => e.code);
const SCORE_CODES: readonly string[] = DATA_ELEMENTS.filter((e) => e.unit === 'score').map((e) => e.code);

const finiteNumberRule: Rule = {
  code: 'finite_number',
  importance: 'hard',
  elements: ALL_CODES,
  description: {
    nl: 'Elke ingevulde waarde is een geldig getal.',
    en: 'Every value filled in is a valid number.',
  },
  check(values) {
    const out: RuleViolation[] = [];
    for (const code of finiteNumberRule.elements) {
      const v = values[code];
      if (typeof v === 'number' && !Number.isFinite(v)) {
        out.push(
          violation(finiteNumberRule, code, {
            nl: `${label(code, 'nl')} is geen geldig getal.`,
            en: `${label(code, 'en')} is not a valid number.`,
          }),
        );
      }
    }
    return out;
  },
};

const nonNegativeRule: Rule = {
  code: 'non_negative',
  importance: 'hard',
  elements: ALL_CODES,
  description: {
    nl: 'Geen enkele waarde is negatief.',
    en: 'No value is negative.',
  },
  check(values) {
    const out: RuleViolation[] = [];
    for (const code of nonNegativeRule.elements) {
      const v = known(values, code);
      if (v !== null && v < 0) {
        out.push(
          violation(nonNegativeRule, code, {
            nl: `${label(code, 'nl')} kan niet negatief zijn (ingevuld: ${formatNumber(v, 'nl', 4)}).`,
            en: `${label(code, 'en')} cannot be negative (entered: ${formatNumber(v, 'en', 4)}).`,
          }),
        );
      }
    }
    return out;
  },
};

const wholeNumberRule: Rule = {
  code: 'whole_number',
  importance: 'hard',
  elements: COUNT_CODES,
  description: {
    nl: 'Aantallen zijn hele getallen; alleen fte, uren, dagen, gemiddelden en het rapportcijfer mogen decimalen hebben.',
    en: 'Counts are whole numbers; only FTE, hours, days, means and the client rating may have decimals.',
  },
  check(values) {
    const out: RuleViolation[] = [];
    for (const code of wholeNumberRule.elements) {
      const v = known(values, code);
      if (v !== null && !Number.isInteger(v)) {
        out.push(
          violation(wholeNumberRule, code, {
            nl: `${label(code, 'nl')} moet een heel getal zijn (ingevuld: ${formatNumber(v, 'nl', 4)}).`,
            en: `${label(code, 'en')} must be a whole number (entered: ${formatNumber(v, 'en', 4)}).`,
          }),
        );
      }
    }
    return out;
  },
};

const scoreRangeRule: Rule = {
  code: 'score_range',
  importance: 'hard',
  elements: SCORE_CODES,
  description: {
    nl: 'Een rapportcijfer ligt tussen 1 en 10.',
    en: 'A rating lies between 1 and 10.',
  },
  check(values) {
    const out: RuleViolation[] = [];
    for (const code of scoreRangeRule.elements) {
      const v = known(values, code);
      const el = getElement(code);
      const min = el?.min ?? 1;
      const max = el?.max ?? 10;
      if (v !== null && (v < min || v > max)) {
        out.push(
          violation(scoreRangeRule, code, {
            nl: `${label(code, 'nl')} moet tussen ${formatNumber(min, 'nl', 4)} en ${formatNumber(max, 'nl', 4)} liggen (ingevuld: ${formatNumber(v, 'nl', 4)}).`,
            en: `${label(code, 'en')} must be between ${formatNumber(min, 'en', 4)} and ${formatNumber(max, 'en', 4)} (entered: ${formatNumber(v, 'en', 4)}).`,
          }),
        );
      }
    }
    return out;
  },
};

const NON_SCORE_CODES: readonly string[] = DATA_ELEMENTS.filter((e) => e.unit !== 'score').map((e) => e.code);

/** Every element has a plausible maximum in the catalogue; a larger value is a typing error. */
const maxValueRule: Rule = {
  code: 'max_value',
  importance: 'hard',
  elements: NON_SCORE_CODES,
  description: {
    nl: 'Geen waarde is groter dan het maximum dat de catalogus voor één regio in één maand noemt (bijvoorbeeld 50.000 nieuwe veiligheidssignalen).',
    en: 'No value is larger than the maximum the catalogue gives for one region in one month (for example 50,000 new safety signals).',
  },
  check(values) {
    const out: RuleViolation[] = [];
    for (const code of maxValueRule.elements) {
      const v = known(values, code);
      const max = getElement(code)?.max;
      if (v !== null && max !== undefined && v > max) {
        out.push(
          violation(maxValueRule, code, {
            nl: `${label(code, 'nl')} kan niet groter zijn dan ${formatNumber(max, 'nl', 4)} voor één regio in één maand. Controleer de waarde op een tikfout.`,
            en: `${label(code, 'en')} cannot be larger than ${formatNumber(max, 'en', 4)} for one region in one month. Check the value for a typing error.`,
          }),
        );
      }
    }
    return out;
  },
};

// ── part ≤ whole ────────────────────────────────────────────────────────────

/** whole = one element, or the sum of several elements. */
export const PART_WHOLE_RELATIONS: readonly {
  part: string;
  whole: readonly string[];
  /** the rule's code when the part has a second whole (default: the part's code) */
  code?: string;
  /** subtracted from the whole (petitions the Board reviews = all petitions − the certified institution’s) */
  minus?: readonly string[];
}[] = [
  { part: 'triage_on_time', whole: ['triage_simple', 'triage_complex', 'triage_multi_complex'] },
  { part: 'families_closed_without_measure', whole: ['families_closed'] },
  { part: 'rvt_closed', whole: ['families_closed'] },
  { part: 'rvt_closed_without_measure', whole: ['rvt_closed'] },
  { part: 'closed_handed_back', whole: ['rvt_closed'] },
  { part: 'closed_reescalated', whole: ['closed_handed_back'] },
  { part: 'help_started', whole: ['help_cohort'] },
  { part: 'families_waiting_over_norm', whole: ['help_cohort'], minus: ['help_started'] },
  { part: 'families_one_contact', whole: ['families_active_local', 'families_active_rvt'] },
  { part: 'families_one_plan', whole: ['families_active_local', 'families_active_rvt'] },
  { part: 'analyses_on_time', whole: ['analyses_due'] },
  { part: 'adult_mh_involved', whole: ['adult_mh_needed'] },
  { part: 'placements_family_setting', whole: ['placements_new'] },
  { part: 'legal_aid_offered', whole: ['measure_considered'] },
  { part: 'legal_aid_used', whole: ['legal_aid_offered'] },
  { part: 'petitions_extension', whole: ['petitions_filed'] },
  { part: 'petitions_by_institution', whole: ['petitions_filed'] },
  {
    part: 'petitions_extension',
    whole: ['petitions_by_institution'],
    code: 'petitions_extension_by_institution',
  },
  { part: 'petitions_reviewed', whole: ['petitions_filed'], minus: ['petitions_by_institution'] },
  { part: 'reviews_advised_against', whole: ['investigations_completed'] },
  { part: 'measures_ots_new', whole: ['measures_new'] },
  { part: 'authority_ended', whole: ['measures_new'] },
  { part: 'children_heard', whole: ['children_12plus_in_decisions'] },
  { part: 'proceedings_with_legal_aid', whole: ['proceedings_total'] },
  { part: 'children_view_recorded', whole: ['children_active'] },
  { part: 'children_waiting_guardian', whole: ['children_with_measure'] },
  { part: 'complaints_on_time', whole: ['complaints_due'] },
  { part: 'vacancies_long_open', whole: ['vacancies_open'] },
  { part: 'fte_rvt', whole: ['fte_filled'] },
  { part: 'fte_local_team', whole: ['fte_filled'], minus: ['fte_rvt'] },
  { part: 'sick_days', whole: ['available_days'] },
  { part: 'reflection_sessions_with_experts', whole: ['reflection_sessions'] },
  { part: 'recurrence_12m_without_measure', whole: ['recurrence_12m'] },
];

/** Natural names for the sums used as a whole; other sums fall back to "the total of a, b and c". */
const SUM_NAMES: Readonly<Record<string, Text>> = {
  'triage_simple+triage_complex+triage_multi_complex': {
    nl: 'het totaal van triage enkelvoudig, complex en meervoudig complex',
    en: 'the total triaged as single-issue, complex or multi-complex',
  },
  'families_active_local+families_active_rvt': {
    nl: 'het totaal aantal actieve gezinnen bij lokaal team en regionaal veiligheidsteam',
    en: 'the total of active families at the local team and the regional safety team',
  },
  'petitions_filed-petitions_by_institution': {
    nl: 'het aantal verzoekschriften dat niet van de gecertificeerde instelling komt',
    en: 'the number of petitions not filed by the certified institution',
  },
  'help_cohort-help_started': {
    nl: 'het aantal gezinnen dat aan het eind van de maand nog op hulp wacht (gestart of wachtend min gestart)',
    en: 'the number of families still waiting for help at month end (started or waiting minus started)',
  },
  'fte_filled-fte_rvt': {
    nl: 'de bezette fte min de fte van het regionaal veiligheidsteam',
    en: 'the filled FTE minus the FTE of the regional safety team',
  },
};

function wholeText(whole: readonly string[], lang: Lang, minus: readonly string[] = []): string {
  if (minus.length > 0) {
    const key = `${whole.join('+')}-${minus.join('-')}`;
    const named = SUM_NAMES[key];
    if (named) return named[lang];
    const rest = joinList(
      minus.map((c) => midLabel(c, lang)),
      lang,
    );
    return lang === 'nl'
      ? `${wholeText(whole, lang)} min ${rest}`
      : `${wholeText(whole, lang)} minus ${rest}`;
  }
  if (whole.length === 1) return midLabel(whole[0]!, lang);
  const named = SUM_NAMES[whole.join('+')];
  if (named) return named[lang];
  const list = joinList(
    whole.map((c) => midLabel(c, lang)),
    lang,
  );
  return lang === 'nl' ? `het totaal van ${list}` : `the total of ${list}`;
}

function partWholeRule(
  part: string,
  whole: readonly string[],
  minus: readonly string[] = [],
  code = part,
): Rule {
  const rule: Rule = {
    code: `part_le_whole:${code}`,
    importance: 'hard',
    elements: [part, ...whole, ...minus],
    description: {
      nl: `${label(part, 'nl')} kan niet groter zijn dan ${wholeText(whole, 'nl', minus)}.`,
      en: `${label(part, 'en')} cannot be larger than ${wholeText(whole, 'en', minus)}.`,
    },
    check(values) {
      const p = known(values, part);
      if (p === null) return [];
      let total = 0;
      for (const c of whole) {
        const w = known(values, c);
        if (w === null) return [];
        total += w;
      }
      for (const c of minus) {
        // An unknown subtrahend leaves the full whole as the (weaker) bound.
        const w = known(values, c);
        if (w !== null) total -= w;
      }
      if (p <= total) return [];
      return [
        violation(rule, part, {
          nl: `${label(part, 'nl')} (${formatNumber(p, 'nl', 4)}) kan niet groter zijn dan ${wholeText(whole, 'nl', minus)} (${formatNumber(total, 'nl', 4)}).`,
          en: `${label(part, 'en')} (${formatNumber(p, 'en', 4)}) cannot be larger than ${wholeText(whole, 'en', minus)} (${formatNumber(total, 'en', 4)}).`,
        }),
      ];
    },
  };
  return rule;
}

// ── weighted values need their weight ───────────────────────────────────────

function weightRequiredRule(code: string, weight: string): Rule {
  const rule: Rule = {
    code: `weight_required:${code}`,
    importance: 'hard',
    elements: [code, weight],
    description: {
      nl: `${label(code, 'nl')} wordt gewogen met ‘${label(weight, 'nl')}’: als het eerste is ingevuld, moet het tweede ook ingevuld en groter dan 0 zijn.`,
      en: `${label(code, 'en')} is weighted by ‘${label(weight, 'en')}’: when the first is filled in, the second must be filled in too and be above 0.`,
    },
    check(values) {
      const v = known(values, code);
      if (v === null) return [];
      const w = known(values, weight);
      if (w !== null && w > 0) return [];
      const L = { nl: label(code, 'nl'), en: label(code, 'en') };
      const W = { nl: label(weight, 'nl'), en: label(weight, 'en') };
      const message: Text =
        w === null
          ? {
              nl: `${L.nl} (${formatNumber(v, 'nl', 4)}) wordt gewogen met ‘${W.nl}’, maar dat veld is niet ingevuld. Vul ‘${W.nl}’ in of laat ‘${L.nl}’ leeg.`,
              en: `${L.en} (${formatNumber(v, 'en', 4)}) is weighted by ‘${W.en}’, but that field is empty. Fill in ‘${W.en}’ or leave ‘${L.en}’ empty.`,
            }
          : {
              nl: `${L.nl} (${formatNumber(v, 'nl', 4)}) wordt gewogen met ‘${W.nl}’, maar dat veld is ${formatNumber(w, 'nl', 4)}. Vul daar een aantal groter dan 0 in of laat ‘${L.nl}’ leeg.`,
              en: `${L.en} (${formatNumber(v, 'en', 4)}) is weighted by ‘${W.en}’, but that field is ${formatNumber(w, 'en', 4)}. Enter a number above 0 there or leave ‘${L.en}’ empty.`,
            };
      return [violation(rule, code, message)];
    },
  };
  return rule;
}

export const HARD_RULES: readonly Rule[] = [
  finiteNumberRule,
  nonNegativeRule,
  wholeNumberRule,
  scoreRangeRule,
  maxValueRule,
  ...PART_WHOLE_RELATIONS.map((r) => partWholeRule(r.part, r.whole, r.minus, r.code)),
  ...DATA_ELEMENTS.filter((e) => e.aggregation === 'weighted' && e.weight !== undefined).map((e) =>
    weightRequiredRule(e.code, e.weight as string),
  ),
];

// ── soft rules on the current values ────────────────────────────────────────

const TRIAGE_CODES = ['triage_simple', 'triage_complex', 'triage_multi_complex'] as const;

const triageAboveSignalsRule: Rule = {
  code: 'triage_above_signals',
  importance: 'soft',
  elements: ['signals_new', ...TRIAGE_CODES],
  description: {
    nl: 'Het totaal van de triages (enkelvoudig, complex en meervoudig complex) is normaal niet hoger dan het aantal nieuwe veiligheidssignalen.',
    en: 'The triage total (single-issue, complex and multi-complex) is normally not higher than the number of new safety signals.',
  },
  check(values) {
    const signals = known(values, 'signals_new');
    if (signals === null) return [];
    let total = 0;
    for (const c of TRIAGE_CODES) {
      const v = known(values, c);
      if (v === null) return [];
      total += v;
    }
    if (total <= signals) return [];
    return [
      violation(triageAboveSignalsRule, 'signals_new', {
        nl: `Het totaal van de triages (${formatNumber(total, 'nl', 4)}) is hoger dan ${midLabel('signals_new', 'nl')} (${formatNumber(signals, 'nl', 4)}). Dat kan, bijvoorbeeld als signalen van de vorige maand pas deze maand in de triage zijn beoordeeld. Controleer de aantallen en licht het toe.`,
        en: `The triage total (${formatNumber(total, 'en', 4)}) is higher than ${midLabel('signals_new', 'en')} (${formatNumber(signals, 'en', 4)}). That can happen, for example when signals from last month were only triaged this month. Please check the numbers and explain.`,
      }),
    ];
  },
};

const fteFilledAboveBudgetRule: Rule = {
  code: 'fte_filled_above_budget',
  importance: 'soft',
  elements: ['fte_filled', 'fte_budgeted'],
  description: {
    nl: 'De bezette formatie is normaal niet groter dan de begrote formatie.',
    en: 'Filled staff is normally not larger than budgeted staff.',
  },
  check(values) {
    const filled = known(values, 'fte_filled');
    const budget = known(values, 'fte_budgeted');
    if (filled === null || budget === null || filled <= budget) return [];
    return [
      violation(fteFilledAboveBudgetRule, 'fte_filled', {
        nl: `${label('fte_filled', 'nl')} (${formatNumber(filled, 'nl', 4)}) is hoger dan ${midLabel('fte_budgeted', 'nl')} (${formatNumber(budget, 'nl', 4)}). Klopt dit? Licht het toe, bijvoorbeeld bij tijdelijke overbezetting of inwerkperiodes.`,
        en: `${label('fte_filled', 'en')} (${formatNumber(filled, 'en', 4)}) is higher than ${midLabel('fte_budgeted', 'en')} (${formatNumber(budget, 'en', 4)}). Is this correct? Please explain, for example temporary overstaffing or induction periods.`,
      }),
    ];
  },
};

/** The soft rules that need only the current values (the outlier rule also needs history). */
export const SOFT_RULES: readonly Rule[] = [triageAboveSignalsRule, fteFilledAboveBudgetRule];

export function evaluateHardRules(values: Values): RuleViolation[] {
  return HARD_RULES.flatMap((r) => r.check(values));
}

export function evaluateSoftRules(values: Values): RuleViolation[] {
  return SOFT_RULES.flatMap((r) => r.check(values));
}

// ── outlier (soft, needs history) ───────────────────────────────────────────

export const OUTLIER_MIN_HISTORY = 6;
export const OUTLIER_THRESHOLD = 3.5;
export const OUTLIER_MAX_HISTORY = 12;

/** Listing entry for the help page; evaluate with `evaluateOutlier`. */
export const OUTLIER_RULE: {
  readonly code: 'outlier';
  readonly importance: 'soft';
  readonly description: Text;
} = {
  code: 'outlier',
  importance: 'soft',
  description: {
    nl: 'Een waarde ligt ver van de eigen geschiedenis van de regio: buiten het bereik van de vorige 12 maanden (met minstens 6 bekende maanden) en met een gemodificeerde z-score 0,6745·|x − mediaan| / MAD van ten minste 3,5. Een waarde binnen dat bereik of gelijk aan die van de vorige maand geeft nooit een waarschuwing.',
    en: 'A value lies far from the region’s own history: outside the range of the previous 12 months (with at least 6 known months) and with a modified z-score 0.6745·|x − median| / MAD of at least 3.5. A value inside that range or equal to last month’s never warns.',
  },
};

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Modified z-score 0.6745·|x − median| / MAD, with MAD the median absolute
 * deviation of `history` from its median. Non-finite history entries are
 * ignored. Returns null when there is no history or MAD is 0.
 */
export function modifiedZScore(value: number, history: readonly number[]): number | null {
  const xs = history.filter((h) => Number.isFinite(h));
  if (xs.length === 0 || !Number.isFinite(value)) return null;
  const med = median(xs);
  const mad = median(xs.map((x) => Math.abs(x - med)));
  if (mad === 0) return null;
  return (0.6745 * Math.abs(value - med)) / mad;
}

/**
 * `history`: previous months, oldest first, at most 12 (only the last 12 are
 * used); nulls are ignored. A verdict needs at least 6 known history values
 * and MAD > 0.
 */
/**
 * Seasonality: with a full year of history (12 aligned months, oldest first, so history[0] is the
 * same month last year), the value is also judged after removing last year's seasonal swing —
 * value ÷ (same month last year ÷ median of the year). A value that is normal once the season is
 * taken into account is no outlier (October is busier than July every year).
 */
function isExplainedBySeason(
  value: number,
  history: readonly (number | null)[],
  knownHistory: readonly number[],
): boolean {
  if (history.length !== OUTLIER_MAX_HISTORY) return false;
  const sameMonthLastYear = history[0];
  const med = median(knownHistory);
  if (typeof sameMonthLastYear !== 'number' || sameMonthLastYear <= 0 || med <= 0) return false;
  const adjusted = value / (sameMonthLastYear / med);
  const z = modifiedZScore(adjusted, knownHistory);
  return z !== null && z < OUTLIER_THRESHOLD;
}

export function evaluateOutlier(
  elementCode: string,
  value: number | null,
  history: readonly (number | null)[],
): RuleViolation | null {
  if (value === null || !Number.isFinite(value)) return null;
  const knownHistory = history
    .slice(-OUTLIER_MAX_HISTORY)
    .filter((h): h is number => typeof h === 'number' && Number.isFinite(h));
  if (knownHistory.length < OUTLIER_MIN_HISTORY) return null;
  // A value inside the range the message would call usual, or equal to last month's, is never
  // implausible: a steady stock has a tiny MAD, so without this 693 against 693–720 "warned".
  const lo = Math.min(...knownHistory);
  const hi = Math.max(...knownHistory);
  if (value >= lo && value <= hi) return null;
  const lastMonth = history[history.length - 1];
  if (typeof lastMonth === 'number' && value === lastMonth) return null;
  const z = modifiedZScore(value, knownHistory);
  if (z === null || z < OUTLIER_THRESHOLD) return null;
  if (isExplainedBySeason(value, history, knownHistory)) return null;
  const range = (lang: Lang) => `${formatNumber(lo, lang, 4)}–${formatNumber(hi, lang, 4)}`;
  return violation(OUTLIER_RULE, elementCode, {
    nl: `${label(elementCode, 'nl')}: gebruikelijk ${range('nl')}, nu ${formatNumber(value, 'nl', 4)}. Klopt dit?`,
    en: `${label(elementCode, 'en')}: usually ${range('en')}, now ${formatNumber(value, 'en', 4)}. Is this correct?`,
  });
}
