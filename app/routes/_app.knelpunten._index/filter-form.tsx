import { Form, Link } from '@remix-run/react';
import { FilterSelect } from '~/components/registers/filter-select';
import { BOTTLENECK_SORTS, type BottleneckFilters } from '~/domain/register-filters';
import {
  BOTTLENECK_STATUS_LABELS,
  BOTTLENECK_STATUSES,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
} from '~/domain/registers';
import { registers, type RegistersKey } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';

const SORT_LABELS: Record<(typeof BOTTLENECK_SORTS)[number], RegistersKey> = {
  title: 'fieldTitle',
  region: 'fieldRegion',
  framework: 'fieldFramework',
  status: 'fieldStatus',
  severity: 'fieldSeverity',
  identifiedDate: 'fieldIdentifiedDate',
  age: 'fieldAge',
};

/** A GET form: the filters live in the URL, so they work without JavaScript. */
export function BottleneckFilterForm({
  filters,
  regions,
}: {
  filters: BottleneckFilters;
  regions: { slug: string; name: string }[];
}) {
  const t = useT(registers);
  const lang = useLang();
  return (
    <Form method="get" className="filter-form" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filtersTitle')}</h2>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="filter-q">{t('filterSearch')}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} />
        </div>
        <FilterSelect
          name="region"
          label={t('fieldRegion')}
          value={filters.region}
          options={regions.map((r) => ({ value: r.slug, label: r.name }))}
        />
        <FilterSelect
          name="framework"
          label={t('fieldFramework')}
          value={filters.framework}
          options={LEGAL_FRAMEWORKS.map((s) => ({ value: s, label: LEGAL_FRAMEWORK_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="status"
          label={t('fieldStatus')}
          value={filters.status}
          options={BOTTLENECK_STATUSES.map((s) => ({ value: s, label: BOTTLENECK_STATUS_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="severity"
          label={t('fieldSeverity')}
          value={filters.severity}
          options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="principle"
          label={t('fieldPrinciple')}
          value={filters.principle}
          options={PRINCIPLES.map((s) => ({ value: s, label: PRINCIPLE_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="sort"
          label={t('sortBy')}
          value={filters.sort}
          all={false}
          options={BOTTLENECK_SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))}
        />
        <FilterSelect
          name="dir"
          label={t('sortDir')}
          value={filters.dir}
          all={false}
          options={[
            { value: 'asc', label: t('sortAsc') },
            { value: 'desc', label: t('sortDesc') },
          ]}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('filterApply')}
        </button>
        <Link to="/knelpunten">{t('filterReset')}</Link>
      </div>
    </Form>
  );
}
