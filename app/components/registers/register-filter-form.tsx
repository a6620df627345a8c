import { Form, Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { CodeFilter, SortDir } from '#app/domain/register-filters';
import { registers, type RegistersKey } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { FilterSelect } from './filter-select';
import { codeOptions } from './form-parts';

/** A GET form: the filters live in the URL, so they work without JavaScript. */
export function FilterFormFrame({ resetHref, children }: { resetHref: string; children: ReactNode }) {
  const t = useT(registers);
  return (
    <Form method="get" className="filter-form" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filtersTitle')}</h2>
      <div className="filter-grid">{children}</div>
      <div className="actions">
        <button type="submit" className="button">
          {t('filterApply')}
        </button>
        <Link to={resetHref}>{t('filterReset')}</Link>
      </div>
    </Form>
  );
}

/** One select per code-list filter, with the current value from `values` (parsed filters). */
export function CodeFilterSelects({ values, filters }: { values: object; filters: readonly CodeFilter[] }) {
  const t = useT(registers);
  const lang = useLang();
  return filters.map((f) => (
    <FilterSelect
      key={f.name}
      name={f.name}
      label={t(f.label)}
      value={(values as Partial<Record<string, string>>)[f.name]}
      options={codeOptions(f.codes, f.labels, lang)}
    />
  ));
}

/**
 * The filter form of a register list: search, region, the register's own code-list filters,
 * then sort column (in the order of `sorts`) and direction.
 */
export function RegisterFilterForm<S extends string>({
  filters,
  regions,
  codeFilters,
  sorts,
  resetHref,
}: {
  filters: { q?: string; region?: string; sort: S; dir: SortDir };
  regions: { slug: string; name: string }[];
  codeFilters: readonly CodeFilter[];
  sorts: Readonly<Record<S, RegistersKey>>;
  resetHref: string;
}) {
  const t = useT(registers);
  return (
    <FilterFormFrame resetHref={resetHref}>
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
      <CodeFilterSelects values={filters} filters={codeFilters} />
      <FilterSelect
        name="sort"
        label={t('sortBy')}
        value={filters.sort}
        all={false}
        options={(Object.entries(sorts) as [S, RegistersKey][]).map(([value, key]) => ({
          value,
          label: t(key),
        }))}
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
    </FilterFormFrame>
  );
}
