import { RegisterFilterForm, type CodeFilter } from '#app/components/registers/register-filter-form';
import type { ExperimentFilters, ExperimentSort } from '#app/domain/register-filters';
import {
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_STATUSES,
  PARTNER_LABELS,
  PARTNERS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  THEME_LABELS,
  THEMES,
} from '#app/domain/register-codes';
import type { RegistersKey } from '#app/i18n/registers';

const CODE_FILTERS: CodeFilter[] = [
  { name: 'status', label: 'fieldStatus', codes: EXPERIMENT_STATUSES, labels: EXPERIMENT_STATUS_LABELS },
  { name: 'principle', label: 'fieldPrinciples', codes: PRINCIPLES, labels: PRINCIPLE_LABELS },
  { name: 'theme', label: 'fieldThemes', codes: THEMES, labels: THEME_LABELS },
  { name: 'partner', label: 'fieldPartners', codes: PARTNERS, labels: PARTNER_LABELS },
];

/** In the order of EXPERIMENT_SORTS. */
const SORTS: Record<ExperimentSort, RegistersKey> = {
  title: 'fieldTitle',
  region: 'fieldRegion',
  status: 'fieldStatus',
  statusSince: 'fieldStatusSince',
  startDate: 'fieldStartDate',
  updatedAt: 'historyWhen',
};

export function ExperimentFilterForm(props: {
  filters: ExperimentFilters;
  regions: { slug: string; name: string }[];
}) {
  return <RegisterFilterForm {...props} codeFilters={CODE_FILTERS} sorts={SORTS} resetHref="/experimenten" />;
}
