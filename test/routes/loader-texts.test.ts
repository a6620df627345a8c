/**
 * The catalogues' long texts (the elements' help, the indicators' explanations and sources, the
 * definitions' change log) are not in the browser's JavaScript (issue 26): the pages that show them
 * get them from their loader, in the user's language, and exactly those they show.
 */
import { describe, expect, test } from 'vitest';
import * as helpRoute from '#app/routes/_app.help/route';
import * as indicatorRoute from '#app/routes/_app.indicatoren.$indicator/route';
import * as formRoute from '#app/routes/_app.regios.$region.rapportages_.$period/route';
import * as listRoute from '#app/routes/_app.regios.$region.rapportages/route';
import { DATA_ELEMENTS, ELEMENT_CODES, SECTIONS } from '#app/domain/catalogue';
import { CLIENT_RATING_RETIRED_FROM, DEFINITION_CHANGES } from '#app/domain/definition-changes';
import { ELEMENT_HELP, SECTION_HELP } from '#app/domain/element-help.server';
import { INDICATORS } from '#app/domain/indicators';
import { INDICATOR_TEXTS } from '#app/domain/indicator-texts.server';
import { langCookie } from '#app/utils/lang.server';
import { callRoute } from '#test/call-route';
import { setToday } from '#test/clock';
import { setupTestDatabase } from '#test/db';

setupTestDatabase('seeded');
const english = async () => (await langCookie.serialize('en')).split(';')[0];
type HelpPage = Awaited<ReturnType<typeof helpRoute.loader>>;
type FormPage = Awaited<ReturnType<typeof formRoute.loader>>;
const openForm = (slug: string, period: string, as: string, cookie?: string) =>
  callRoute<FormPage>(formRoute, {
    url: `/regios/${slug}/rapportages/${period}`,
    as,
    params: { region: slug, period },
    cookie,
  });

describe('the help page’s loader', () => {
  test('sends every indicator’s texts, every entered element’s help and the change log, in Dutch by default', async () => {
    const { status, data } = await callRoute<HelpPage>(helpRoute, { url: '/help', as: 'reviewer' });
    expect(status).toBe(200);
    expect(Object.keys(data)).toEqual(['indicatorTexts', 'elementHelp', 'changes']);
    expect(Object.keys(data.indicatorTexts)).toEqual(INDICATORS.map((i) => i.code));
    expect(data.indicatorTexts.triage_on_time).toEqual({
      explanation: INDICATOR_TEXTS.triage_on_time!.explanation.nl,
      source: INDICATOR_TEXTS.triage_on_time!.source.nl,
    });
    expect(Object.keys(data.elementHelp)).toEqual([...ELEMENT_CODES]);
    expect(data.elementHelp.signals_new).toBe(ELEMENT_HELP.signals_new!.nl);
    expect(data.changes).toHaveLength(DEFINITION_CHANGES.length);
    expect(Object.keys(data.changes[0]!)).toEqual(['key', 'name', 'since', 'what', 'why', 'storedMonths']);
    expect(data.changes[0]!.what).toBe(DEFINITION_CHANGES[0]!.what.nl);
  });

  test('in English for a user who chose English', async () => {
    const { data } = await callRoute<HelpPage>(helpRoute, {
      url: '/help',
      as: 'manager',
      cookie: await english(),
    });
    expect(data.elementHelp.fte_filled).toBe(ELEMENT_HELP.fte_filled!.en);
    expect(data.indicatorTexts.caseload!.source).toBe(INDICATOR_TEXTS.caseload!.source.en);
    expect(data.changes.map((c) => c.storedMonths)).toEqual(DEFINITION_CHANGES.map((c) => c.storedMonths.en));
  });

  test('a signed-out visitor gets no texts but the login', async () => {
    const res = await callRoute(helpRoute, { url: '/help' });
    expect(res.status).toBe(302);
  });
});

describe('an indicator’s page', () => {
  test('sends that indicator’s explanation and source only, in the user’s language', async () => {
    const open = async (cookie?: string) =>
      (
        await callRoute<Awaited<ReturnType<typeof indicatorRoute.loader>>>(indicatorRoute, {
          url: '/indicatoren/triage_on_time?period=2026-Q3',
          as: 'manager',
          params: { indicator: 'triage_on_time' },
          cookie,
        })
      ).data;
    expect((await open()).texts).toEqual({
      explanation: INDICATOR_TEXTS.triage_on_time!.explanation.nl,
      source: INDICATOR_TEXTS.triage_on_time!.source.nl,
    });
    expect((await open(await english())).texts).toEqual({
      explanation: INDICATOR_TEXTS.triage_on_time!.explanation.en,
      source: INDICATOR_TEXTS.triage_on_time!.source.en,
    });
  });
});

describe('the report form’s loader', () => {
  test('sends the help text of each element the month asks and of each section, in the user’s language', async () => {
    const { status, data } = await openForm('utrecht', '2026-10', 'coordinatorA');
    expect(status).toBe(200);
    expect(Object.keys(data.help)).toEqual(DATA_ELEMENTS.map((e) => e.code));
    expect(data.help.triage_simple).toBe(ELEMENT_HELP.triage_simple!.nl);
    expect(Object.keys(data.sectionHelp)).toEqual(SECTIONS.map((s) => s.code));
    expect(data.sectionHelp.legal).toBe(SECTION_HELP.legal.nl);
    const en = await openForm('utrecht', '2026-10', 'coordinatorA', await english());
    expect(en.data.help.triage_simple).toBe(ELEMENT_HELP.triage_simple!.en);
    expect(en.data.sectionHelp.workforce).toBe(SECTION_HELP.workforce.en);
  });

  test('a month that no longer asks a retired element gets no help text for it', async () => {
    setToday('2027-01-05');
    const retired = DATA_ELEMENTS.filter((e) => e.retiredFrom === CLIENT_RATING_RETIRED_FROM);
    expect(retired).toHaveLength(2);
    const started = await callRoute(listRoute, {
      url: '/regios/utrecht/rapportages',
      as: 'coordinatorA',
      params: { region: 'utrecht' },
      form: { intent: 'start', period: '2026-12' },
    });
    expect(started.status).toBe(200);
    const { data } = await openForm('utrecht', '2026-12', 'coordinatorA');
    expect(Object.keys(data.help)).toHaveLength(DATA_ELEMENTS.length - 2);
    for (const e of retired) expect(data.help).not.toHaveProperty(e.code);
  });
});
