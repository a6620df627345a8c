import { describe, expect, test } from 'vitest';
import {
  SEED_BOTTLENECKS,
  SEED_BOTTLENECK_STATUSES,
  SEED_CLOSED_EXPERIMENT_STATUSES,
  SEED_CLOSING_BOTTLENECK_STATUSES,
  SEED_EXPERIMENTS,
  SEED_EXPERIMENT_STATUSES,
  SEED_LEGAL_FRAMEWORKS,
  SEED_OUTCOMES,
  SEED_PARTNERS,
  SEED_PRINCIPLES,
  SEED_REGION_SLUGS,
  SEED_SEVERITIES,
  SEED_THEMES,
} from './registers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const includes = (list: readonly string[], value: string) => list.includes(value);

test('keys are unique within and across both registers', () => {
  const expKeys = SEED_EXPERIMENTS.map((e) => e.key);
  const bnKeys = SEED_BOTTLENECKS.map((b) => b.key);
  expect(new Set(expKeys).size).toBe(expKeys.length);
  expect(new Set(bnKeys).size).toBe(bnKeys.length);
  expect(new Set([...expKeys, ...bnKeys]).size).toBe(expKeys.length + bnKeys.length);
});

test('every region has 3–6 experiments and 2–5 bottlenecks; totals match the brief', () => {
  const exp = countBy(SEED_EXPERIMENTS, (e) => e.region);
  const bn = countBy(SEED_BOTTLENECKS, (b) => b.region);
  for (const region of SEED_REGION_SLUGS) {
    expect(exp.get(region) ?? 0, `experiments in ${region}`).toBeGreaterThanOrEqual(3);
    expect(exp.get(region) ?? 0, `experiments in ${region}`).toBeLessThanOrEqual(6);
    expect(bn.get(region) ?? 0, `bottlenecks in ${region}`).toBeGreaterThanOrEqual(2);
    expect(bn.get(region) ?? 0, `bottlenecks in ${region}`).toBeLessThanOrEqual(5);
  }
  expect(SEED_EXPERIMENTS).toHaveLength(27);
  expect(SEED_BOTTLENECKS).toHaveLength(21);
});

test('experiment fields use only allowed values', () => {
  for (const e of SEED_EXPERIMENTS) {
    expect(includes(SEED_REGION_SLUGS, e.region), `${e.key} region`).toBe(true);
    expect(includes(SEED_EXPERIMENT_STATUSES, e.status), `${e.key} status`).toBe(true);
    expect(e.principles.length, `${e.key} principles`).toBeGreaterThan(0);
    expect(e.themes.length, `${e.key} themes`).toBeGreaterThan(0);
    expect(e.partners.length, `${e.key} partners`).toBeGreaterThan(0);
    for (const p of e.principles) expect(includes(SEED_PRINCIPLES, p), `${e.key} principle ${p}`).toBe(true);
    for (const t of e.themes) expect(includes(SEED_THEMES, t), `${e.key} theme ${t}`).toBe(true);
    for (const p of e.partners) expect(includes(SEED_PARTNERS, p), `${e.key} partner ${p}`).toBe(true);
    expect(new Set(e.principles).size, `${e.key} duplicate principles`).toBe(e.principles.length);
    expect(new Set(e.themes).size, `${e.key} duplicate themes`).toBe(e.themes.length);
    expect(new Set(e.partners).size, `${e.key} duplicate partners`).toBe(e.partners.length);
    if (e.outcome !== null) expect(includes(SEED_OUTCOMES, e.outcome), `${e.key} outcome`).toBe(true);
    for (const text of [e.title, e.hypothesis, e.description]) expect(text.trim().length).toBeGreaterThan(0);
  }
});

test('bottleneck fields use only allowed values', () => {
  for (const b of SEED_BOTTLENECKS) {
    expect(includes(SEED_REGION_SLUGS, b.region), `${b.key} region`).toBe(true);
    expect(includes(SEED_LEGAL_FRAMEWORKS, b.legalFramework), `${b.key} framework`).toBe(true);
    expect(includes(SEED_PRINCIPLES, b.principle), `${b.key} principle`).toBe(true);
    expect(includes(SEED_SEVERITIES, b.severity), `${b.key} severity`).toBe(true);
    expect(includes(SEED_BOTTLENECK_STATUSES, b.status), `${b.key} status`).toBe(true);
    for (const text of [b.title, b.description, b.article, b.proposedSolution]) {
      expect(text.trim().length, `${b.key} text`).toBeGreaterThan(0);
    }
  }
});

test('closed experiments have an outcome and 2–4 sentences of lessons; others have no lessons', () => {
  for (const e of SEED_EXPERIMENTS) {
    const closed = includes(SEED_CLOSED_EXPERIMENT_STATUSES, e.status);
    if (closed) {
      expect(e.outcome, `${e.key} outcome`).not.toBeNull();
      expect(e.lessons, `${e.key} lessons`).not.toBeNull();
      const sentences = (e.lessons ?? '').split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0);
      expect(sentences.length, `${e.key} lesson sentences`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `${e.key} lesson sentences`).toBeLessThanOrEqual(4);
      expect(e.endDate, `${e.key} endDate`).not.toBeNull();
    } else {
      expect(e.lessons, `${e.key} lessons`).toBeNull();
      if (e.status !== 'evaluatie') expect(e.outcome, `${e.key} outcome`).toBeNull();
    }
  }
});

test('experiment dates are valid ISO dates in range and end ≥ start', () => {
  for (const e of SEED_EXPERIMENTS) {
    if (e.startDate !== null) {
      expect(isValidIsoDate(e.startDate), `${e.key} startDate`).toBe(true);
      expect(e.startDate >= '2022-06-01' && e.startDate <= '2026-10-31', `${e.key} startDate range`).toBe(
        true,
      );
    }
    if (e.endDate !== null) {
      expect(isValidIsoDate(e.endDate), `${e.key} endDate`).toBe(true);
      expect(e.startDate, `${e.key} endDate without startDate`).not.toBeNull();
      expect(e.endDate >= (e.startDate ?? ''), `${e.key} end ≥ start`).toBe(true);
    }
    if (e.status === 'idee') expect(e.startDate, `${e.key} idee has no start`).toBeNull();
  }
});

test('closing bottleneck statuses have resolvedDate ≥ identifiedDate; others have none', () => {
  for (const b of SEED_BOTTLENECKS) {
    expect(isValidIsoDate(b.identifiedDate), `${b.key} identifiedDate`).toBe(true);
    expect(
      b.identifiedDate >= '2022-09-01' && b.identifiedDate <= '2026-10-15',
      `${b.key} identified range`,
    ).toBe(true);
    if (includes(SEED_CLOSING_BOTTLENECK_STATUSES, b.status)) {
      expect(b.resolvedDate, `${b.key} resolvedDate`).not.toBeNull();
      expect(isValidIsoDate(b.resolvedDate ?? ''), `${b.key} resolvedDate valid`).toBe(true);
      expect((b.resolvedDate ?? '') >= b.identifiedDate, `${b.key} resolved ≥ identified`).toBe(true);
    } else {
      expect(b.resolvedDate, `${b.key} resolvedDate`).toBeNull();
    }
  }
});

test('every bottleneckKeys entry refers to an existing bottleneck, without duplicates', () => {
  const keys = new Set(SEED_BOTTLENECKS.map((b) => b.key));
  for (const e of SEED_EXPERIMENTS) {
    expect(new Set(e.bottleneckKeys).size, `${e.key} duplicate links`).toBe(e.bottleneckKeys.length);
    for (const k of e.bottleneckKeys) expect(keys.has(k), `${e.key} → ${k}`).toBe(true);
  }
});

test('the demo spread covers every status, principle and (except wzd) legal framework', () => {
  const expStatuses = new Set(SEED_EXPERIMENTS.map((e) => e.status));
  for (const s of SEED_EXPERIMENT_STATUSES) expect(expStatuses.has(s), `experiment status ${s}`).toBe(true);

  const bnStatuses = new Set(SEED_BOTTLENECKS.map((b) => b.status));
  for (const s of SEED_BOTTLENECK_STATUSES) expect(bnStatuses.has(s), `bottleneck status ${s}`).toBe(true);

  const closed = SEED_EXPERIMENTS.filter((e) => includes(SEED_CLOSED_EXPERIMENT_STATUSES, e.status));
  expect(closed.length).toBeGreaterThanOrEqual(6);

  const expPrinciples = new Set(SEED_EXPERIMENTS.flatMap((e) => e.principles));
  const bnPrinciples = new Set(SEED_BOTTLENECKS.map((b) => b.principle));
  for (const p of SEED_PRINCIPLES) {
    expect(expPrinciples.has(p), `experiment principle ${p}`).toBe(true);
    expect(bnPrinciples.has(p), `bottleneck principle ${p}`).toBe(true);
  }

  const frameworks = new Set(SEED_BOTTLENECKS.map((b) => b.legalFramework));
  for (const f of SEED_LEGAL_FRAMEWORKS) {
    if (f !== 'wzd') expect(frameworks.has(f), `framework ${f}`).toBe(true);
  }
});

describe('register entries that fit the regions’ real plans', () => {
  const exp = (key: string) => SEED_EXPERIMENTS.find((e) => e.key === key)!;
  const bot = (key: string) => SEED_BOTTLENECKS.find((b) => b.key === key)!;

  test('JeugdLink started in Ede only; Zeeland’s one-plan trial runs in three municipalities', () => {
    const jeugdlink = exp('foodvalley-jeugdlink-team');
    expect(jeugdlink.title).toBe('JeugdLink: één team voor veiligheidsvragen, gestart in Ede');
    expect(jeugdlink.description).toContain('JeugdLink is gestart in Ede');
    expect(`${jeugdlink.description} ${jeugdlink.lessons}`).not.toContain('zeven gemeenten');
    expect(exp('zeeland-een-plan').description).toContain('in drie Zeeuwse gemeenten (de proef)');
  });

  test('the independent-review bottleneck follows the 2024 policy response; legal aid names the 2023 pilot', () => {
    expect(bot('utrecht-toets-voor-verzoekschrift').proposedSolution).toContain('beleidsreactie van 2024');
    expect(bot('utrecht-rechtsbijstand').proposedSolution).toContain(
      'landelijke pilot kosteloze rechtsbijstand voor ouders van 2023',
    );
  });
});
