/**
 * Each register written once, as a definition: its fields, statuses and moves, filters and sort
 * columns, list columns, addresses, texts and the register it links to. The generic list, entry,
 * form, history and CSV modules (app/registers/*.server.ts, app/components/registers/*) read it, so a
 * register's route files only name their definition. A new register: docs/how-to.md "A new register".
 * Its form schema is in registers.ts (REGISTER_SCHEMAS), so that pages without a form load no zod.
 * Pure: no database, Remix or React (the queries of a register are its store, app/models/*.server.ts).
 */
import type { Text } from './lang';
import type { RegistersKey } from '#app/i18n/registers';
import {
  BOTTLENECK_MOVES,
  BOTTLENECK_STATUS_LABELS,
  BOTTLENECK_STATUSES,
  EXPERIMENT_MOVES,
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_STATUSES,
  type RegisterEntity,
} from './register-codes';
import { BOTTLENECK_FIELDS, EXPERIMENT_FIELDS, type RegisterField } from './register-fields';
import { BOTTLENECK_FILTERS, EXPERIMENT_FILTERS, type FilterSpec } from './register-filters';

export type { RegisterEntity };
/** The page keys of the registers (who may open them: PAGE_ROLES in app/utils/navigation.ts). */
export type RegisterPage = 'experiments' | 'bottlenecks';

export interface RegisterDefinition {
  entity: RegisterEntity;
  page: RegisterPage;
  /** The list's address; an entry is `${href}/${id}`, its form `${href}/${id}/bewerken`, a new one `${href}/nieuw`. */
  href: string;
  /** The file name of the CSV export (`/${csvFile}`). */
  csvFile: string;
  /** The id of the create and edit form. */
  formId: string;
  /** The names the loaders give the list (`experiments`) and the one entry (`experiment`). */
  keys: { list: string; entry: string };
  /** The fields, in form, page and CSV order (register-fields.ts). */
  fields: readonly RegisterField[];
  /** The statuses in pipeline order, the one a new entry starts in, their labels and the allowed moves. */
  statuses: readonly [string, ...string[]];
  initialStatus: string;
  statusLabels: Readonly<Record<string, Text>>;
  moves: Readonly<Record<string, readonly string[]>>;
  filters: FilterSpec;
  /** The columns of the list after the title (field names of `fields`), and the links above it. */
  list: { columns: readonly string[]; links: readonly { href: string; label: RegistersKey }[] };
  /**
   * The other register this one links to (none: a register without links): the links field, the
   * stored entry's list of the linked entries, and that register.
   */
  link?: {
    field: string;
    entries: string;
    other: { entity: RegisterEntity; href: string; statusLabels: Readonly<Record<string, Text>> };
    /** Offer "new entry of the other register, linked to this one" on an entry's page (its button text). */
    offerNew?: RegistersKey;
  };
  /** Fields a new entry's form starts with besides region, status and links (e.g. today's date). */
  newDefaults?: (today: string) => Record<string, string>;
  texts: {
    title: RegistersKey;
    intro: RegistersKey;
    new: RegistersKey;
    count: RegistersKey;
    none: RegistersKey;
    createTitle: RegistersKey;
    editTitle: RegistersKey;
  };
}

export const EXPERIMENT_REGISTER = {
  entity: 'experiment',
  page: 'experiments',
  href: '/experimenten',
  csvFile: 'experimenten.csv',
  formId: 'experiment-form',
  keys: { list: 'experiments', entry: 'experiment' },
  fields: EXPERIMENT_FIELDS,
  statuses: EXPERIMENT_STATUSES,
  initialStatus: 'idee',
  statusLabels: EXPERIMENT_STATUS_LABELS,
  moves: EXPERIMENT_MOVES,
  filters: EXPERIMENT_FILTERS,
  list: {
    columns: ['regionId', 'status', 'statusSince', 'startDate', 'principles'],
    links: [
      { href: '/experimenten/lessen', label: 'lessonsLink' },
      { href: '/knelpunten/overzicht', label: 'overviewLink' },
    ],
  },
  link: {
    field: 'bottleneckIds',
    entries: 'bottlenecks',
    other: { entity: 'bottleneck', href: '/knelpunten', statusLabels: BOTTLENECK_STATUS_LABELS },
    offerNew: 'bnNew',
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

export const BOTTLENECK_REGISTER = {
  entity: 'bottleneck',
  page: 'bottlenecks',
  href: '/knelpunten',
  csvFile: 'knelpunten.csv',
  formId: 'bottleneck-form',
  keys: { list: 'bottlenecks', entry: 'bottleneck' },
  fields: BOTTLENECK_FIELDS,
  statuses: BOTTLENECK_STATUSES,
  initialStatus: 'gesignaleerd',
  statusLabels: BOTTLENECK_STATUS_LABELS,
  moves: BOTTLENECK_MOVES,
  filters: BOTTLENECK_FILTERS,
  list: {
    columns: ['regionId', 'legalFramework', 'severity', 'status', 'identifiedDate', 'ageDays'],
    links: [{ href: '/knelpunten/overzicht', label: 'overviewLink' }],
  },
  link: {
    field: 'experimentIds',
    entries: 'experiments',
    other: { entity: 'experiment', href: '/experimenten', statusLabels: EXPERIMENT_STATUS_LABELS },
  },
  newDefaults: (today) => ({ identifiedDate: today }),
  texts: {
    title: 'bnTitle',
    intro: 'bnIntro',
    new: 'bnNew',
    count: 'bnCount',
    none: 'bnNone',
    createTitle: 'bnCreateTitle',
    editTitle: 'bnEditTitle',
  },
} as const satisfies RegisterDefinition;

/** Every register (a new one is added here). */
export const REGISTERS: readonly RegisterDefinition[] = [EXPERIMENT_REGISTER, BOTTLENECK_REGISTER];

/** Every register field, over all registers (the change history shows the fields of any). */
export const ALL_REGISTER_FIELDS: readonly RegisterField[] = REGISTERS.flatMap((r) => r.fields);

/** The statuses an entry in `status` may be saved with: its own, then the moves the pipeline allows. */
export function allowedStatuses(register: RegisterDefinition, status: string): string[] {
  return [status, ...(register.moves[status] ?? [])];
}

/** Staying put is always allowed; otherwise the move must be one of the pipeline's (canMoveExperiment, canMoveBottleneck). */
export function canMoveStatus(register: RegisterDefinition, from: string, to: string): boolean {
  return from === to || (register.moves[from] ?? []).includes(to);
}

/** The fields of the list's columns, in order. */
export function listColumns(register: RegisterDefinition): RegisterField[] {
  return register.list.columns.map((name) => {
    const field = register.fields.find((f) => f.name === name);
    if (!field) throw new Error(`${register.entity}: list column ${name} is not a field`);
    return field;
  });
}
