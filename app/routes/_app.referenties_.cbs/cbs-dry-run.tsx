import { Form, useNavigation } from '@remix-run/react';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { cbsPeriodLabel } from '#app/domain/cbs-catalogue';
import { cbsPage as dict } from '#app/i18n/cbs-page';
import { useLang, useT } from '#app/i18n/use-t';
import type { CbsDryRun } from '#app/models/cbs-import.server';
import { formatDate } from '#app/utils/format';

/** The dry run of a pending import: per table what approval would store, the redivisions met. */
export function CbsDryRunView({ importId, dryRun }: { importId: number; dryRun: CbsDryRun }) {
  const t = useT(dict);
  const lang = useLang();
  const busy = useNavigation().state === 'submitting';
  return (
    <section aria-labelledby="cbs-dry-run-title">
      <h2 id="cbs-dry-run-title">{t('dryRunTitle')}</h2>
      <p>{t('dryRunIntro')}</p>
      <DataTable
        id="cbs-dry-run"
        labelledBy="cbs-dry-run-title"
        columns={[
          t('colTable'),
          t('colModified'),
          t('colPeriods'),
          num(t('colMunicipalities')),
          num(t('colCells')),
          num(t('colProvisional')),
          num(t('colSecret')),
          num(t('colRounded')),
          num(t('colAdded')),
          num(t('colRevised')),
          num(t('colMadeFinal')),
          num(t('colUnchanged')),
        ]}
      >
        {dryRun.tables.map((table) => (
          <tr key={table.tableId}>
            <th scope="row">
              {table.tableId} – {table.title}
            </th>
            <td>{table.modified ? formatDate(table.modified, lang) : '—'}</td>
            <td>{table.periods.map((p) => cbsPeriodLabel(p, lang)).join(', ')}</td>
            <td className="num">{table.municipalities}</td>
            <td className="num">{table.cells}</td>
            <td className="num">{table.provisional}</td>
            <td className="num">{table.secret}</td>
            <td className="num">{table.rounded}</td>
            <td className="num">{table.added}</td>
            <td className="num">{table.revised}</td>
            <td className="num">{table.madeFinal}</td>
            <td className="num">{table.unchanged}</td>
          </tr>
        ))}
      </DataTable>
      {dryRun.tables
        .filter((table) => table.unknownMunicipalities.length > 0)
        .map((table) => (
          <p key={table.tableId} className="hint">
            {table.tableId}: {t('unknownMunicipalities', { codes: table.unknownMunicipalities.join(', ') })}
          </p>
        ))}
      <h3>{t('redivisionsTitle')}</h3>
      {dryRun.redivisions.length === 0 ? (
        <p>{t('noRedivisions')}</p>
      ) : (
        <ul>
          {dryRun.redivisions.map((d) => (
            <li key={`${d.oldCode}-${d.newCode}-${d.effectiveOn}`}>
              {t('redivision', {
                old: d.oldName ?? d.oldCode,
                oldCode: d.oldCode,
                new: d.newName ?? d.newCode,
                newCode: d.newCode,
                date: formatDate(d.effectiveOn, lang),
              })}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="actions">
        <input type="hidden" name="importId" value={importId} />
        <button type="submit" name="intent" value="approve" className="button" disabled={busy}>
          {t('approve')}
        </button>{' '}
        <button
          type="submit"
          name="intent"
          value="discard"
          className="button button-secondary"
          disabled={busy}
        >
          {t('discard')}
        </button>
      </Form>
    </section>
  );
}
