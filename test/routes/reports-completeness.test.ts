import { describe, expect, test } from 'vitest';
import * as completeness from '#app/routes/_app.volledigheid/route';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';

setupTestDatabase('seeded');
type Data = Awaited<ReturnType<typeof completeness.loader>>;
const page = async (as: 'manager' | 'coordinatorA') =>
  (await callRoute<Data>(completeness, { url: URL_12, as })).data;
const URL_12 = '/volledigheid?from=2025-11&to=2026-10';

describe('the completeness matrix', () => {
  test('a manager sees every region with the seeded October statuses', async () => {
    const data = await page('manager');
    expect(data.periods).toHaveLength(12);
    const october = Object.fromEntries(
      data.matrix.map((r) => [r.region.slug, [r.cells.at(-1)!.status, r.cells.at(-1)!.state]]),
    );
    expect(october).toEqual({
      'amsterdam-amstelland': ['goedgekeurd', 'approved'],
      foodvalley: ['ingediend', 'submitted'],
      'rotterdam-rijnmond': ['goedgekeurd', 'approved'],
      utrecht: ['concept', 'missing'],
      zeeland: ['ingediend', 'submitted'],
      'west-brabant-west': ['concept', 'missing'],
    });
    const counts = Object.fromEntries(
      data.matrix.map((r) => [r.region.slug, [r.expected, r.submitted, r.approved]]),
    );
    expect(counts).toEqual({
      'amsterdam-amstelland': [12, 12, 12],
      foodvalley: [12, 12, 11],
      'rotterdam-rijnmond': [12, 12, 12],
      utrecht: [12, 11, 11],
      zeeland: [12, 12, 11],
      'west-brabant-west': [12, 11, 11],
    });
    expect(data.total).toMatchObject({ expected: 72, submitted: 70, approved: 68 });
    expect(data.total.rates.submitted).toBeCloseTo(70 / 72, 10);
    for (const r of [...data.matrix.map((m) => m.rates), data.total.rates])
      for (const v of Object.values(r)) expect(v === null || (v >= 0 && v <= 1)).toBe(true);
    const onTime = data.matrix.map((r) => r.onTime);
    onTime.forEach((n, i) => expect(n).toBeLessThanOrEqual(data.matrix[i]!.submitted));
  });

  test('a coordinator sees only their own row', async () => {
    const data = await page('coordinatorA');
    expect(data.matrix.map((r) => r.region.slug)).toEqual(['utrecht']);
  });

  test('reviewers and admins are refused', async () => {
    for (const as of ['reviewer', 'admin'] as const)
      expect((await callRoute(completeness, { url: URL_12, as })).status, as).toBe(403);
  });
});
