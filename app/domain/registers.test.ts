import { describe, expect, test } from 'vitest';
import { setToday } from '#test/clock';
import { INDICATORS } from './indicators';
import {
  bottleneckAgeDays,
  bottleneckSchema,
  experimentSchema,
  LINKABLE_INDICATOR_CODES,
  todayIso,
} from './registers';
import {
  BOTTLENECK_MOVES,
  BOTTLENECK_STATUSES,
  canMoveBottleneck,
  canMoveExperiment,
  EXPERIMENT_MOVES,
  EXPERIMENT_STATUSES,
} from './register-codes';

const validExperiment = {
  regionId: '1',
  title: 'Eén plan per gezin',
  principles: ['family'],
  status: 'lopend',
  startDate: '2026-01-01',
};
const validBottleneck = {
  regionId: '1',
  title: 'Gegevensdeling tussen partners',
  legalFramework: 'avg',
  principle: 'simple',
  severity: 'hoog',
  status: 'gesignaleerd',
  identifiedDate: '2026-02-01',
};

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('code lists', () => {
  test('every move leads to a known status and never to itself', () => {
    for (const [from, tos] of Object.entries(EXPERIMENT_MOVES))
      for (const to of tos) {
        expect(EXPERIMENT_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    for (const [from, tos] of Object.entries(BOTTLENECK_MOVES))
      for (const to of tos) {
        expect(BOTTLENECK_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
  });
});

describe('status moves', () => {
  test('an experiment moves one step forward, can stop, and cannot skip to geborgd', () => {
    expect(canMoveExperiment('idee', 'voorbereiding')).toBe(true);
    expect(canMoveExperiment('lopend', 'evaluatie')).toBe(true);
    expect(canMoveExperiment('evaluatie', 'geborgd')).toBe(true);
    expect(canMoveExperiment('lopend', 'gestopt')).toBe(true);
    expect(canMoveExperiment('idee', 'geborgd')).toBe(false);
    expect(canMoveExperiment('lopend', 'geborgd')).toBe(false);
    expect(canMoveExperiment('geborgd', 'idee')).toBe(false);
    expect(canMoveExperiment('lopend', 'lopend')).toBe(true);
  });

  test('a bottleneck is analysed before a conclusion and can always lapse', () => {
    expect(canMoveBottleneck('gesignaleerd', 'in analyse')).toBe(true);
    expect(canMoveBottleneck('gesignaleerd', 'wetswijziging nodig')).toBe(false);
    expect(canMoveBottleneck('landelijk geagendeerd', 'experimenteerwet nodig')).toBe(true);
    for (const s of BOTTLENECK_STATUSES)
      if (s !== 'vervallen' && s !== 'opgelost binnen huidige wet')
        expect(canMoveBottleneck(s, 'vervallen')).toBe(true);
  });
});

describe('experiment schema', () => {
  test('accepts a minimal experiment and trims the title', () => {
    const r = experimentSchema('nl').safeParse({ ...validExperiment, title: '  Eén plan per gezin ' });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      title: 'Eén plan per gezin',
      themes: [],
      partners: [],
      lessons: '',
      bottleneckIds: [],
    });
  });

  test('refuses a short title, no principle and an end before the start, in Dutch', () => {
    const r = experimentSchema('nl').safeParse({
      ...validExperiment,
      title: 'ab',
      principles: [],
      endDate: '2025-12-31',
    });
    expect(errorsOf(r)).toEqual({
      title: 'Geef een titel van 3 tot 200 tekens.',
      principles: 'Kies minstens één basisprincipe.',
      endDate: 'De einddatum mag niet vóór de startdatum liggen.',
    });
  });

  test('keeps the indicators it aims to move once each, and refuses codes outside the catalogue', () => {
    const ok = experimentSchema('nl').safeParse({
      ...validExperiment,
      indicators: ['one_plan', 'recurrence_after_closure', 'one_plan'],
    });
    expect(ok.data?.indicators).toEqual(['one_plan', 'recurrence_after_closure']);
    expect(experimentSchema('nl').safeParse(validExperiment).data?.indicators).toEqual([]);
    for (const [lang, message] of [
      [
        'nl',
        'Kies de indicatoren uit de lijst van de monitor (tellingen van de registers horen daar niet bij).',
      ],
      ['en', 'Choose the indicators from the monitor’s list (the registers’ own counts are not among them).'],
    ] as const) {
      const bad = experimentSchema(lang).safeParse({
        ...validExperiment,
        indicators: ['one_plan', 'no_such_indicator'],
      });
      expect(errorsOf(bad)).toEqual({ 'indicators.1': message });
    }
    // the registers' own counts cannot be an experiment's effect
    const register = experimentSchema('nl').safeParse({
      ...validExperiment,
      indicators: ['experiments_evaluated'],
    });
    expect(register.success).toBe(false);
    // linkable: every indicator of the catalogue but the registers' own counts
    for (const i of INDICATORS)
      expect(LINKABLE_INDICATOR_CODES.includes(i.code), i.code).toBe(i.formula.kind !== 'register');
  });

  test('refuses a title over 200 characters and an impossible date, in English', () => {
    const r = experimentSchema('en').safeParse({
      ...validExperiment,
      title: 'x'.repeat(201),
      startDate: '2026-02-30',
    });
    expect(errorsOf(r)).toEqual({
      title: 'Enter a title of 3 to 200 characters.',
      startDate: 'Enter a valid date, for example 2026-03-01.',
    });
  });

  test('closing without an evaluation needs both outcome and lessons', () => {
    const r = experimentSchema('nl').safeParse({ ...validExperiment, status: 'geborgd' });
    expect(errorsOf(r)).toEqual({
      outcome: 'Een experiment afsluiten (geborgd of gestopt) kan pas na de evaluatie: kies de uitkomst.',
      lessons:
        'Een experiment afsluiten (geborgd of gestopt) kan pas na de evaluatie: beschrijf de geleerde lessen.',
    });
    const ok = experimentSchema('nl').safeParse({
      ...validExperiment,
      status: 'gestopt',
      outcome: 'niet effectief',
      lessons: 'Het werkte niet zonder de GI.',
    });
    expect(ok.success).toBe(true);
  });

  test('refuses codes that are not in the lists', () => {
    const r = experimentSchema('nl').safeParse({ ...validExperiment, principles: ['fun'], themes: ['x'] });
    expect(errorsOf(r)).toEqual({
      'principles.0': 'Kies een waarde uit de lijst.',
      'themes.0': 'Kies een waarde uit de lijst.',
    });
  });
});

describe('bottleneck schema', () => {
  test('a closing status needs a resolved date not before the identified date', () => {
    const none = bottleneckSchema('nl').safeParse({ ...validBottleneck, status: 'vervallen' });
    expect(errorsOf(none)).toEqual({
      resolvedDate: 'Bij de status "Vervallen" hoort een datum van afhandeling.',
    });
    const early = bottleneckSchema('en').safeParse({
      ...validBottleneck,
      status: 'opgelost binnen huidige wet',
      resolvedDate: '2026-01-31',
    });
    expect(errorsOf(early)).toEqual({
      resolvedDate: 'The resolved date cannot be before the date identified.',
    });
    const ok = bottleneckSchema('nl').safeParse({
      ...validBottleneck,
      status: 'vervallen',
      resolvedDate: '2026-02-01',
    });
    expect(ok.success).toBe(true);
  });

  test('the identified date, framework, principle and severity are required', () => {
    const r = bottleneckSchema('nl').safeParse({
      regionId: '1',
      title: 'Een knelpunt',
      status: 'gesignaleerd',
    });
    expect(Object.keys(errorsOf(r)).sort()).toEqual([
      'identifiedDate',
      'legalFramework',
      'principle',
      'severity',
    ]);
  });
});

describe('dates and age', () => {
  test('only real calendar dates written YYYY-MM-DD pass, with the translated message otherwise', () => {
    const identified = (lang: 'nl' | 'en', identifiedDate: string) =>
      errorsOf(bottleneckSchema(lang).safeParse({ ...validBottleneck, identifiedDate })).identifiedDate;
    expect(identified('nl', '2024-02-29')).toBeUndefined();
    expect(
      bottleneckSchema('nl').safeParse({ ...validBottleneck, identifiedDate: ' 2026-03-01 ' }).data
        ?.identifiedDate,
    ).toBe('2026-03-01');
    for (const bad of ['2023-02-29', '2026-02-30', '1-2-2024', '2026-13-01'])
      expect(identified('nl', bad)).toBe('Vul een geldige datum in, bijvoorbeeld 2026-03-01.');
    expect(identified('en', '2023-02-29')).toBe('Enter a valid date, for example 2026-03-01.');
  });

  test('a date outside 2015 to next year (0000-01-01, 9999-12-31) is refused with the window in the message', () => {
    setToday(); // November 2026: 2015 to 2027
    const identified = (identifiedDate: string) =>
      errorsOf(bottleneckSchema('nl').safeParse({ ...validBottleneck, identifiedDate })).identifiedDate;
    for (const bad of ['0000-01-01', '2014-12-31', '2028-01-01', '9999-12-31'])
      expect(identified(bad), bad).toBe('Kies een datum in de jaren 2015 tot en met 2027.');
    expect([identified('2015-01-01'), identified('2027-12-31')]).toEqual([undefined, undefined]);
  });

  test('an end date before the start is refused, but not when a date is no date at all', () => {
    const errors = (patch: object) =>
      errorsOf(experimentSchema('nl').safeParse({ ...validExperiment, ...patch }));
    expect(errors({ endDate: '2025-12-31' }).endDate).toBe(
      'De einddatum mag niet vóór de startdatum liggen.',
    );
    expect(errors({ endDate: '2026-02-30' }).endDate).toBe(
      'Vul een geldige datum in, bijvoorbeeld 2026-03-01.',
    );
    expect(errors({ startDate: '2026-13-01', endDate: '2025-12-31' })).toEqual({
      startDate: 'Vul een geldige datum in, bijvoorbeeld 2026-03-01.',
    });
  });

  test('an open bottleneck ages until today, a closed one until its resolved date', () => {
    expect(
      bottleneckAgeDays(
        { identifiedDate: '2026-01-01', resolvedDate: null, status: 'in analyse' },
        '2026-03-01',
      ),
    ).toBe(59);
    expect(
      bottleneckAgeDays(
        { identifiedDate: '2026-01-01', resolvedDate: '2026-01-11', status: 'vervallen' },
        '2026-03-01',
      ),
    ).toBe(10);
  });

  test('today is the Dutch calendar day', () => {
    expect(todayIso(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
  });
});
