import type { RegistersKey } from '#app/i18n/registers';
import type { Text } from './lang';
import {
  BOTTLENECK_STATUS_LABELS,
  BOTTLENECK_STATUSES,
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_STATUSES,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  PARTNER_LABELS,
  PARTNERS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
  THEME_LABELS,
  THEMES,
  type BottleneckStatus,
  type ExperimentStatus,
  type LegalFramework,
  type Partner,
  type Principle,
  type Severity,
  type Theme,
} from './register-codes';
/**
 * The list filters of both registers, read from URL search parameters so they work without
 * JavaScript and can be bookmarked and exported. A value that is not in its list is ignored
 * (the filter is off), never an error.
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
  label: RegistersKey;
  codes: readonly string[];
  labels: Readonly<Record<string, Text>>;
}

/** The filters of a register's list: its code-list filters and its sort columns (with their labels, in order). */
export interface FilterSpec<Sort extends string = string> {
  codes: readonly CodeFilter[];
  sorts: Readonly<Record<Sort, RegistersKey>>;
}

export const EXPERIMENT_FILTERS = {
  codes: [
    { name: 'status', label: 'fieldStatus', codes: EXPERIMENT_STATUSES, labels: EXPERIMENT_STATUS_LABELS },
    { name: 'principle', label: 'fieldPrinciples', codes: PRINCIPLES, labels: PRINCIPLE_LABELS },
    { name: 'theme', label: 'fieldThemes', codes: THEMES, labels: THEME_LABELS },
    { name: 'partner', label: 'fieldPartners', codes: PARTNERS, labels: PARTNER_LABELS },
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
} as const satisfies FilterSpec<ExperimentSort>;

export const BOTTLENECK_FILTERS = {
  codes: [
    { name: 'framework', label: 'fieldFramework', codes: LEGAL_FRAMEWORKS, labels: LEGAL_FRAMEWORK_LABELS },
    { name: 'status', label: 'fieldStatus', codes: BOTTLENECK_STATUSES, labels: BOTTLENECK_STATUS_LABELS },
    { name: 'severity', label: 'fieldSeverity', codes: SEVERITIES, labels: SEVERITY_LABELS },
    { name: 'principle', label: 'fieldPrinciple', codes: PRINCIPLES, labels: PRINCIPLE_LABELS },
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

export function parseExperimentFilters(params: URLSearchParams): ExperimentFilters {
  return parseRegisterFilters(EXPERIMENT_FILTERS, params) as ExperimentFilters;
}

export function parseBottleneckFilters(params: URLSearchParams): BottleneckFilters {
  return parseRegisterFilters(BOTTLENECK_FILTERS, params) as BottleneckFilters;
}

/** The same filters as a query string (for links that keep them, such as sorting and export). */
export function filtersToQuery(filters: object, overrides: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...overrides }))
    if (typeof v === 'string' && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
