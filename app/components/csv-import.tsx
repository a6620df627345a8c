import { FieldErrors } from '#app/components/form-field';
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorSummary } from '#app/components/error-summary';
import { DataTable } from '#app/components/data-table';
import { formatEnteredNumber } from '#app/domain/number-input';
import { csvImport as dict } from '#app/i18n/csv-import';
import { useLang, useT } from '#app/i18n/use-t';
import { num, TableHead } from '#app/components/table-head';

/**
 * The one CSV import flow of the app (report values on /regios/:region/import, reference series on
 * /referenties): choose a file and check it (nothing is saved), then see every error with its line,
 * or what would change and one button that applies it all at once.
 */
export function CsvUploadForm({
  label,
  fileError,
  busy,
}: {
  label: string;
  fileError: string | null | undefined;
  busy: boolean;
}) {
  const t = useT(dict);
  return (
    <>
      <ErrorSummary errors={fileError ? [{ fieldId: 'bestand', message: fileError }] : []} />
      <Form method="post" encType="multipart/form-data" className="import-form">
        <input type="hidden" name="intent" value="check" />
        <div className={`field${fileError ? ' field-error' : ''}`}>
          <label htmlFor="bestand">{label}</label>
          <FieldErrors field={{ errorId: 'bestand-error', errors: fileError ? [fileError] : undefined }} />
          <input
            id="bestand"
            name="bestand"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? 'bestand-error' : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('check')}
        </button>
      </Form>
      <div role="status" aria-live="polite">
        {busy ? (
          <p>
            <progress aria-label={t('checking')} /> {t('checking')}
          </p>
        ) : null}
      </div>
    </>
  );
}

export interface CsvChangeRow {
  line: number;
  /** the cells that say what changes (report and element, or series and period) */
  what: ReactNode[];
  /** undefined: there was nothing before (a new series) */
  oldValue: number | null | undefined;
  newValue: number | null;
}

/** The dry run's answer: the errors (nothing saved), or the changes with the button that applies them. */
export function CsvImportPlan({
  id,
  heading: Heading,
  errors,
  columns,
  changes,
  applyFields,
  busy = false,
}: {
  id: string;
  heading: 'h2' | 'h3';
  errors: readonly { line: number; message: string }[];
  /** the headers of the `what` cells */
  columns: readonly string[];
  changes: readonly CsvChangeRow[];
  /** hidden fields the apply needs besides the checked text (versions, token, csv) */
  applyFields: Readonly<Record<string, string>>;
  busy?: boolean;
}) {
  const t = useT(dict);
  const lang = useLang();
  const show = (v: number | null | undefined) =>
    v === undefined ? '—' : v === null ? t('unknown') : formatEnteredNumber(v, lang);
  if (errors.length > 0)
    return (
      <section aria-labelledby={`${id}-errors`} className="error-summary" tabIndex={-1}>
        <Heading id={`${id}-errors`}>{t('errors', { count: errors.length })}</Heading>
        <table className="table">
          <TableHead columns={[t('line'), t('message')]} />
          <tbody>
            {errors.map((e, i) => (
              <tr key={i}>
                <th scope="row">{e.line || '—'}</th>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  return (
    <section aria-labelledby={`${id}-changes`}>
      <Heading id={`${id}-changes`}>{t('changesTitle')}</Heading>
      {changes.length === 0 ? (
        <p>{t('noChanges')}</p>
      ) : (
        <DataTable
          labelledBy={`${id}-changes`}
          id={`${id}-changes-table`}
          columns={[t('line'), ...columns, num(t('old')), num(t('new'))]}
        >
          {changes.map((c) => (
            <tr key={c.line}>
              <th scope="row">{c.line}</th>
              {c.what.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
              <td className="num">{show(c.oldValue)}</td>
              <td className="num">{show(c.newValue)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="apply" />
        {Object.entries(applyFields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} key={name} />
        ))}
        <button type="submit" className="button" disabled={changes.length === 0 || busy}>
          {t('apply')}
        </button>
      </Form>
    </section>
  );
}
