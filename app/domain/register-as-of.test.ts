import { describe, expect, test } from 'vitest';
import {
  bottleneckStatusOn,
  bottlenecksTakenUpOn,
  experimentsEvaluatedOn,
  type BottleneckState,
  type ExperimentState,
  type FieldChange,
} from './register-as-of';

const change = (
  field: string,
  oldValue: string | null,
  newValue: string | null,
  at: string,
): FieldChange => ({
  field,
  oldValue,
  newValue,
  at: `${at}T10:00:00.000Z`,
});

const bottleneck = (over: Partial<BottleneckState>): BottleneckState => ({
  regionId: 1,
  status: 'gesignaleerd',
  statusSince: '2023-01-10',
  identifiedDate: '2023-01-10',
  linkedExperimentStarts: [],
  history: [],
  ...over,
});

describe('bottlenecks taken up, as the register stood on the last day of the period', () => {
  // Region 1: five bottlenecks with a history; region 2: one without any history.
  const a = bottleneck({
    status: 'opgelost binnen huidige wet',
    statusSince: '2024-09-01',
    history: [
      change('status', null, 'gesignaleerd', '2023-01-10'),
      change('status', 'gesignaleerd', 'in analyse', '2023-05-02'),
      change('status', 'in analyse', 'opgelost binnen huidige wet', '2024-09-01'),
    ],
  });
  const b = bottleneck({
    status: 'wetswijziging nodig',
    statusSince: '2024-02-01',
    history: [
      change('status', null, 'gesignaleerd', '2023-02-01'),
      change('status', 'gesignaleerd', 'wetswijziging nodig', '2024-02-01'),
    ],
  });
  const c = bottleneck({
    status: 'wetswijziging nodig',
    statusSince: '2024-06-01',
    history: [
      change('status', null, 'gesignaleerd', '2023-03-01'),
      change('status', 'gesignaleerd', 'landelijk geagendeerd', '2023-11-15'),
      change('status', 'landelijk geagendeerd', 'wetswijziging nodig', '2024-06-01'),
    ],
  });
  const d = bottleneck({
    status: 'vervallen',
    statusSince: '2023-12-01',
    identifiedDate: '2023-04-01',
    history: [
      change('status', null, 'in analyse', '2023-04-01'),
      change('status', 'in analyse', 'vervallen', '2023-12-01'),
    ],
  });
  // created in the app in 2024 with status "in analyse", identified back in 2023-02
  const e = bottleneck({
    status: 'in analyse',
    statusSince: '2024-03-05',
    identifiedDate: '2023-02-20',
    linkedExperimentStarts: ['2025-01-01'],
    history: [change('status', null, 'in analyse', '2024-03-05')],
  });
  // region 2: no history at all; current status since 2024-04-01
  const f = bottleneck({
    regionId: 2,
    status: 'landelijk geagendeerd',
    statusSince: '2024-04-01',
    identifiedDate: '2023-06-01',
  });
  const all = [a, b, c, d, e, f];

  test('2023-Q1 (31 March 2023): a, b, c and e identified; only e was in analysis', () => {
    // a gesignaleerd, b gesignaleerd, c gesignaleerd (from 1 March), e in analyse (backdated to
    // its identified date), d not yet identified; region 2 not yet identified
    const counts = bottlenecksTakenUpOn(all, '2023-03-31');
    expect(counts.get(1)).toEqual({ numerator: 1, denominator: 4 });
    expect(counts.get(2)).toBeUndefined();
  });

  test('2023-Q4: d lapsed and leaves the denominator; c on the national agenda counts', () => {
    // a in analyse ✓, b gesignaleerd ✗, c landelijk geagendeerd ✓, d vervallen (out), e in analyse ✓
    expect(bottlenecksTakenUpOn(all, '2023-12-31').get(1)).toEqual({ numerator: 3, denominator: 4 });
    // f: no history; before its status date it counts as gesignaleerd
    expect(bottlenecksTakenUpOn(all, '2023-12-31').get(2)).toEqual({ numerator: 0, denominator: 1 });
  });

  test('2024-Q2: "wetswijziging nodig" counts only after the national agenda or with a started experiment', () => {
    // a ✓, b wetswijziging nodig, never agendaed, no experiment ✗, c wetswijziging nodig after the
    // agenda ✓, e ✓ → 3 of 4
    expect(bottlenecksTakenUpOn(all, '2024-06-30').get(1)).toEqual({ numerator: 3, denominator: 4 });
    expect(bottlenecksTakenUpOn(all, '2024-06-30').get(2)).toEqual({ numerator: 1, denominator: 1 });
    // b with an experiment that started in 2024-05 counts from then on
    const b2 = { ...b, linkedExperimentStarts: ['2024-05-01'] };
    // on 30 April c is still "landelijk geagendeerd" (✓) and b2's experiment has not started (✗)
    expect(bottlenecksTakenUpOn([a, b2, c, d, e], '2024-04-30').get(1)).toEqual({
      numerator: 3,
      denominator: 4,
    });
    expect(bottlenecksTakenUpOn([a, b2, c, d, e], '2024-06-30').get(1)).toEqual({
      numerator: 4,
      denominator: 4,
    });
  });

  test('status on a day follows the history, not today’s status', () => {
    expect(bottleneckStatusOn(a, '2023-01-09')).toBeNull();
    expect(bottleneckStatusOn(a, '2023-05-01')).toBe('gesignaleerd');
    expect(bottleneckStatusOn(a, '2023-05-02')).toBe('in analyse');
    expect(bottleneckStatusOn(a, '2026-09-30')).toBe('opgelost binnen huidige wet');
  });
});

const experiment = (over: Partial<ExperimentState>): ExperimentState => ({
  regionId: 1,
  status: 'lopend',
  statusSince: '2023-02-01',
  startDate: '2023-02-01',
  endDate: null,
  outcome: null,
  history: [],
  ...over,
});

describe('experiments evaluated, as the register stood on the last day of the period', () => {
  const evaluatedLater = experiment({
    status: 'geborgd',
    statusSince: '2024-11-01',
    endDate: '2024-06-30',
    outcome: 'effectief',
    history: [
      change('status', null, 'lopend', '2023-02-01'),
      change('status', 'lopend', 'evaluatie', '2024-07-01'),
      change('status', 'evaluatie', 'geborgd', '2024-11-01'),
      change('outcome', null, 'effectief', '2024-11-01'),
    ],
  });
  // outcome "onbekend": ended, but no evaluation
  const unknownOutcome = experiment({
    status: 'gestopt',
    statusSince: '2024-03-01',
    endDate: '2024-02-29',
    outcome: 'onbekend',
    history: [
      change('status', null, 'lopend', '2023-02-01'),
      change('status', 'lopend', 'gestopt', '2024-03-01'),
      change('outcome', null, 'onbekend', '2024-03-01'),
    ],
  });
  const stillRunning = experiment({ endDate: '2026-12-31' });
  // region 2: no history; closed with an outcome since 2024-01-15
  const noHistory = experiment({
    regionId: 2,
    status: 'geborgd',
    statusSince: '2024-01-15',
    endDate: '2023-12-31',
    outcome: 'deels',
  });
  const all = [evaluatedLater, unknownOutcome, stillRunning, noHistory];

  test('2024-Q3: one ended experiment in evaluation, one with outcome "onbekend": 0 of 2 evaluated', () => {
    expect(experimentsEvaluatedOn(all, '2024-09-30').get(1)).toEqual({ numerator: 0, denominator: 2 });
    expect(experimentsEvaluatedOn(all, '2024-09-30').get(2)).toEqual({ numerator: 1, denominator: 1 });
  });

  test('2024-Q4: the evaluation recorded in November counts; "onbekend" never does', () => {
    expect(experimentsEvaluatedOn(all, '2024-12-31').get(1)).toEqual({ numerator: 1, denominator: 2 });
  });

  test('2023-Q4: nothing had ended yet; the entry without history is not ended before its status date', () => {
    expect(experimentsEvaluatedOn(all, '2023-12-31').size).toBe(0);
  });
});
