import { Form, useNavigation } from '@remix-run/react';
import { ErrorSummary } from '~/components/error-summary';
import { REFERENCE_COLUMNS } from '~/domain/reference';
import { formatEnteredNumber } from '~/domain/report-schema';
import { references as dict } from '~/i18n/references';
import { useLang, useT } from '~/i18n/use-t';

interface Result {
  fileError: string | null;
  notice: string | null;
  csv: string | null;
  plan: {
    errors: { line: number; message: string }[];
    changes: {
      line: number;
      code: string;
      label: string;
      period: string;
      oldValue: number | null;
      newValue: number | null;
      isNew: boolean;
    }[];
    token: string;
  } | null;
}

/** The manager's import: choose a file, see the dry run (errors or changes), apply all at once. */
export function ReferenceImport({ result }: { result: Result | undefined }) {
  const t = useT(dict);
  const lang = useLang();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const show = (v: number | null) => (v === null ? t('unknown') : formatEnteredNumber(v, lang));
  const plan = result?.plan;
  return (
    <section aria-labelledby="reference-import-title">
      <h2 id="reference-import-title">{t('importTitle')}</h2>
      <p>{t('importIntro', { columns: REFERENCE_COLUMNS.join(';') })}</p>
      {result?.notice ? (
        <p className="notice notice-success" role="status">
          {result.notice}
        </p>
      ) : null}
      <ErrorSummary errors={result?.fileError ? [{ fieldId: 'bestand', message: result.fileError }] : []} />
      <Form method="post" encType="multipart/form-data" className="import-form">
        <input type="hidden" name="intent" value="check" />
        <div className={`field${result?.fileError ? ' field-error' : ''}`}>
          <label htmlFor="bestand">{t('importFile')}</label>
          {result?.fileError ? (
            <p className="error-message" id="bestand-error">
              {result.fileError}
            </p>
          ) : null}
          <input
            id="bestand"
            name="bestand"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={result?.fileError ? 'bestand-error' : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('importCheck')}
        </button>
      </Form>
      {plan && plan.errors.length > 0 ? (
        <section aria-labelledby="reference-errors" className="error-summary" tabIndex={-1}>
          <h3 id="reference-errors">{t('importErrors', { count: plan.errors.length })}</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('importLine')}</th>
                <th scope="col">{t('importMessage')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.map((e, i) => (
                <tr key={i}>
                  <th scope="row">{e.line || '—'}</th>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {plan && plan.errors.length === 0 && result?.csv ? (
        <section aria-labelledby="reference-changes">
          <h3 id="reference-changes">{t('importChangesTitle')}</h3>
          {plan.changes.length === 0 ? (
            <p>{t('importNoChanges')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="reference-changes">
              <table className="table" id="reference-changes-table">
                <thead>
                  <tr>
                    <th scope="col">{t('importLine')}</th>
                    <th scope="col">{t('colSeries')}</th>
                    <th scope="col">{t('colPeriod')}</th>
                    <th scope="col" className="num">
                      {t('colOld')}
                    </th>
                    <th scope="col" className="num">
                      {t('colNew')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.changes.map((c) => (
                    <tr key={c.line}>
                      <th scope="row">{c.line}</th>
                      <td>
                        {c.label} {c.isNew ? <span className="hint">({t('importNew')})</span> : null}
                      </td>
                      <td>{c.period}</td>
                      <td className="num">{c.isNew ? '—' : show(c.oldValue)}</td>
                      <td className="num">{show(c.newValue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Form method="post">
            <input type="hidden" name="intent" value="apply" />
            <input type="hidden" name="csv" value={result.csv} />
            <input type="hidden" name="token" value={plan.token} />
            <button type="submit" className="button" disabled={plan.changes.length === 0 || busy}>
              {t('importApply')}
            </button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
