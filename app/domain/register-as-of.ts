/**
 * The learning indicators from the registers, evaluated as the registers stood on the last day of
 * each period (from the field history), not with today's status applied to every past period.
 *
 * - Experiments evaluated: of the experiments that had ended on that day (an end date up to then and
 *   status evaluatie, geborgd or gestopt on that day), those with an outcome on that day other than
 *   "onbekend" (an unknown outcome is no evaluation).
 * - Bottlenecks taken up: of the bottlenecks identified up to that day and not "vervallen" on it,
 *   those past "gesignaleerd" on that day. "Wetswijziging nodig" alone is a conclusion, not action:
 *   it counts only when the bottleneck had been put on the national agenda by then, or is linked to
 *   an experiment that had started by then.
 *
 * A field's value on a day comes from its history (register_history): the value before the first
 * recorded change, then each change from the day it was made. An entry created with a status is
 * taken to have had that status from its identified date (bottleneck) or start date (experiment),
 * as entries are often registered after the fact. An entry without any recorded status change has
 * its current status from `statusSince`; before that a bottleneck counts as "gesignaleerd" and an
 * experiment as not ended.
 */

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** ISO timestamp of the change */
  at: string;
}

export interface ExperimentState {
  regionId: number;
  status: string;
  statusSince: string;
  startDate: string | null;
  endDate: string | null;
  outcome: string | null;
  /** this entry's history, any order */
  history: readonly FieldChange[];
}

export interface BottleneckState {
  regionId: number;
  status: string;
  statusSince: string;
  identifiedDate: string;
  /** start dates of the linked experiments (null: not started) */
  linkedExperimentStarts: readonly (string | null)[];
  history: readonly FieldChange[];
}

export interface RegisterCount {
  numerator: number;
  denominator: number;
}

const ENDED_EXPERIMENT = ['evaluatie', 'geborgd', 'gestopt'];
const TAKEN_UP = [
  'in analyse',
  'landelijk geagendeerd',
  'experimenteerwet nodig',
  'opgelost binnen huidige wet',
];

const dateOf = (at: string) => at.slice(0, 10);

function changesOf(history: readonly FieldChange[], field: string): FieldChange[] {
  return history.filter((c) => c.field === field).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The value of a field on `day` from its changes (sorted); null when it had no value then.
 * `createdFrom` backdates the creation row (old value null) of a field every entry has from birth.
 */
export function valueOn(
  changes: readonly FieldChange[],
  day: string,
  createdFrom?: string | null,
): string | null {
  if (changes.length === 0) return null;
  let value = changes[0].oldValue;
  changes.forEach((c, i) => {
    let effective = dateOf(c.at);
    if (i === 0 && c.oldValue === null && createdFrom && createdFrom < effective) effective = createdFrom;
    if (effective <= day) value = c.newValue;
  });
  return value;
}

/** Status of an experiment on `day` (null: not yet known in the register then). */
export function experimentStatusOn(e: ExperimentState, day: string): string | null {
  const changes = changesOf(e.history, 'status');
  if (changes.length === 0) return e.statusSince <= day ? e.status : null;
  return valueOn(changes, day, e.startDate);
}

export function experimentOutcomeOn(e: ExperimentState, day: string): string | null {
  const changes = changesOf(e.history, 'outcome');
  if (changes.length === 0) return e.outcome !== null && e.statusSince <= day ? e.outcome : null;
  return valueOn(changes, day);
}

export function bottleneckStatusOn(b: BottleneckState, day: string): string | null {
  if (b.identifiedDate > day) return null;
  const changes = changesOf(b.history, 'status');
  if (changes.length === 0) return b.statusSince <= day ? b.status : 'gesignaleerd';
  return valueOn(changes, day, b.identifiedDate) ?? 'gesignaleerd';
}

function wasOnNationalAgenda(b: BottleneckState, day: string): boolean {
  return changesOf(b.history, 'status').some(
    (c) => c.newValue === 'landelijk geagendeerd' && dateOf(c.at) <= day,
  );
}

/** Numerator and denominator of "experiments evaluated" per region, on `day`. */
export function experimentsEvaluatedOn(
  experiments: readonly ExperimentState[],
  day: string,
): Map<number, RegisterCount> {
  const out = new Map<number, RegisterCount>();
  for (const e of experiments) {
    if (e.endDate === null || e.endDate > day) continue;
    const status = experimentStatusOn(e, day);
    if (status === null || !ENDED_EXPERIMENT.includes(status)) continue;
    const c = out.get(e.regionId) ?? { numerator: 0, denominator: 0 };
    c.denominator += 1;
    const outcome = experimentOutcomeOn(e, day);
    if (outcome !== null && outcome !== 'onbekend') c.numerator += 1;
    out.set(e.regionId, c);
  }
  return out;
}

/** Numerator and denominator of "bottlenecks taken up" per region, on `day`. */
export function bottlenecksTakenUpOn(
  bottlenecks: readonly BottleneckState[],
  day: string,
): Map<number, RegisterCount> {
  const out = new Map<number, RegisterCount>();
  for (const b of bottlenecks) {
    const status = bottleneckStatusOn(b, day);
    if (status === null || status === 'vervallen') continue;
    const c = out.get(b.regionId) ?? { numerator: 0, denominator: 0 };
    c.denominator += 1;
    const lawChangeActedOn =
      status === 'wetswijziging nodig' &&
      (wasOnNationalAgenda(b, day) || b.linkedExperimentStarts.some((s) => s !== null && s <= day));
    if (TAKEN_UP.includes(status) || lawChangeActedOn) c.numerator += 1;
    out.set(b.regionId, c);
  }
  return out;
}
