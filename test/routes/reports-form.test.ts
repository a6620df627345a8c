import { and, count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  auditLog,
  regions,
  reportComments,
  reportEvents,
  reports,
  reportValues,
  valueHistory,
} from '#db/schema';
import * as formRoute from '#app/routes/_app.regios.$region.rapportages_.$period/route';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { HARD_RULES, PART_WHOLE_RELATIONS } from '#app/domain/rules';
import { coordinatorEmail } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';
import { reportFields, valuesAsFields } from '#test/form-builders';

const db = setupTestDatabase('seeded');
type Reply = {
  result: { error?: Record<string, string[] | null> };
  conflict?: boolean;
  error: { message: string; fieldId?: string };
};

function reportOf(slug: string, period: string) {
  const region = db.select().from(regions).where(eq(regions.slug, slug)).get()!;
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.regionId, region.id), eq(reports.period, period)))
    .get()!;
}
function storedValues(reportId: number) {
  return Object.fromEntries(
    db
      .select()
      .from(reportValues)
      .where(eq(reportValues.reportId, reportId))
      .all()
      .map((v) => [v.elementCode, v.value]),
  );
}
/** Posts the month's form, by default as the region's own coordinator. */
const post = (
  slug: string,
  period: string,
  form: Record<string, string>,
  as: DemoUser | (string & {}) = coordinatorEmail(slug),
) =>
  callRoute<Reply>(formRoute, {
    url: `/regios/${slug}/rapportages/${period}`,
    as,
    params: { region: slug, period },
    form,
  });
type Page = Awaited<ReturnType<typeof formRoute.loader>>;
const open = (slug: string, period: string, as: DemoUser | (string & {})) =>
  callRoute<Page>(formRoute, {
    url: `/regios/${slug}/rapportages/${period}`,
    as,
    params: { region: slug, period },
  });
/** The stored month as its form posts it back (every value unchanged, at the stored version). */
const fieldsOf = (slug: string, period: string, intent: string) =>
  reportFields(db, reportOf(slug, period).regionId, period, intent);
/** Utrecht's October draft as seeded, before the hard-rule cases below change it. */
const ORIGINAL = storedValues(reportOf('utrecht', '2026-10').id);
const errorsOf = (res: { data: Reply }) => res.data.result.error ?? {};

describe('the report form loader', () => {
  test('Utrecht’s coordinator opens the October draft: editable, every element, last month beside it', async () => {
    const { data } = await open('utrecht', '2026-10', 'coordinatorA');
    expect(data.report.status).toBe('concept');
    expect(data.canEdit).toBe(true);
    expect(data.canSubmit).toBe(true);
    expect(data.reviewActions).toEqual([]);
    expect(Object.keys(data.previous)).toHaveLength(DATA_ELEMENTS.length);
    expect(data.due).toBe('2026-11-15');
  });

  test('another region’s coordinator gets 403; a missing month is 404', async () => {
    expect(await open('utrecht', '2026-10', 'coordinatorB')).toMatchObject({ status: 403 });
    expect(await open('utrecht', '2026-11', 'coordinatorA')).toMatchObject({ status: 404 });
  });

  test('a manager sees approve and return on a submitted report; it stays editable for them', async () => {
    const { data } = await open('foodvalley', '2026-10', 'manager');
    expect(data.reviewActions).toEqual(['approve', 'return']);
    expect(data.canEdit).toBe(true);
    expect(data.canSubmit).toBe(false);
  });
});

describe('hard rules block saving, one failing and one passing case each', () => {
  const base = () => storedValues(reportOf('utrecht', '2026-10').id);
  const save = (values: Record<string, number | null>) =>
    post('utrecht', '2026-10', {
      ...valuesAsFields(values),
      intent: 'save',
      version: String(reportOf('utrecht', '2026-10').version),
    });

  test('text that is not a number is refused at its field', async () => {
    const res = await save({ ...base() });
    expect(res.status).toBe(200);
    const bad = await post('utrecht', '2026-10', {
      ...fieldsOf('utrecht', '2026-10', 'save'),
      signals_new: 'veel',
    });
    expect(bad.status).toBe(400);
    expect(errorsOf(bad).signals_new).toEqual([
      'Nieuwe veiligheidssignalen: vul een getal in, zoals 12 of 12,5, of laat het veld leeg als het onbekend is.',
    ]);
  });

  for (const rule of HARD_RULES) {
    const cases = failingAndPassing(rule.code);
    if (!cases) continue;
    test(`${rule.code}`, async () => {
      const before = base();
      const failing = await save({ ...before, ...cases.fail(before) });
      expect(failing.status).toBe(400);
      expect(errorsOf(failing)[cases.field]?.length).toBeGreaterThan(0);
      expect(storedValues(reportOf('utrecht', '2026-10').id)).toEqual(before);
      const passing = await save({ ...before, ...cases.pass(before) });
      expect(passing.status).toBe(200);
    });
  }

  test('every hard rule has a case above (none skipped)', () => {
    expect(HARD_RULES.filter((r) => !failingAndPassing(r.code)).map((r) => r.code)).toEqual([
      'finite_number',
    ]);
  });
});

type V = Record<string, number | null>;
function failingAndPassing(code: string): { field: string; fail: (v: V) => V; pass: (v: V) => V } | null {
  if (code === 'non_negative')
    return { field: 'intakes', fail: () => ({ intakes: -1 }), pass: () => ({ intakes: 0 }) };
  if (code === 'whole_number')
    return { field: 'intakes', fail: () => ({ intakes: 2.5 }), pass: () => ({ intakes: 2 }) };
  if (code === 'max_value')
    return {
      field: 'signals_new',
      fail: () => ({ signals_new: 1e30 }),
      pass: () => ({ signals_new: 50_000 }),
    };
  if (code === 'score_range')
    return {
      field: 'client_survey_score',
      fail: () => ({ client_survey_score: 10.5 }),
      pass: () => ({ client_survey_score: 10 }),
    };
  if (code.startsWith('part_le_whole:')) {
    const key = code.split(':')[1]!;
    const rel = PART_WHOLE_RELATIONS.find((r) => (r.code ?? r.part) === key)!;
    const part = rel.part;
    const whole = (v: V) => rel.whole.reduce((s, c) => s + (v[c] ?? 0), 0);
    // Fill the whole when unknown so the rule has something to compare; what is subtracted from the
    // whole is set to 0, and a part bounded by this part minus something (reviewed ≤ filed −
    // extensions) is set to 0 so that only the rule under test can fail.
    const dependents = PART_WHOLE_RELATIONS.filter((r) => r.minus?.includes(part)).map((r) => r.part);
    const filled = (v: V): V => ({
      ...Object.fromEntries(rel.whole.map((c) => [c, v[c] ?? 10])),
      ...Object.fromEntries([...(rel.minus ?? []), ...dependents].map((c) => [c, 0])),
    });
    // Every other part/whole relation is then made to hold again, so that only the rule under test
    // decides: a part of the changed values is lowered to its bound, and where the part under test
    // has a second whole (extensions ≤ petitions and ≤ the institution's), that whole is raised.
    const repair = (values: V): V => {
      const v = { ...values };
      for (let round = 0; round < 4; round++)
        for (const r of PART_WHOLE_RELATIONS) {
          if ((r.code ?? r.part) === key) continue;
          const p = v[r.part];
          if (p == null || r.whole.some((c) => v[c] == null)) continue;
          const bound =
            r.whole.reduce((t, c) => t + v[c]!, 0) - (r.minus ?? []).reduce((t, c) => t + (v[c] ?? 0), 0);
          if (p <= bound) continue;
          if (r.part === part) v[r.whole[0]!] = v[r.whole[0]!]! + (p - bound);
          else v[r.part] = Math.max(0, bound);
        }
      return v;
    };
    return {
      field: part,
      fail: (v) => repair({ ...v, ...filled(v), [part]: whole({ ...v, ...filled(v) }) + 1 }),
      pass: (v) => repair({ ...v, ...filled(v), [part]: whole({ ...v, ...filled(v) }) }),
    };
  }
  if (code.startsWith('weight_required:')) {
    const el = code.split(':')[1]!;
    const weight = DATA_ELEMENTS.find((e) => e.code === el)!.weight!;
    return {
      field: el,
      fail: () => ({ [el]: 5, [weight]: null }),
      pass: (v) => ({ [el]: 5, [weight]: (v[weight] ?? 0) > 0 ? v[weight]! : 20 }),
    };
  }
  return null;
}

describe('versions, locks and access', () => {
  test('a save on an outdated version is refused with 409, naming who changed it; nothing is stored', async () => {
    const report = reportOf('utrecht', '2026-10');
    const before = storedValues(report.id);
    const manager = await post(
      'utrecht',
      '2026-10',
      { ...fieldsOf('utrecht', '2026-10', 'save'), intake: '' },
      'manager',
    );
    expect(manager.status).toBe(200);
    const stale = await post('utrecht', '2026-10', {
      ...valuesAsFields(before),
      intakes: '999',
      intent: 'save',
      version: String(report.version),
    });
    expect(stale.status).toBe(409);
    const reply = stale.data;
    expect(reply.conflict).toBe(true);
    expect(JSON.stringify(reply.result)).toContain('Programmamanager');
    expect(storedValues(report.id).intakes).toBe(before.intakes);
    expect(reportOf('utrecht', '2026-10').version).toBe(report.version + 1);
  });

  test('a coordinator cannot change a submitted report, nor anyone an approved one; values stay the same', async () => {
    const submitted = reportOf('foodvalley', '2026-10');
    const before = storedValues(submitted.id);
    const res = await post('foodvalley', '2026-10', {
      ...fieldsOf('foodvalley', '2026-10', 'save'),
      intakes: '1',
    });
    expect(res.status).toBe(403);
    const approved = reportOf('rotterdam-rijnmond', '2026-10');
    const beforeApproved = storedValues(approved.id);
    const res2 = await post(
      'rotterdam-rijnmond',
      '2026-10',
      { ...fieldsOf('rotterdam-rijnmond', '2026-10', 'save'), intakes: '1' },
      'manager',
    );
    expect(res2.status).toBe(403);
    expect(storedValues(submitted.id)).toEqual(before);
    expect(storedValues(approved.id)).toEqual(beforeApproved);
    expect(reportOf('rotterdam-rijnmond', '2026-10').version).toBe(approved.version);
  });

  test('a coordinator of another region is refused (403) on every action and nothing changes', async () => {
    const counts = () => ({
      audit: db.select({ n: count() }).from(auditLog).get()!.n,
      comments: db.select({ n: count() }).from(reportComments).get()!.n,
      events: db.select({ n: count() }).from(reportEvents).get()!.n,
      history: db.select({ n: count() }).from(valueHistory).get()!.n,
    });
    const before = counts();
    for (const intent of ['save', 'submit', 'approve', 'return', 'reopen', 'comment']) {
      const res = await post(
        'utrecht',
        '2026-10',
        { ...fieldsOf('utrecht', '2026-10', intent), reason: 'x', body: 'x' },
        'coordinatorB',
      );
      expect(res.status, intent).toBe(403);
    }
    expect(counts()).toEqual(before);
  });
});

describe('soft rules and the workflow', () => {
  test('the outlier rule: a draft with a far-off value saves, submitting needs an explanation', async () => {
    const report = reportOf('utrecht', '2026-10');
    const values = { ...ORIGINAL, signals_new: 5000 };
    const saved = await post('utrecht', '2026-10', {
      ...valuesAsFields(values),
      intent: 'save',
      version: String(report.version),
    });
    expect(saved.status).toBe(200);
    const v = reportOf('utrecht', '2026-10').version;
    const refused = await post('utrecht', '2026-10', {
      ...valuesAsFields(values),
      intent: 'submit',
      version: String(v),
    });
    expect(refused.status).toBe(400);
    expect(errorsOf(refused)['uitleg-outlier-signals_new']).toEqual([
      'Nieuwe veiligheidssignalen: Licht deze waarschuwing toe voordat u indient.',
    ]);
    expect(reportOf('utrecht', '2026-10').status).toBe('concept');
    // The seeded month has warnings of its own; explain them all.
    const others = Object.keys(errorsOf(refused)).filter((k) => k !== 'uitleg-outlier-signals_new');
    const ok = await post('utrecht', '2026-10', {
      ...valuesAsFields(values),
      ...Object.fromEntries(others.map((k) => [k, 'Seizoenseffect.'])),
      intent: 'submit',
      version: String(v),
      'uitleg-outlier-signals_new': 'Grote actie op scholen deze maand.',
    });
    expect(errorsOf(ok)).toEqual({});
    expect(ok.status).toBe(200);
    const after = reportOf('utrecht', '2026-10');
    expect(after.status).toBe('ingediend');
    const explanation = db.select().from(reportComments).where(eq(reportComments.reportId, report.id)).all();
    expect(explanation).toHaveLength(others.length + 1);
    expect(explanation.find((c) => c.elementCode === 'signals_new')).toMatchObject({
      ruleCode: 'outlier',
      body: 'Grote actie op scholen deze maand.',
    });
  });

  test('a manager returns only with a reason, the coordinator resubmits, the manager approves; then it is locked', async () => {
    let r = reportOf('utrecht', '2026-10');
    const noReason = await post(
      'utrecht',
      '2026-10',
      { intent: 'return', version: String(r.version), reason: ' ' },
      'manager',
    );
    expect(noReason.status).toBe(400);
    expect(noReason.data.error.message).toBe('Geef een reden op.');
    expect(
      (
        await post(
          'utrecht',
          '2026-10',
          { intent: 'return', version: String(r.version), reason: 'Klopt signalen?' },
          'manager',
        )
      ).status,
    ).toBe(200);
    r = reportOf('utrecht', '2026-10');
    expect(r.status).toBe('teruggestuurd');
    const values = { ...ORIGINAL, signals_new: 500 };
    expect(
      (
        await post('utrecht', '2026-10', {
          ...valuesAsFields(values),
          intent: 'submit',
          version: String(r.version),
        })
      ).status,
    ).toBe(200);
    r = reportOf('utrecht', '2026-10');
    expect(
      (await post('utrecht', '2026-10', { intent: 'approve', version: String(r.version) }, 'manager')).status,
    ).toBe(200);
    r = reportOf('utrecht', '2026-10');
    expect(r.status).toBe('goedgekeurd');
    const events = db
      .select()
      .from(reportEvents)
      .where(eq(reportEvents.reportId, r.id))
      .all()
      .map((e) => [e.fromStatus, e.toStatus, e.reason]);
    expect(events.slice(-4)).toEqual([
      ['concept', 'ingediend', null],
      ['ingediend', 'teruggestuurd', 'Klopt signalen?'],
      ['teruggestuurd', 'ingediend', null],
      ['ingediend', 'goedgekeurd', null],
    ]);
    const before = storedValues(r.id);
    const late = await post('utrecht', '2026-10', {
      ...valuesAsFields({ ...before, signals_new: 1 }),
      intent: 'save',
      version: String(r.version),
    });
    expect(late.status).toBe(403);
    expect(storedValues(r.id)).toEqual(before);
    const history = db
      .select()
      .from(valueHistory)
      .where(and(eq(valueHistory.reportId, r.id), eq(valueHistory.elementCode, 'signals_new')))
      .all();
    expect(history.at(-1)).toMatchObject({ oldValue: 5000, newValue: 500, source: 'form' });
  });

  test('a comment is stored and audited', async () => {
    const r = reportOf('zeeland', '2026-10');
    const res = await post('zeeland', '2026-10', { intent: 'comment', body: 'Cijfers volgen.' });
    expect(res.status).toBe(200);
    expect(db.select().from(reportComments).where(eq(reportComments.reportId, r.id)).all()).toMatchObject([
      { body: 'Cijfers volgen.', ruleCode: null },
    ]);
    expect(
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'report.comment')).get()!.n,
    ).toBe(1);
  });
});
