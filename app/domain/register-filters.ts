import type { RegistersKey } from '#app/i18n/registers';
import type { Text } from './lang';
import { BOTTLENECK_FIELDS, EXPERIMENT_FIELDS, type RegisterField } from './register-fields';
import type {
  BottleneckStatus,
  ExperimentStatus,
  LegalFramework,
  Partner,
  Principle,
  Severity,
  Theme,
} from './register-codes';
/**
 * The list filters of the registers, read from URL search parameters so they work without
 * JavaScript and can be bookmarked and exported (parseRegisterFilters with a register's spec). A
 * value that is not in its list is ignored (the filter is off), never an error.
 */

export const EXPERIMENT_SORTS = [
  'title',
  'region',
  'status',
  'statusSince',
  'startDate',
  'updatedAt',
] as const;
export type ExperimentSort = (typeof EXPERIMENT_SORTS)[number];
export const BOTTLENECK_SORTS = [
  'title',
  'region',
  'framework',
  'status',
  'severity',
  'identifiedDate',
  'age',
] as const;
export type BottleneckSort = (typeof BOTTLENECK_SORTS)[number];
export type SortDir = 'asc' | 'desc';

export interface ExperimentFilters {
  region?: string;
  status?: ExperimentStatus;
  principle?: Principle;
  theme?: Theme;
  partner?: Partner;
  q?: string;
  sort: ExperimentSort;
  dir: SortDir;
}

export interface BottleneckFilters {
  region?: string;
  framework?: LegalFramework;
  status?: BottleneckStatus;
  severity?: Severity;
  principle?: Principle;
  q?: string;
  sort: BottleneckSort;
  dir: SortDir;
}

/** One code-list filter: the URL parameter (also the key in the parsed filters), its label, its codes. */
export interface CodeFilter {
  name: string;
  /** the field it filters on (a `code`, `status` or `codes` field of the register) */
  field: string;
  label: RegistersKey;
  codes: readonly string[];
  labels: Readonly<Record<string, Text>>;
}

/** The filters of a register's list: its code-list filters and its sort columns (with their labels, in order). */
export interface FilterSpec<Sort extends string = string> {
  codes: readonly CodeFilter[];
  sorts: Readonly<Record<Sort, RegistersKey>>;
  /**
   * What a sort orders by, where the sort's name is not itself a field or column: a field (a code
   * list orders in the list's order), a column the register's store computes (`ageDays`), or
   * `region` (the regions' order). Without an entry, the sort's name.
   */
  sortBy?: Readonly<Partial<Record<Sort, string>>>;
  /** The text fields the search (`q`) looks in. */
  search: readonly string[];
}

/** The filter on a code field of the list (`field`), under its URL name; label, codes and labels are the field's. */
function codeFilter(fields: readonly RegisterField[], field: string, name: string = field): CodeFilter {
  const f = fields.find((x) => x.name === field);
  if (!f || !('codes' in f)) throw new Error(`no code field ${field}`);
  return { name, field, label: f.label, codes: f.codes, labels: f.labels };
}

export const EXPERIMENT_FILTERS = {
  codes: [
    codeFilter(EXPERIMENT_FIELDS, 'status'),
    codeFilter(EXPERIMENT_FIELDS, 'principles', 'principle'),
    codeFilter(EXPERIMENT_FIELDS, 'themes', 'theme'),
    codeFilter(EXPERIMENT_FIELDS, 'partners', 'partner'),
  ],
  /** In the order of EXPERIMENT_SORTS. */
  sorts: {
    title: 'fieldTitle',
    region: 'fieldRegion',
    status: 'fieldStatus',
    statusSince: 'fieldStatusSince',
    startDate: 'fieldStartDate',
    updatedAt: 'historyWhen',
  },
  search: ['title', 'hypothesis', 'description'],
} as const satisfies FilterSpec<ExperimentSort>;

export const BOTTLENECK_FILTERS = {
  codes: [
    codeFilter(BOTTLENECK_FIELDS, 'legalFramework', 'framework'),
    codeFilter(BOTTLENECK_FIELDS, 'status'),
    codeFilter(BOTTLENECK_FIELDS, 'severity'),
    codeFilter(BOTTLENECK_FIELDS, 'principle'),
  ],
  /** In the order of BOTTLENECK_SORTS. */
  sorts: {
    title: 'fieldTitle',
    region: 'fieldRegion',
    framework: 'fieldFramework',
    status: 'fieldStatus',
    severity: 'fieldSeverity',
    identifiedDate: 'fieldIdentifiedDate',
    age: 'fieldAge',
  },
  sortBy: { framework: 'legalFramework', age: 'ageDays' },
  search: ['title', 'description', 'article', 'proposedSolution'],
} as const satisfies FilterSpec<BottleneckSort>;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function text(value: string | null, max = 100): string | undefined {
  const v = (value ?? '').trim().slice(0, max);
  return v.length > 0 ? v : undefined;
}

function dir(value: string | null): SortDir {
  return value === 'desc' ? 'desc' : 'asc';
}

/** The filters of a register's list from the URL: region, its code lists, search text, sort and direction. */
export function parseRegisterFilters<Sort extends string>(
  spec: FilterSpec<Sort>,
  params: URLSearchParams,
): { region?: string; q?: string; sort: Sort; dir: SortDir } & Record<string, string | undefined> {
  const sorts = Object.keys(spec.sorts) as Sort[];
  return {
    region: text(params.get('region'), 60),
    ...Object.fromEntries(spec.codes.map((f) => [f.name, oneOf(f.codes, params.get(f.name))])),
    q: text(params.get('q')),
    sort: oneOf(sorts, params.get('sort')) ?? sorts[0]!,
    dir: dir(params.get('dir')),
  };
}

/** The same filters as a query string (for links that keep them, such as sorting and export). */
export function filtersToQuery(filters: object, overrides: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...overrides }))
    if (typeof v === 'string' && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
