import { RegisterFilterForm, type CodeFilter } from '#app/components/registers/register-filter-form';
import type { BottleneckFilters, BottleneckSort } from '#app/domain/register-filters';
import {
  BOTTLENECK_STATUS_LABELS,
  BOTTLENECK_STATUSES,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
} from '#app/domain/register-codes';
import type { RegistersKey } from '#app/i18n/registers';

const CODE_FILTERS: CodeFilter[] = [
  { name: 'framework', label: 'fieldFramework', codes: LEGAL_FRAMEWORKS, labels: LEGAL_FRAMEWORK_LABELS },
  { name: 'status', label: 'fieldStatus', codes: BOTTLENECK_STATUSES, labels: BOTTLENECK_STATUS_LABELS },
  { name: 'severity', label: 'fieldSeverity', codes: SEVERITIES, labels: SEVERITY_LABELS },
  { name: 'principle', label: 'fieldPrinciple', codes: PRINCIPLES, labels: PRINCIPLE_LABELS },
];

/** In the order of BOTTLENECK_SORTS. */
const SORTS: Record<BottleneckSort, RegistersKey> = {
  title: 'fieldTitle',
  region: 'fieldRegion',
  framework: 'fieldFramework',
  status: 'fieldStatus',
  severity: 'fieldSeverity',
  identifiedDate: 'fieldIdentifiedDate',
  age: 'fieldAge',
};

export function BottleneckFilterForm(props: {
  filters: BottleneckFilters;
  regions: { slug: string; name: string }[];
}) {
  return <RegisterFilterForm {...props} codeFilters={CODE_FILTERS} sorts={SORTS} resetHref="/knelpunten" />;
}
