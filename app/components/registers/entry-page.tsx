import { Link, useSearchParams } from '@remix-run/react';
import type { ReactNode } from 'react';
import { registers } from '~/i18n/registers';
import { useT } from '~/i18n/use-t';
import { HistoryTable } from './history-table';
import { LinkedList } from './linked-list';

type HistoryRows = Parameters<typeof HistoryTable>[0]['rows'];
type LinkedItems = Parameters<typeof LinkedList>[0]['items'];

/**
 * The page of one register entry: back link, title, saved notice, edit actions for writers, the
 * details, the linked entries of the other register and the history.
 */
export function RegisterEntryPage({
  listHref,
  entry,
  canEdit,
  moreActions,
  links,
  history,
  children,
}: {
  listHref: string;
  entry: { id: number; title: string };
  canEdit: boolean;
  moreActions?: ReactNode;
  links: { title: string; items: LinkedItems; hrefBase: string; kind: 'experiment' | 'bottleneck' };
  history: HistoryRows;
  children: ReactNode;
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
      {children}
      <section aria-labelledby="links-title">
        <h2 id="links-title">{links.title}</h2>
        <LinkedList items={links.items} hrefBase={links.hrefBase} kind={links.kind} />
      </section>
      <HistoryTable rows={history} />
    </>
  );
}

/** The fields of an entry as a description list. */
export function DetailsList({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="register-details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
