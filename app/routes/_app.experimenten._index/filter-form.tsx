import { Form, Link } from '@remix-run/react';
import { EXPERIMENT_SORTS, type ExperimentFilters } from '~/domain/register-filters';
import {
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_STATUSES,
  PARTNER_LABELS,
  PARTNERS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  THEME_LABELS,
  THEMES,
} from '~/domain/registers';
import { registers, type RegistersKey } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';
import { FilterSelect } from '~/components/registers/filter-select';

const SORT_LABELS: Record<(typeof EXPERIMENT_SORTS)[number], RegistersKey> = {
  title: 'fieldTitle',
  region: 'fieldRegion',
  status: 'fieldStatus',
  statusSince: 'fieldStatusSince',
  startDate: 'fieldStartDate',
  updatedAt: 'historyWhen',
};

/** A GET form: the filters live in the URL, so they work without JavaScript. */
export function ExperimentFilterForm({
  filters,
  regions,
}: {
  filters: ExperimentFilters;
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
          name="status"
          label={t('fieldStatus')}
          value={filters.status}
          options={EXPERIMENT_STATUSES.map((s) => ({ value: s, label: EXPERIMENT_STATUS_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="principle"
          label={t('fieldPrinciples')}
          value={filters.principle}
          options={PRINCIPLES.map((s) => ({ value: s, label: PRINCIPLE_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="theme"
          label={t('fieldThemes')}
          value={filters.theme}
          options={THEMES.map((s) => ({ value: s, label: THEME_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="partner"
          label={t('fieldPartners')}
          value={filters.partner}
          options={PARTNERS.map((s) => ({ value: s, label: PARTNER_LABELS[s][lang] }))}
        />
        <FilterSelect
          name="sort"
          label={t('sortBy')}
          value={filters.sort}
          all={false}
          options={EXPERIMENT_SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))}
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
        <Link to="/experimenten">{t('filterReset')}</Link>
      </div>
    </Form>
  );
}
