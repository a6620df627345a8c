/**
 * The demo's monthly figures for one region: a month-by-month simulation of the families in the
 * pilot's scope, so the figures behave like a real region's.
 *
 * - Stocks follow flows: active families at month end = previous month end + intakes − closures;
 *   children with a measure = previous + new measures − measures ended; a case closed with a measure
 *   had that measure started before (seeds/identities.ts checks every month).
 * - Every flow is a rate per 10,000 children 0–17 in scope (seeds/README.md gives the national rates
 *   and their sources) times the region's own factor (SeedRegion.rates), with Poisson noise.
 * - Seasons: fewer signals, intakes, closures and court cases in July–August and late December.
 * - Trends: flat-ish with slow drift before the pilot start, improving over two years after it, one
 *   setback per region (a few months of staff shortage), and the effect of each experiment on the
 *   indicators it names, from its start date (some experiments have none).
 * - Every part is drawn from its whole, so the figures pass the catalogue's hard rules by construction.
 *
 * Deterministic: the same region, periods and seed give the same numbers.
 */
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { parsePeriod } from '#app/domain/periods';
import { between, createRng, hashSeed, type Rng } from './random';
import type { SeedRegion } from './regions';

export type MonthValues = Record<string, number | null>;

/** An experiment's effect on the demo: from `start` (YYYY-MM) ramping up over six months. */
export interface SeedEffect {
  indicators: readonly string[];
  effect: number;
  start: string;
  /** for a stopped experiment: the month it ended; the effect fades out over six months after it */
  end?: string | null;
}

export interface SeriesOptions {
  /** the reported months, oldest first (YYYY-MM, consecutive) */
  periods: readonly string[];
  /** the first month of the pilot's new way of working */
  pilotStart: string;
  /** children 0–17 in scope in a month */
  children: (period: string) => number;
  effects?: readonly SeedEffect[];
  /** chance that a value is left unknown (NULL) */
  unknownRate?: number;
  seed?: string;
}

/** National rates per 10,000 children 0–17 per year (seeds/README.md has the sources). */
export const NATIONAL_RATES = {
  /** Veilig Thuis alone: 786 reports and advice requests (2023); plus the local teams' and the RVT's */
  signals: 900,
  measures: 27,
  placements: 11,
  /** children with a running measure, per 10,000 children (a stock) */
  childrenWithMeasure: 85,
} as const;

/**
 * The shares of the legal chain and of the signals, after the national figures in seeds/README.md.
 * `familySignals`: most signals are advice requests or reports Veilig Thuis settles itself; about
 * this share concerns a family the pilot's teams take on (intake) or escalate.
 */
export const CHAIN_SHARES = {
  familySignals: 0.42,
  /** signals that are reports and get a triage (Veilig Thuis 2023: 127,340 reports, 143,210 advice) */
  triaged: 0.5,
  /** Raad investigations ending without a petition: the Raad's petition ratio was 65 % in 2023 */
  investigationsWithoutPetition: 0.35,
  /** of the new measures, (provisional) supervision orders; the rest end parental authority (voogdij) */
  supervisionOrders: 0.87,
} as const;

/**
 * Calendar-month factors of the flows: the summer holidays (July–August) and the Christmas
 * fortnight are quiet; September and October catch up. Mean 1.
 */
const SEASON_RAW = [1.03, 1.03, 1.06, 1.02, 1.04, 1.01, 0.86, 0.8, 1.05, 1.08, 1.05, 0.87];
const SEASON_MEAN = SEASON_RAW.reduce((a, b) => a + b, 0) / 12;
export const SEASON: readonly number[] = SEASON_RAW.map((x) => x / SEASON_MEAN);

/** Months simulated before the first reported month, so stocks and the year-earlier closures exist. */
const WARM_UP = 24;
/** Months after the pilot start until its general improvement is complete. */
const PILOT_RAMP = 24;

/** Months from `from` to `to` (YYYY-MM): 0 for the same month, negative when `to` is earlier. */
function monthsBetween(from: string, to: string): number {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

const clamp = (x: number, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng();
  } while (p > l);
  return k - 1;
}

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A binomial draw: how many of `whole` have the property, each with chance p. Never above whole. */
function part(rng: Rng, whole: number, p: number): number {
  const q = clamp(p);
  if (whole <= 0) return 0;
  if (whole > 60) {
    const sd = Math.sqrt(whole * q * (1 - q));
    return Math.round(clamp(whole * q + sd * normal(rng), 0, whole));
  }
  let k = 0;
  for (let i = 0; i < whole; i++) if (rng() < q) k++;
  return k;
}

const ENTERED = DATA_ELEMENTS.map((e) => e.code);
/**
 * The entered elements of the first two releases, in their order: which values the demo leaves
 * unknown is drawn in this order from the month's first random stream, so adding an element does
 * not move the other months' unknowns. Elements added later draw from the second stream.
 */
const FIRST_ELEMENTS =
  `signals_new triage_simple triage_complex triage_multi_complex triage_on_time escalated_to_rvt
  deescalated_to_local families_active_local families_active_rvt intakes families_closed
  families_closed_without_measure rvt_closed rvt_closed_without_measure closed_handovers closed_reescalated
  help_started days_to_help_median families_waiting_over_norm orgs_per_family_avg families_one_contact
  families_one_plan analyses_due analyses_on_time adult_mh_needed adult_mh_involved households_without_minors
  placements_new placements_family_setting measure_considered legal_aid_offered legal_aid_used
  investigation_requests investigations_completed petitions_filed petitions_extension petitions_reviewed
  reviews_advised_against measures_new measures_ots_new authority_ended decisions_granted decisions_rejected
  decisions_withdrawn children_12plus_in_decisions children_heard proceedings_total proceedings_with_legal_aid
  families_informed_rights children_active children_view_recorded children_with_measure
  children_waiting_guardian complaints_received complaints_due complaints_on_time fte_budgeted fte_filled
  vacancies_open vacancies_long_open headcount staff_joined staff_left sick_days available_days training_hours
  trainees_new reflection_sessions reflection_sessions_with_experts client_survey_responses
  client_survey_score recurrence_12m`.split(/\s+/);
const LATER_ELEMENTS = ENTERED.filter((c) => !FIRST_ELEMENTS.includes(c));

interface State {
  local: number;
  rvt: number;
  withMeasure: number;
  drift: number;
  fill: number;
  headcount?: number;
  budget?: number;
}

/** The region's whole series: one set of values per period, oldest first. */
export function generateRegionSeries(region: SeedRegion, opts: SeriesOptions): MonthValues[] {
  const seed = opts.seed ?? 'demo';
  const first = opts.periods[0]!;
  const pilotIndex = monthsBetween(first, opts.pilotStart);
  const effects = (opts.effects ?? []).map((e) => ({
    ...e,
    startIndex: monthsBetween(first, e.start),
    endIndex: e.end ? monthsBetween(first, e.end) : null,
  }));
  // One setback per region: a few months in the pilot's second year when staff shortage slows
  // everything that takes time (triage, analyses, a fixed child protection worker).
  const setbackRng = createRng(hashSeed(`${seed}:setback:${region.slug}`));
  const setbackStart = pilotIndex + 8 + Math.floor(setbackRng() * 14);
  const setbackLength = 3 + Math.floor(setbackRng() * 3);
  const setbackDepth = between(setbackRng, 0.06, 0.12);

  /** How much the experiments have moved an indicator at month index i (0 before any start). */
  const effectOn = (indicator: string, i: number) => {
    let sum = 0;
    for (const e of effects) {
      if (!e.indicators.includes(indicator) || e.effect === 0) continue;
      let w = clamp((i - e.startIndex + 1) / 6);
      if (e.endIndex !== null) w *= clamp(1 - (i - e.endIndex) / 6);
      sum += e.effect * w;
    }
    return sum;
  };

  const children0 = opts.children(first);
  const perMonth = (ratePer10k: number, children: number) => (children / 10_000) * (ratePer10k / 12);
  // Start the stocks at their equilibrium, then let the warm-up settle them.
  const intakeEq =
    perMonth(NATIONAL_RATES.signals * region.rates.signals, children0) * 0.4 * CHAIN_SHARES.familySignals;
  const state: State = {
    local: Math.round(intakeEq * 6),
    rvt: Math.round(intakeEq * 2.8),
    withMeasure: Math.round(
      (children0 / 10_000) * NATIONAL_RATES.childrenWithMeasure * region.rates.measures,
    ),
    drift: 0,
    fill: 0.93,
  };
  const closedHistory: number[] = [];
  const closedWithoutHistory: number[] = [];
  const intakeHistory: number[] = [];
  const out: MonthValues[] = [];

  for (let i = -WARM_UP; i < opts.periods.length; i++) {
    const period = i >= 0 ? opts.periods[i]! : null;
    const rng = createRng(hashSeed(`${seed}:${region.slug}:${i}`));
    // The elements of issue 20 draw from a second stream, so the first stream (and every figure the
    // demo had before them) stays as it was.
    const rng2 = createRng(hashSeed(`${seed}:${region.slug}:${i}:2`));
    const noisy2 = (x: number, sd = 0.03) => x + sd * normal(rng2);
    const calendarMonth = period
      ? parsePeriod(period).month
      : ((((parsePeriod(first).month - 1 + i) % 12) + 12) % 12) + 1;
    const season = SEASON[calendarMonth - 1]!;
    const children = opts.children(period ?? first);
    const pilot = clamp((i - pilotIndex + 1) / PILOT_RAMP);
    const setback = i >= setbackStart && i < setbackStart + setbackLength ? setbackDepth : 0;
    // Slow drift of the workload, so no series is a straight line.
    state.drift = 0.85 * state.drift + 0.025 * normal(rng);
    const load = 1 + state.drift;
    const noisy = (x: number, sd = 0.03) => x + sd * normal(rng);
    const lerp = ([from, to]: readonly [number, number], f: number) => from + (to - from) * f;
    /** a share that improves with the pilot and with the experiments on `indicator` */
    const share = (indicator: string, range: readonly [number, number], sd = 0.03) =>
      clamp(noisy(lerp(range, pilot) + effectOn(indicator, i), sd), 0, 0.99);
    /** a share where lower is better */
    const shareDown = (indicator: string, range: readonly [number, number], sd = 0.03) =>
      clamp(noisy(lerp(range, pilot) - effectOn(indicator, i), sd), 0.005, 1);

    const v: MonthValues = {};
    // ── signals and triage ──
    const signals = poisson(
      rng,
      perMonth(NATIONAL_RATES.signals * region.rates.signals, children) * season * load,
    );
    v.signals_new = signals;
    const triageTotal = part(rng, signals, CHAIN_SHARES.triaged);
    v.triage_simple = part(rng, triageTotal, 0.56);
    v.triage_complex = part(rng, triageTotal - v.triage_simple, 0.7);
    v.triage_multi_complex = triageTotal - v.triage_simple - v.triage_complex;
    v.triage_on_time = part(rng, triageTotal, share('triage_on_time', [0.6, 0.7]) - setback);

    // ── families: the stock follows the flows ──
    const closedLocal = part(rng, state.local, (1 / 7) * season);
    const closedRvt = part(rng, state.rvt, (1 / 11) * season);
    // Escalation and hand-back move families between the teams; they never leave the stock.
    const escalated = Math.min(
      part(rng, signals, lerp(region.escalation, pilot) * 0.5 * CHAIN_SHARES.familySignals),
      Math.round((state.local - closedLocal) * 0.3),
    );
    v.escalated_to_rvt = escalated;
    const deescalated = part(rng, state.rvt - closedRvt, 0.05);
    v.deescalated_to_local = deescalated;
    const intakes = part(rng, signals, 0.4 * CHAIN_SHARES.familySignals);
    const intakesRvt = part(rng, intakes, 0.15);
    state.local += intakes - intakesRvt + deescalated - escalated - closedLocal;
    state.rvt += intakesRvt + escalated - deescalated - closedRvt;
    const closed = closedLocal + closedRvt;
    const active = state.local + state.rvt;
    v.families_active_local = state.local;
    v.families_active_rvt = state.rvt;
    v.intakes = intakes;
    v.families_closed = closed;
    const rvtClosed = closedRvt + part(rng, closedLocal, 0.06);
    v.rvt_closed = rvtClosed;
    const rvtWithout = part(rng, rvtClosed, share('closed_without_measure', [0.5, 0.58], 0.06));
    v.rvt_closed_without_measure = rvtWithout;
    v.families_closed_without_measure = closed - (rvtClosed - rvtWithout);
    // Drawn (and dropped) as before, so the first stream stays the same: handovers are counted
    // beyond the first escalation and hand-back now (below).
    poisson(
      rng,
      rvtClosed * lerp([1.6, 1.25], pilot) * (1 - Math.min(0.5, effectOn('handovers_per_case', i))),
    );
    part(rng, rvtClosed, shareDown('reescalation', [0.18, 0.12]));
    // About a third of the families that were at the RVT were handed back at least once; of those,
    // some were escalated again (fewer as the pilot runs), a few of them more than once.
    const handedBack = part(rng2, rvtClosed, 0.35);
    v.closed_handed_back = handedBack;
    const reescalated = part(
      rng2,
      handedBack,
      clamp(noisy2(lerp([0.4, 0.28], pilot) - effectOn('reescalation', i), 0.04), 0.02, 1),
    );
    v.closed_reescalated = reescalated;
    v.closed_extra_handovers =
      reescalated + poisson(rng2, reescalated * 0.4 * (1 - Math.min(0.5, effectOn('handovers_per_case', i))));
    v.help_started = part(rng, intakes, 0.85);
    const daysStarted =
      lerp([38, 27], pilot) *
      (1 - Math.min(0.5, effectOn('days_to_help', i))) *
      (1 + setback) *
      noisy(1, 0.08);
    v.orgs_per_family_avg = round1(lerp([4.2, 3.4], pilot) * noisy(1, 0.05));
    v.families_waiting_over_norm = part(
      rng,
      active,
      shareDown('waiting_over_norm', [0.08, 0.05], 0.01) + setback / 3,
    );
    // Those still waiting at month end: the long waits above and about half a month of intakes.
    v.help_cohort = v.help_started + v.families_waiting_over_norm + part(rng2, intakes, 0.5);
    // The waits so far of those still waiting raise the median by about a sixth.
    v.days_to_help_median_all = round1(daysStarted * noisy2(1.16, 0.04));

    // ── family-oriented work ──
    v.families_one_contact = part(rng, active, share('one_contact', region.oneContact));
    v.families_one_plan = part(rng, active, share('one_plan', region.onePlan));
    // An analysis is due six weeks after intake: about last month's intakes.
    const analysesDue = part(rng, intakeHistory.at(-1) ?? intakes, 0.95);
    v.analyses_due = analysesDue;
    v.analyses_on_time = part(rng, analysesDue, share('analysis_on_time', [0.6, 0.75], 0.05) - setback);
    const mhNeeded = part(rng, active, 0.24);
    v.adult_mh_needed = mhNeeded;
    v.adult_mh_involved = part(rng, mhNeeded, share('adult_mh_involved', [0.45, 0.6], 0.04));
    v.households_without_minors = poisson(rng, (region.zeroToHundred * children) / 60_000);
    const placements = poisson(
      rng,
      perMonth(NATIONAL_RATES.placements * region.rates.placements, children) * season * load,
    );
    v.placements_new = placements;
    v.placements_family_setting = part(rng, placements, share('family_setting', [0.6, 0.66], 0.02));

    // ── the legal chain ──
    const measureRate =
      NATIONAL_RATES.measures * region.rates.measures * (1 + region.measureTrend * pilot) * season * load;
    // First petitions: the Raad's after its investigation, and the certified institution's own first
    // requests for a placement within a supervision order (about a sixth, reviewed by nobody before
    // the pilot). The Raad's investigations end without a petition about a third of the time.
    const firstExpected = perMonth(measureRate * 1.1, children);
    const considered = poisson(rng, firstExpected * 1.45);
    v.measure_considered = considered;
    const aidOffered = part(rng, considered, share('legal_aid_offered', [0.3, 0.45], 0.06));
    v.legal_aid_offered = aidOffered;
    v.legal_aid_used = part(rng, aidOffered, 0.6);
    v.investigation_requests = part(rng, considered, 0.9);
    v.days_request_to_decision_median = round1(lerp([110, 90], pilot) * noisy2(1, 0.1));
    const firstPetitions = poisson(rng, firstExpected);
    const extensions = poisson(rng, (state.withMeasure * 0.67 * 0.9) / 12);
    const petitions = firstPetitions + extensions;
    v.petitions_filed = petitions;
    v.petitions_extension = extensions;
    const reviewed = part(rng, firstPetitions, share('independent_review', region.reviewed, 0.04));
    v.petitions_reviewed = reviewed;
    // The certified institution's own first requests (a placement within a running supervision
    // order): about one first petition in seven, never one the Board reviewed.
    v.petitions_by_institution =
      extensions + Math.min(firstPetitions - reviewed, part(rng2, firstPetitions, 0.15));
    const withoutPetition = poisson(
      rng,
      firstExpected *
        region.reviewed[0] *
        (CHAIN_SHARES.investigationsWithoutPetition / (1 - CHAIN_SHARES.investigationsWithoutPetition)),
    );
    v.investigations_completed = reviewed + withoutPetition;
    v.reviews_advised_against = part(rng, withoutPetition, 0.9);
    const measures = part(rng, firstPetitions, 0.9);
    v.measures_new = measures;
    // Every new measure is a supervision order (OTS, also provisional) or ends parental authority (voogdij).
    v.measures_ots_new = part(rng, measures, CHAIN_SHARES.supervisionOrders);
    v.authority_ended = measures - v.measures_ots_new;
    const rejected = part(rng, petitions, 0.04);
    const withdrawn = part(rng, petitions - rejected, 0.03);
    v.decisions_granted = measures + part(rng, extensions, 0.95);
    v.decisions_rejected = rejected;
    v.decisions_withdrawn = withdrawn;
    const children12 = part(rng, petitions, 0.45);
    v.children_12plus_in_decisions = children12;
    v.children_heard = part(rng, children12, share('children_heard', [0.7, 0.8], 0.06));
    const proceedings = part(rng, firstPetitions, 0.55);
    v.proceedings_total = proceedings;
    v.proceedings_with_legal_aid = part(rng, proceedings, share('legal_aid', [0.55, 0.65], 0.08));
    v.families_informed_rights = part(rng, intakes, share('informed_rights', [0.72, 0.85], 0.04));
    const childrenActive = Math.round(active * 1.8 * noisy(1, 0.02));
    v.children_active = childrenActive;
    v.children_view_recorded = part(rng, childrenActive, share('child_voice', [0.55, 0.68], 0.03));
    const ended = part(rng, state.withMeasure, 1 / 38);
    state.withMeasure += measures - ended;
    v.children_with_measure = state.withMeasure;
    v.children_waiting_guardian = part(
      rng,
      state.withMeasure,
      shareDown('waiting_guardian', [0.05, 0.04], 0.008) + setback / 2,
    );
    const complaints = poisson(rng, perMonth(8, children));
    v.complaints_received = complaints;
    const complaintsDue = poisson(rng, perMonth(8, children));
    v.complaints_due = complaintsDue;
    v.complaints_on_time = part(rng, complaintsDue, share('complaints_on_time', [0.8, 0.86], 0.05));

    // ── workforce: a team that fits the scope (about 11 families per worker, 9.5 once the pilot runs) ──
    // The budget is set once a year (in January), for the caseload the region aims at.
    if (state.budget === undefined || calendarMonth === 1)
      state.budget = round1((active / lerp([11, 9.5], pilot)) * between(rng, 1.02, 1.08));
    const fteBudget = state.budget;
    state.fill = clamp(0.85 * state.fill + 0.15 * 0.92 + 0.015 * normal(rng) - setback / 10, 0.8, 1);
    // Staff employed is a stock too: last month's + joined − left, moving towards the filled budget.
    const wanted = Math.round(fteBudget * state.fill * 1.18);
    state.headcount ??= wanted;
    const h = state.headcount;
    const joined = poisson(rng, h * 0.012) + Math.max(0, Math.round((wanted - h) * 0.25));
    const left = Math.min(
      h,
      poisson(rng, h * (0.012 + setback / 10)) + Math.max(0, Math.round((h - wanted) * 0.25)),
    );
    const headcount = h + joined - left;
    state.headcount = headcount;
    const fteFilled = Math.min(fteBudget, round1((headcount / 1.18) * noisy(1, 0.01)));
    v.fte_budgeted = fteBudget;
    v.fte_filled = fteFilled;
    // The filled FTE per role: the RVT at about 10 families per FTE (8.5 once the pilot runs), the
    // local team the rest of the team; the certified institution's child protection workers for the
    // scope's children with a measure at about 19 children per FTE (16 once the pilot runs).
    const fteRvt = Math.min(fteFilled, round1((state.rvt / lerp([10, 8.5], pilot)) * noisy2(1, 0.04)));
    v.fte_rvt = fteRvt;
    // what is left, rounded down to a tenth, so that local + RVT never exceed the filled FTE
    const room = Math.floor((fteFilled - fteRvt) * 10 - 1e-6) / 10;
    v.fte_local_team = Math.max(0, Math.min(room, round1((fteFilled - fteRvt) * noisy2(0.97, 0.01))));
    v.fte_youth_protection = round1((state.withMeasure / lerp([19, 16], pilot)) * noisy2(1, 0.04));
    const vacancies = Math.max(0, Math.round(fteBudget - fteFilled + between(rng, 0, 1.5)));
    v.vacancies_open = vacancies;
    v.vacancies_long_open = part(rng, vacancies, 0.3);
    v.headcount = headcount;
    v.staff_joined = joined;
    v.staff_left = left;
    const available = headcount * 21;
    v.available_days = available;
    v.sick_days = part(rng, available, region.sickLeave * noisy(1, 0.06) + setback / 4);
    v.training_hours = round1(fteFilled * lerp([3, 5], pilot) * noisy(1, 0.2));
    v.trainees_new = poisson(rng, 0.03 * headcount);

    // ── learning ──
    const sessions = Math.max(1, poisson(rng, Math.max(2, fteFilled / 5)));
    v.reflection_sessions = sessions;
    v.reflection_sessions_with_experts = part(rng, sessions, share('reflection_experts', [0.25, 0.45], 0.1));
    const responses = Math.max(3, poisson(rng, intakes * 0.25));
    v.client_survey_responses = responses;
    v.client_survey_score = round1(clamp(noisy(lerp([6.6, 7.3], pilot), 0.25), 1, 10));
    // Of the families closed twelve months earlier: those reported again since (≈ 38 % nationally).
    const closedYearAgo = closedHistory.at(-12) ?? closed;
    const recurred = part(rng, closedYearAgo, shareDown('recurrence_after_closure', [0.38, 0.33], 0.04));
    v.recurrence_12m = recurred;
    // Split by closure with and without a measure: each recurrence falls in the group without a
    // measure about in proportion to its size, within what each group can hold.
    const withoutYearAgo = closedWithoutHistory.at(-12) ?? v.families_closed_without_measure;
    const withYearAgo = closedYearAgo - withoutYearAgo;
    v.recurrence_12m_without_measure = Math.min(
      withoutYearAgo,
      Math.max(
        recurred - withYearAgo,
        part(rng2, recurred, closedYearAgo > 0 ? withoutYearAgo / closedYearAgo : 0),
      ),
    );

    closedHistory.push(closed);
    closedWithoutHistory.push(v.families_closed_without_measure);
    intakeHistory.push(intakes);
    if (i < 0) continue;
    applyUnknowns(v, rng, rng2, opts.unknownRate ?? 0.004);
    out.push(v);
  }
  return out;
}

/** Leave a few values unknown; a weighted value whose weight is unknown becomes unknown too. */
function applyUnknowns(v: MonthValues, rng: Rng, rng2: Rng, rate: number) {
  for (const code of FIRST_ELEMENTS) if (rng() < rate && code in v) v[code] = null;
  for (const code of LATER_ELEMENTS) if (rng2() < rate) v[code] = null;
  for (const e of DATA_ELEMENTS) if (e.weight && (v[e.weight] == null || v[e.weight] === 0)) v[e.code] = null;
}
