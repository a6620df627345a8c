/**
 * Realistic monthly figures for one region and month. Deterministic: the same region, month and
 * seed give the same numbers. Every part is derived from its whole by a share ≤ 1 and rounded, so
 * the figures pass every hard rule of the catalogue by construction (the seed test checks it).
 */
import { DATA_ELEMENTS } from '../app/domain/catalogue';
import { between, createRng, hashSeed, type Rng } from './random';
import type { SeedRegion } from './regions';

export type MonthValues = Record<string, number | null>;

export interface GenerateOptions {
  /** 0 for the first month of the series; `total` months in all (for the trends). */
  monthIndex: number;
  totalMonths: number;
  /** calendar month 1–12, for the seasonal swing */
  calendarMonth: number;
  /** chance that a value is left unknown (NULL) */
  unknownRate?: number;
  seed?: string;
}

const lerp = ([from, to]: [number, number], f: number) => from + (to - from) * f;
const round1 = (x: number) => Math.round(x * 10) / 10;

export function generateMonthValues(region: SeedRegion, opts: GenerateOptions): MonthValues {
  const rng: Rng = createRng(hashSeed(`${opts.seed ?? 'demo'}:${region.slug}:${opts.monthIndex}`));
  const f = opts.totalMonths > 1 ? opts.monthIndex / (opts.totalMonths - 1) : 0;
  const noise = (spread = 0.08) => 1 + between(rng, -spread, spread);
  const share = (range: [number, number], spread = 0.03) =>
    Math.min(1, Math.max(0, lerp(range, f) + between(rng, -spread, spread)));
  const part = (whole: number, p: number) => Math.round(whole * Math.min(1, Math.max(0, p)));
  // Fewer signals in the summer holidays, more after them.
  const season = 1 + 0.08 * Math.cos(((opts.calendarMonth - 10) / 12) * 2 * Math.PI);
  const base = 300 * region.size;

  const v: MonthValues = {};
  const signals = Math.round(base * season * noise());
  v.signals_new = signals;
  const triageTotal = part(signals, 0.93 + between(rng, -0.04, 0.04));
  v.triage_simple = part(triageTotal, 0.56);
  v.triage_complex = part(triageTotal - v.triage_simple, 0.7);
  v.triage_multi_complex = triageTotal - v.triage_simple - v.triage_complex;
  v.triage_on_time = part(triageTotal, share([0.74, 0.9]));
  v.escalated_to_rvt = part(signals, share(region.escalation, 0.01));
  v.deescalated_to_local = part(v.escalated_to_rvt, 0.55 + between(rng, -0.1, 0.1));

  const activeLocal = Math.round(base * 2.1 * noise(0.04));
  const activeRvt = Math.round(base * 0.6 * noise(0.05));
  const active = activeLocal + activeRvt;
  v.families_active_local = activeLocal;
  v.families_active_rvt = activeRvt;
  const intakes = part(signals, 0.5 + between(rng, -0.05, 0.05));
  v.intakes = intakes;
  const closed = part(intakes, 0.95);
  v.families_closed = closed;
  v.families_closed_without_measure = part(closed, share([0.72, 0.82]));
  const rvtClosed = part(closed, 0.25 + between(rng, -0.05, 0.05));
  v.rvt_closed = rvtClosed;
  v.rvt_closed_without_measure = part(rvtClosed, share([0.45, 0.6], 0.08));
  v.closed_handovers = Math.round(rvtClosed * lerp([1.6, 1.2], f) * noise(0.15));
  v.closed_reescalated = part(rvtClosed, share([0.18, 0.1], 0.04));
  v.help_started = part(intakes, 0.85);
  v.days_to_help_median = round1(lerp([38, 24], f) * noise(0.12));
  v.orgs_per_family_avg = round1(lerp([4.2, 3.1], f) * noise(0.06));
  v.families_waiting_over_norm = part(activeLocal + activeRvt, share([0.08, 0.04], 0.01));

  v.families_one_contact = part(active, share(region.oneContact));
  v.families_one_plan = part(active, share(region.onePlan));
  const analysesDue = part(intakes, 0.9 + between(rng, -0.08, 0.08));
  v.analyses_due = analysesDue;
  v.analyses_on_time = part(analysesDue, share([0.6, 0.78], 0.05));
  const mhNeeded = part(active, 0.24 + between(rng, -0.03, 0.03));
  v.adult_mh_needed = mhNeeded;
  v.adult_mh_involved = part(mhNeeded, share([0.45, 0.65], 0.05));
  v.households_without_minors = Math.round(region.zeroToHundred * noise(0.2));
  const placements = Math.max(0, Math.round(base * 0.025 * noise(0.4)));
  v.placements_new = placements;
  v.placements_family_setting = part(placements, 0.62 + between(rng, -0.15, 0.15));

  const considered = Math.max(0, Math.round(base * 0.05 * noise(0.3)));
  v.measure_considered = considered;
  v.legal_aid_offered = part(considered, share([0.3, 0.8], 0.08));
  v.legal_aid_used = part(v.legal_aid_offered, 0.6 + between(rng, -0.15, 0.15));
  v.investigation_requests = part(considered, 0.9);
  v.investigations_completed = part(considered, 0.85 + between(rng, -0.1, 0.1));
  const petitions = Math.max(0, Math.round(base * 0.045 * noise(0.3)));
  v.petitions_filed = petitions;
  const extensions = part(petitions, 0.35 + between(rng, -0.08, 0.08));
  v.petitions_extension = extensions;
  v.petitions_reviewed = part(petitions - extensions, share(region.reviewed, 0.08));
  v.reviews_advised_against = Math.round(petitions * 0.2 * rng());
  v.measures_new = part(petitions, 0.8 + between(rng, -0.1, 0.1));
  v.decisions_granted = part(petitions, 0.85 + between(rng, -0.05, 0.05));
  v.decisions_rejected = part(petitions, 0.05 + between(rng, 0, 0.04));
  v.decisions_withdrawn = part(petitions, 0.04 + between(rng, 0, 0.04));
  const children12 = part(petitions, 0.45 + between(rng, -0.1, 0.1));
  v.children_12plus_in_decisions = children12;
  v.children_heard = part(children12, share([0.7, 0.85], 0.08));
  const proceedings = part(petitions, 0.7);
  v.proceedings_total = proceedings;
  v.proceedings_with_legal_aid = part(proceedings, share([0.5, 0.75], 0.1));
  v.families_informed_rights = part(intakes, share([0.7, 0.92], 0.04));
  const children = Math.round(active * 1.8 * noise(0.03));
  v.children_active = children;
  v.children_view_recorded = part(children, share([0.55, 0.75], 0.03));
  const withMeasure = Math.round(children * 0.22 * noise(0.05));
  v.children_with_measure = withMeasure;
  v.children_waiting_guardian = part(withMeasure, 0.05 * noise(0.5));
  const complaints = Math.max(0, Math.round(base * 0.012 * noise(0.6)));
  v.complaints_received = complaints;
  const complaintsDue = Math.max(0, Math.round(complaints * noise(0.3)));
  v.complaints_due = complaintsDue;
  v.complaints_on_time = part(complaintsDue, 0.85 + between(rng, -0.15, 0.1));

  // Workforce: FTE 10–60, caseload 8–20 families per FTE.
  const fteBudget = round1(10 + region.size * 50);
  const fteFilled = round1(fteBudget * (0.88 + between(rng, 0, 0.09)));
  v.fte_budgeted = fteBudget;
  v.fte_filled = fteFilled;
  const vacancies = Math.max(0, Math.round(fteBudget - fteFilled + between(rng, 0, 2)));
  v.vacancies_open = vacancies;
  v.vacancies_long_open = part(vacancies, 0.3 + between(rng, -0.1, 0.2));
  const headcount = Math.round(fteFilled * 1.18);
  v.headcount = headcount;
  v.staff_joined = Math.round(headcount * 0.016 * noise(0.8));
  v.staff_left = Math.round(headcount * 0.015 * noise(0.8));
  const available = headcount * 21;
  v.available_days = available;
  v.sick_days = Math.round(available * region.sickLeave * noise(0.08));
  v.training_hours = round1(fteFilled * lerp([3, 5], f) * noise(0.2));
  v.trainees_new = Math.floor(between(rng, 0, 4));

  const sessions = Math.max(1, Math.round(between(rng, 2, 9)));
  v.reflection_sessions = sessions;
  v.reflection_sessions_with_experts = part(sessions, share([0.25, 0.6], 0.15));
  const responses = Math.max(3, Math.round(base * 0.08 * noise(0.3)));
  v.client_survey_responses = responses;
  v.client_survey_score = round1(Math.min(10, Math.max(1, lerp([6.6, 7.6], f) * noise(0.04))));
  const closed12 = part(intakes, 0.9);
  v.recurrence_12m = part(closed12, share([0.16, 0.1], 0.03));

  applyUnknowns(v, rng, opts.unknownRate ?? 0.004);
  // Nationally about three in four new measures are supervision orders and a few in a hundred end
  // parental authority. Derived after the unknowns, without the random stream, so every other
  // figure of the demo stays as it was; unknown when the measures are.
  const measures = v.measures_new;
  v.measures_ots_new = measures == null ? null : Math.floor(measures * 0.76);
  // 6 % of a handful a month: the fraction carries over the months so the year's total comes out.
  v.authority_ended = measures == null ? null : Math.floor(measures * 0.06 + ((opts.monthIndex * 7) % 10) / 10);
  return v;
}

/** Leave a few values unknown; a weighted value whose weight is unknown becomes unknown too. */
function applyUnknowns(v: MonthValues, rng: Rng, rate: number) {
  for (const code of Object.keys(v)) if (rng() < rate) v[code] = null;
  for (const e of DATA_ELEMENTS) if (e.weight && (v[e.weight] == null || v[e.weight] === 0)) v[e.code] = null;
}
