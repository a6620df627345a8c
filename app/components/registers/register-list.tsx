import { Link, useLoaderData } from '@remix-run/react';
import { listColumns, type RegisterDefinition } from '#app/domain/register-definitions';
import { fieldText, type RegisterField } from '#app/domain/register-fields';
import { filtersToQuery, type SortDir } from '#app/domain/register-filters';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDate } from '#app/utils/format';
import { RegisterFilterForm } from './register-filter-form';
import { RegisterStatusBadge, RegisterTable, type RegisterColumn } from './register-table';

type Row = Record<string, unknown> & { id: number; title: string; regionName: string };
type ListData = {
  filters: { q?: string; region?: string; sort: string; dir: SortDir } & Record<string, string | undefined>;
  regions: { slug: string; name: string }[];
  canCreate: boolean;
} & Record<string, unknown>;

/**
 * The list page of a register (the loader: registerListLoader): its heading and introduction, the
 * links (new entry for writers, the register's other pages, the CSV with the same filters), the
 * filter form, the count and the table.
 */
export function RegisterListPage({ register }: { register: RegisterDefinition }) {
  const data = useLoaderData() as ListData;
  const rows = data[register.keys.list] as Row[];
  const t = useT(registers);
  return (
    <>
      <h1>{t(register.texts.title)}</h1>
      <p>{t(register.texts.intro)}</p>
      <ul className="link-list register-links">
        {data.canCreate ? (
          <li>
            <Link to={`${register.href}/nieuw`} className="button">
              {t(register.texts.new)}
            </Link>
          </li>
        ) : null}
        {register.list.links.map((l) => (
          <li key={l.href}>
            <Link to={l.href}>{t(l.label)}</Link>
          </li>
        ))}
        <li>
          <a href={`/${register.csvFile}${filtersToQuery(data.filters)}`} download>
            {t('exportCsv')}
          </a>
        </li>
      </ul>
      <RegisterFilterForm
        filters={data.filters}
        regions={data.regions}
        codeFilters={register.filters.codes}
        sorts={register.filters.sorts}
        resetHref={register.href}
      />
      <p role="status" id="result-count">
        {t(register.texts.count, { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t(register.texts.none)}</p>
      ) : (
        <RegisterListTable register={register} rows={rows} />
      )}
    </>
  );
}

/** The register's list table: the title (a link to the entry), then the definition's columns. */
function RegisterListTable({ register, rows }: { register: RegisterDefinition; rows: Row[] }) {
  const t = useT(registers);
  const lang = useLang();
  const cell = (f: RegisterField, r: Row) => {
    const value = fieldText(f, r, lang);
    if (f.kind === 'status') return <RegisterStatusBadge>{value}</RegisterStatusBadge>;
    if (f.kind === 'date' || f.kind === 'statusSince')
      return value === null ? t('notSet') : formatDate(String(value), lang);
    return value ?? '';
  };
  const columns: RegisterColumn<Row>[] = listColumns(register).map((f) => ({
    header: t(f.label),
    cell: (r) => cell(f, r),
    num: f.kind === 'age',
  }));
  return (
    <RegisterTable
      rows={rows}
      hrefBase={register.href}
      caption={t(register.texts.title)}
      titleHeader={t('fieldTitle')}
      columns={columns}
    />
  );
}
