import {
  BOTTLENECK_STATUSES,
  EXPERIMENT_STATUSES,
  LEGAL_FRAMEWORKS,
  PARTNERS,
  PRINCIPLES,
  SEVERITIES,
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

export function parseExperimentFilters(params: URLSearchParams): ExperimentFilters {
  return {
    region: text(params.get('region'), 60),
    status: oneOf(EXPERIMENT_STATUSES, params.get('status')),
    principle: oneOf(PRINCIPLES, params.get('principle')),
    theme: oneOf(THEMES, params.get('theme')),
    partner: oneOf(PARTNERS, params.get('partner')),
    q: text(params.get('q')),
    sort: oneOf(EXPERIMENT_SORTS, params.get('sort')) ?? 'title',
    dir: dir(params.get('dir')),
  };
}

export function parseBottleneckFilters(params: URLSearchParams): BottleneckFilters {
  return {
    region: text(params.get('region'), 60),
    framework: oneOf(LEGAL_FRAMEWORKS, params.get('framework')),
    status: oneOf(BOTTLENECK_STATUSES, params.get('status')),
    severity: oneOf(SEVERITIES, params.get('severity')),
    principle: oneOf(PRINCIPLES, params.get('principle')),
    q: text(params.get('q')),
    sort: oneOf(BOTTLENECK_SORTS, params.get('sort')) ?? 'title',
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
