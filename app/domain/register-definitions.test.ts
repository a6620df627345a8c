import { describe, expect, test } from 'vitest';
import {
  allowedStatuses,
  ALL_REGISTER_FIELDS,
  BOTTLENECK_REGISTER,
  canMoveStatus,
  EXPERIMENT_REGISTER,
  listColumns,
  REGISTERS,
} from './register-definitions';
import {
  BOTTLENECK_STATUSES,
  canMoveBottleneck,
  canMoveExperiment,
  EXPERIMENT_STATUSES,
  REGISTER_ENTITIES,
} from './register-codes';
import { parseRegisterFilters } from './register-filters';

describe.each(REGISTERS.map((r) => [r.entity, r] as const))('the %s register definition', (_, register) => {
  test('its statuses are its status field’s codes, and every status has its moves and a label', () => {
    const status = register.fields.find((f) => f.kind === 'status');
    expect(status && 'codes' in status ? status.codes : null).toEqual(register.statuses);
    expect(Object.keys(register.moves).sort()).toEqual([...register.statuses].sort());
    expect(Object.keys(register.statusLabels).sort()).toEqual([...register.statuses].sort());
    for (const to of Object.values(register.moves).flat()) expect(register.statuses).toContain(to);
    expect(register.statuses).toContain(register.initialStatus);
  });

  test('its list columns and its link field are fields of its list', () => {
    expect(listColumns(register).map((f) => f.name)).toEqual(register.list.columns);
    expect(register.fields.find((f) => f.name === register.link?.field)?.kind).toBe('links');
  });

  test('its addresses follow its list address, and its sort starts with the title', () => {
    expect(register.csvFile).toBe(`${register.href.slice(1)}.csv`);
    expect(Object.keys(register.filters.sorts)[0]).toBe('title');
    expect(REGISTER_ENTITIES).toContain(register.entity);
  });
});

describe('the registers together', () => {
  test('each links to the other, and no two share an address, a form id or a loader key', () => {
    expect(EXPERIMENT_REGISTER.link.other.entity).toBe(BOTTLENECK_REGISTER.entity);
    expect(BOTTLENECK_REGISTER.link.other.entity).toBe(EXPERIMENT_REGISTER.entity);
    expect(EXPERIMENT_REGISTER.link.other.href).toBe(BOTTLENECK_REGISTER.href);
    expect(BOTTLENECK_REGISTER.link.other.href).toBe(EXPERIMENT_REGISTER.href);
    for (const pick of [
      (r: (typeof REGISTERS)[number]) => r.href,
      (r: (typeof REGISTERS)[number]) => r.formId,
      (r: (typeof REGISTERS)[number]) => r.keys.list,
      (r: (typeof REGISTERS)[number]) => r.keys.entry,
    ])
      expect(new Set(REGISTERS.map(pick)).size).toBe(REGISTERS.length);
  });

  test('the history knows every field of every register (15 of experiments, 14 of bottlenecks)', () => {
    expect(ALL_REGISTER_FIELDS).toHaveLength(
      EXPERIMENT_REGISTER.fields.length + BOTTLENECK_REGISTER.fields.length,
    );
    expect([EXPERIMENT_REGISTER.fields.length, BOTTLENECK_REGISTER.fields.length]).toEqual([15, 14]);
  });
});

describe('status moves from the definition', () => {
  test('the same answers as canMoveExperiment and canMoveBottleneck, for every pair', () => {
    for (const from of EXPERIMENT_STATUSES)
      for (const to of EXPERIMENT_STATUSES)
        expect(canMoveStatus(EXPERIMENT_REGISTER, from, to), `${from} → ${to}`).toBe(
          canMoveExperiment(from, to),
        );
    for (const from of BOTTLENECK_STATUSES)
      for (const to of BOTTLENECK_STATUSES)
        expect(canMoveStatus(BOTTLENECK_REGISTER, from, to), `${from} → ${to}`).toBe(
          canMoveBottleneck(from, to),
        );
  });

  test('the edit form offers the stored status first, then the allowed moves', () => {
    expect(allowedStatuses(EXPERIMENT_REGISTER, 'lopend')).toEqual(['lopend', 'evaluatie', 'gestopt']);
    expect(allowedStatuses(BOTTLENECK_REGISTER, 'vervallen')).toEqual(['vervallen', 'gesignaleerd']);
  });
});

describe('filters from the definition', () => {
  test('known codes filter, unknown ones and a made-up sort are ignored', () => {
    const params = new URLSearchParams(
      'status=lopend&principle=nope&theme=scale&sort=bogus&dir=desc&q=+gezin+',
    );
    expect(parseRegisterFilters(EXPERIMENT_REGISTER.filters, params)).toEqual({
      region: undefined,
      status: 'lopend',
      principle: undefined,
      theme: 'scale',
      partner: undefined,
      q: 'gezin',
      sort: 'title',
      dir: 'desc',
    });
    const bn = new URLSearchParams('framework=avg&severity=hoog&sort=age&region=utrecht');
    expect(parseRegisterFilters(BOTTLENECK_REGISTER.filters, bn)).toEqual({
      region: 'utrecht',
      framework: 'avg',
      status: undefined,
      severity: 'hoog',
      principle: undefined,
      q: undefined,
      sort: 'age',
      dir: 'asc',
    });
  });
});
