/**
 * A third register is a definition, a table and its route files: the list (filters, search, sorts),
 * one entry with its linked entries, create and update with history, and the links to another
 * register all come from the generic store (registerStore in app/models/registers.server.ts). This
 * test defines a register "afspraken" that exists nowhere in the app (its definition here, its
 * tables created in the test's database) linked to the experiments, and uses only generic code.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, test } from 'vitest';
import { experiments, registerHistory, regions, users } from '#db/schema';
import type { RegisterDefinition, RegisterEntity } from '#app/domain/register-definitions';
import {
  EXPERIMENT_STATUS_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  THEME_LABELS,
  THEMES,
} from '#app/domain/register-codes';
import type { RegisterField } from '#app/domain/register-fields';
import { parseRegisterFilters } from '#app/domain/register-filters';
import { experimentStore } from '#app/models/experiments.server';
import { registerLink, registerStore } from '#app/models/registers.server';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';

const db = setupTestDatabase('seeded');

// ── The register's tables (as its migration would create them) ──────────────
db.$client.exec(`
  create table agreements (
    id integer primary key autoincrement,
    region_id integer not null references regions(id),
    title text not null,
    note text,
    priority text,
    themes text not null default '[]',
    status text not null default 'open',
    status_since text not null,
    version integer not null default 1,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by integer references users(id),
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by integer references users(id)
  );
  create table agreement_experiments (
    agreement_id integer not null references agreements(id) on delete cascade,
    experiment_id integer not null references experiments(id) on delete cascade,
    primary key (agreement_id, experiment_id)
  );
`);
const agreements = sqliteTable('agreements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  regionId: integer('region_id').notNull(),
  title: text('title').notNull(),
  note: text('note'),
  priority: text('priority'),
  themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
  status: text('status').notNull().default('open'),
  statusSince: text('status_since').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  createdBy: integer('created_by'),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedBy: integer('updated_by'),
});
const agreementExperiments = sqliteTable('agreement_experiments', {
  agreementId: integer('agreement_id').notNull(),
  experimentId: integer('experiment_id').notNull(),
});

// ── Its definition (what docs/how-to.md "A new register" writes in the domain) ──
const STATUSES = ['open', 'afgerond'] as const;
const STATUS_LABELS = { open: { nl: 'open', en: 'open' }, afgerond: { nl: 'afgerond', en: 'done' } };
const FIELDS = [
  { name: 'regionId', kind: 'region', label: 'fieldRegion' },
  { name: 'title', kind: 'title', label: 'fieldTitle' },
  { name: 'note', kind: 'longText', label: 'fieldDescription', max: 500, rows: 3, emptyIsNull: true },
  {
    name: 'priority',
    kind: 'code',
    label: 'fieldSeverity',
    codes: SEVERITIES,
    labels: SEVERITY_LABELS,
    empty: 'notSet',
  },
  { name: 'themes', kind: 'codes', label: 'fieldThemes', codes: THEMES, labels: THEME_LABELS },
  { name: 'status', kind: 'status', label: 'fieldStatus', codes: STATUSES, labels: STATUS_LABELS },
  { name: 'statusSince', kind: 'statusSince', label: 'fieldStatusSince' },
  { name: 'experimentIds', kind: 'links', label: 'fieldExperiments' },
] as const satisfies readonly RegisterField[];

const AGREEMENT = 'agreement' as RegisterEntity; // a real register adds its entity to REGISTER_ENTITIES
const AGREEMENT_REGISTER = {
  entity: AGREEMENT,
  page: 'experiments',
  href: '/afspraken',
  csvFile: 'afspraken.csv',
  formId: 'agreement-form',
  keys: { list: 'agreements', entry: 'agreement' },
  fields: FIELDS,
  statuses: STATUSES,
  initialStatus: 'open',
  statusLabels: STATUS_LABELS,
  moves: { open: ['afgerond'], afgerond: ['open'] },
  filters: {
    codes: [
      { name: 'status', field: 'status', label: 'fieldStatus', codes: STATUSES, labels: STATUS_LABELS },
      {
        name: 'priority',
        field: 'priority',
        label: 'fieldSeverity',
        codes: SEVERITIES,
        labels: SEVERITY_LABELS,
      },
      { name: 'theme', field: 'themes', label: 'fieldThemes', codes: THEMES, labels: THEME_LABELS },
    ],
    sorts: { title: 'fieldTitle', region: 'fieldRegion', urgency: 'fieldSeverity' },
    sortBy: { urgency: 'priority' },
    search: ['title', 'note'],
  },
  list: { columns: ['regionId', 'status', 'priority'], links: [] },
  link: {
    field: 'experimentIds',
    entries: 'experiments',
    other: { entity: 'experiment', href: '/experimenten', statusLabels: EXPERIMENT_STATUS_LABELS },
  },
  texts: {
    title: 'expTitle',
    intro: 'expIntro',
    new: 'expNew',
    count: 'expCount',
    none: 'expNone',
    createTitle: 'expCreateTitle',
    editTitle: 'expEditTitle',
  },
} as const satisfies RegisterDefinition;

// ── Its store: the generic one, given its table and its link ────────────────
const LINK = registerLink(
  agreementExperiments,
  { entity: AGREEMENT, table: agreements, column: 'agreementId', field: 'agreementIds' },
  { entity: 'experiment', table: experiments, column: 'experimentId', field: 'experimentIds' },
);
const store = registerStore(AGREEMENT_REGISTER, { table: agreements, link: LINK[AGREEMENT] });

const regionId = (slug: string) => db.select().from(regions).where(eq(regions.slug, slug)).get()!.id;
const userId = db.select({ id: users.id }).from(users).orderBy(asc(users.id)).get()!.id;
const [exp1, exp2] = db
  .select({ id: experiments.id, title: experiments.title })
  .from(experiments)
  .orderBy(asc(experiments.id))
  .limit(2)
  .all();
const filters = (query: string) =>
  parseRegisterFilters(AGREEMENT_REGISTER.filters, new URLSearchParams(query));

function create(input: Record<string, unknown>) {
  return store.create({
    input: { status: 'open', note: '', priority: undefined, themes: [], experimentIds: [], ...input },
    userId,
  });
}

const a = create({
  regionId: regionId('utrecht'),
  title: 'Gezamenlijke intake met het wijkteam',
  note: 'Afspraak over de warme overdracht',
  priority: 'hoog',
  themes: ['local_team'],
  experimentIds: [exp1.id],
});
const b = create({
  regionId: regionId('zeeland'),
  title: 'Betere terugkoppeling aan verwijzers',
  priority: 'laag',
  themes: [],
  experimentIds: [exp1.id, exp2.id],
});
const c = create({ regionId: regionId('utrecht'), title: 'Casusoverleg eens per maand' });

describe('a third register from its definition and the generic store', () => {
  test('list: every entry with its region, sorted by title by default', () => {
    const rows = store.list(filters(''));
    expect(rows.map((r) => r.id)).toEqual([b, c, a]); // Betere, Casusoverleg, Gezamenlijke
    expect(rows.find((r) => r.id === a)).toMatchObject({
      regionName: 'Utrecht',
      regionSlug: 'utrecht',
      status: 'open',
      priority: 'hoog',
      themes: ['local_team'],
      note: 'Afspraak over de warme overdracht',
    });
    expect(rows.find((r) => r.id === c)!.note).toBeNull(); // an empty note is unknown
  });

  test('filter: region, a code, a list of codes, and text search, each from the definition', () => {
    const ids = (q: string) => store.list(filters(q)).map((r) => r.id);
    expect(ids('region=utrecht')).toEqual([c, a]);
    expect(ids('priority=laag')).toEqual([b]);
    expect(ids('theme=local_team')).toEqual([a]);
    expect(ids('q=warme')).toEqual([a]); // found in the note
    expect(ids('q=verwijzers&region=utrecht')).toEqual([]);
    expect(ids('priority=onbekend')).toEqual([b, c, a]); // not a code of the list: the filter is off
  });

  test('sort: a code list in its list order (laag before hoog, unknown last), the regions in their order', () => {
    expect(store.list(filters('sort=urgency')).map((r) => r.id)).toEqual([b, a, c]);
    expect(store.list(filters('sort=urgency&dir=desc')).map((r) => r.id)).toEqual([c, a, b]);
    const regionOrder = store.list(filters('sort=region')).map((r) => r.regionSlug);
    const order = db
      .select()
      .from(regions)
      .orderBy(asc(regions.sortOrder))
      .all()
      .map((r) => r.slug);
    expect(regionOrder).toEqual([...regionOrder].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    expect(new Set(regionOrder)).toEqual(new Set(['utrecht', 'zeeland']));
  });

  test('find: the entry with its region and its linked experiments; none for an unknown id', () => {
    const entry = store.find(b)!;
    expect(entry).toMatchObject({
      id: b,
      title: 'Betere terugkoppeling aan verwijzers',
      regionName: 'Zeeland',
    });
    expect(entry.experiments.map((e) => e.id).sort()).toEqual([exp1.id, exp2.id].sort());
    expect(store.find(999_999)).toBeUndefined();
  });

  test('link: both sides see it, the choices are the other register, and an edit replaces the links', () => {
    setToday('2026-11-10');
    expect(store.linkOptions!().length).toBe(db.select().from(experiments).all().length);
    const linked = () =>
      db
        .select()
        .from(agreementExperiments)
        .all()
        .map((l) => `${l.agreementId}-${l.experimentId}`)
        .sort();
    expect(linked()).toEqual([`${a}-${exp1.id}`, `${b}-${exp1.id}`, `${b}-${exp2.id}`].sort());

    const before = store.find(a)!;
    const changed = store.update({
      id: a,
      version: before.version,
      input: { ...before, note: before.note ?? '', status: 'afgerond', experimentIds: [exp2.id] },
      userId,
    });
    expect(changed.sort()).toEqual(['experimentIds', 'status']);
    expect(store.find(a)!.experiments.map((e) => e.id)).toEqual([exp2.id]);
    expect(store.find(a)).toMatchObject({ status: 'afgerond', statusSince: '2026-11-10', version: 2 });
    expect(linked()).toEqual([`${a}-${exp2.id}`, `${b}-${exp1.id}`, `${b}-${exp2.id}`].sort());
    // the experiments' own link (experiment_bottlenecks) is untouched by this register's
    const bottleneckLinks = db.$client
      .prepare('select count(*) as n from experiment_bottlenecks where experiment_id = ?')
      .get(exp2.id) as { n: number };
    expect(experimentStore.find(exp2.id)!.bottlenecks.length).toBe(bottleneckLinks.n);
  });

  test('history: the create and the edit, the links shown as the experiments’ titles', () => {
    const rows = db
      .select()
      .from(registerHistory)
      .where(sql`${registerHistory.entityType} = ${AGREEMENT} and ${registerHistory.entityId} = ${a}`)
      .all();
    expect(rows.filter((r) => r.field === 'status').map((r) => [r.oldValue, r.newValue])).toEqual([
      [null, 'open'],
      ['open', 'afgerond'],
    ]);
    const shown = store.history(a).filter((h) => h.field === 'experimentIds');
    expect(shown.map((h) => [h.oldValue, h.newValue])).toEqual([
      [null, exp1.title],
      [exp1.title, exp2.title],
    ]);
  });
});
