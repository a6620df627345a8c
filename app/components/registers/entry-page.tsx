import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import type { ReactNode } from 'react';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import type { RegisterDefinition } from '#app/domain/register-definitions';
import { fieldText, shownFields, type RegisterField } from '#app/domain/register-fields';
import type { Text } from '#app/domain/lang';
import { formatDate } from '#app/utils/format';
import { HistoryTable } from './history-table';
import { LinkedList } from './linked-list';

type HistoryRows = Parameters<typeof HistoryTable>[0]['rows'];
type LinkedItems = Parameters<typeof LinkedList>[0]['items'];

type Entry = Record<string, unknown> & { id: number; title: string; regionName: string; status: string };

/**
 * The page of one register entry as the definition describes it (the loader: registerEntryLoader or
 * loadRegisterEntryPage): with a button for a new linked entry of the other register where the
 * definition offers one, and `children` for more of the page (the experiment's "voor en na").
 */
export function RegisterEntryRoute({
  register,
  children,
}: {
  register: RegisterDefinition;
  children?: ReactNode;
}) {
  const data = useLoaderData() as { history: HistoryRows; canEdit: boolean } & Record<string, unknown>;
  const entry = data[register.keys.entry] as Entry;
  const t = useT(registers);
  const { link } = register;
  return (
    <RegisterEntryPage
      listHref={register.href}
      fieldList={register.fields}
      entry={entry}
      canEdit={data.canEdit}
      moreActions={
        link?.offerNew ? (
          <Link to={`${link.other.href}/nieuw?${register.entity}=${entry.id}`} className="button-secondary">
            {t(link.offerNew)}
          </Link>
        ) : null
      }
      links={
        link && {
          title: t(register.fields.find((f) => f.name === link.field)!.label),
          items: entry[link.entries] as LinkedItems,
          hrefBase: link.other.href,
          statusLabels: link.other.statusLabels,
        }
      }
      history={data.history}
    >
      {children}
    </RegisterEntryPage>
  );
}

/**
 * The page of one register entry: back link, title, saved notice, edit actions for writers, the
 * details (from the register's field list), more of the page (`children`), the linked entries of the
 * other register and the history.
 */
export function RegisterEntryPage({
  listHref,
  fieldList,
  entry,
  canEdit,
  moreActions,
  links,
  history,
  children,
}: {
  listHref: string;
  fieldList: readonly RegisterField[];
  entry: Entry;
  canEdit: boolean;
  moreActions?: ReactNode;
  /** the linked entries of the other register (none for a register without links) */
  links?: {
    title: string;
    items: LinkedItems;
    hrefBase: string;
    statusLabels: Readonly<Record<string, Text>>;
  };
  history: HistoryRows;
  children?: ReactNode;
}) {
  const [params] = useSearchParams();
  const t = useT(registers);
  return (
    <>
      <p>
        <Link to={listHref}>{t('backToList')}</Link>
      </p>
      <h1>{entry.title}</h1>
      {params.get('saved') ? (
        <p className="notice notice-success" role="status">
          {t('expUpdated')}
        </p>
      ) : null}
      {canEdit ? (
        <p className="actions">
          <Link to={`${listHref}/${entry.id}/bewerken`} className="button">
            {t('edit')}
          </Link>
          {moreActions}
        </p>
      ) : null}
      <RegisterDetails fieldList={fieldList} entry={entry} />
      {children}
      {links ? (
        <section aria-labelledby="links-title">
          <h2 id="links-title">{links.title}</h2>
          <LinkedList items={links.items} hrefBase={links.hrefBase} statusLabels={links.statusLabels} />
        </section>
      ) : null}
      <HistoryTable rows={history} />
    </>
  );
}

/**
 * The fields of an entry as a description list, in the order of the register's field list; the
 * title is the page's heading, so it is not repeated. Unset fields show "—".
 */
function RegisterDetails({
  fieldList,
  entry,
}: {
  fieldList: readonly RegisterField[];
  entry: Record<string, unknown> & { regionName: string; status: string };
}) {
  const t = useT(registers);
  const lang = useLang();
  const show = (f: RegisterField): string => {
    const value = fieldText(f, entry, lang);
    if (value === null) return t('notSet');
    if (f.kind === 'age')
      return f.closed(entry.status) ? t('ageDays', { days: value }) : t('openAge', { days: value });
    if (f.kind === 'date' || f.kind === 'statusSince') return formatDate(String(value), lang);
    return String(value);
  };
  return (
    <dl className="register-details">
      {shownFields(fieldList)
        .filter((f) => f.kind !== 'title')
        .map((f) => (
          <div key={f.name}>
            <dt>{t(f.label)}</dt>
            <dd>{show(f)}</dd>
          </div>
        ))}
    </dl>
  );
}
