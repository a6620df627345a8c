import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { cbsPage as dict } from '#app/i18n/cbs-page';
import { useLang, useT } from '#app/i18n/use-t';
import type { StoredCbsTable } from '#app/models/cbs-import.server';
import { formatDate, formatDateTime } from '#app/utils/format';

/** The CBS tables stored: each with its source, CBS's modification date, retrieval and licence. */
export function CbsStoredTables({ stored }: { stored: readonly StoredCbsTable[] }) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="cbs-stored-title">
      <h2 id="cbs-stored-title">{t('storedTitle')}</h2>
      {stored.length === 0 ? (
        <p>{t('storedNone')}</p>
      ) : (
        <DataTable
          id="cbs-stored"
          labelledBy="cbs-stored-title"
          columns={[
            t('colTable'),
            t('colSource'),
            t('colModified'),
            t('colRetrieved'),
            t('colLicence'),
            num(t('colCells')),
            num(t('colProvisional')),
            num(t('colHistory')),
          ]}
        >
          {stored.map((s) => (
            <tr key={s.tableId}>
              <th scope="row">
                {s.tableId} – {s.title}
              </th>
              <td>{s.source === 'odata' ? t('sourceOdata') : t('sourceFile')}</td>
              <td>{s.modified ? formatDate(s.modified, lang) : '—'}</td>
              <td>{formatDateTime(s.retrievedAt, lang)}</td>
              <td>{s.licence}</td>
              <td className="num">{s.cells}</td>
              <td className="num">{s.provisional}</td>
              <td className="num">{s.history}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="hint">{t('attribution')}</p>
    </section>
  );
}
