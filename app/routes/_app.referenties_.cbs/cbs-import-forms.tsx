import { Form, useNavigation } from '@remix-run/react';
import { cbsPage as dict } from '#app/i18n/cbs-page';
import { useT } from '#app/i18n/use-t';

/** Fetch chosen tables from CBS, or upload the files of one table. */
export function CbsImportForms({ tables }: { tables: readonly { id: string; title: string }[] }) {
  const t = useT(dict);
  const busy = useNavigation().state === 'submitting';
  return (
    <>
      <section aria-labelledby="cbs-fetch-title">
        <h2 id="cbs-fetch-title">{t('fetchTitle')}</h2>
        <p>{t('fetchIntro')}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="fetch" />
          <fieldset>
            <legend>{t('colTable')}</legend>
            {tables.map((table) => (
              <div key={table.id} className="field checkbox">
                <input type="checkbox" id={`fetch-${table.id}`} name="table" value={table.id} />
                <label htmlFor={`fetch-${table.id}`}>
                  {table.id} – {table.title}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={busy}>
            {t('fetchButton')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="cbs-upload-title">
        <h2 id="cbs-upload-title">{t('uploadTitle')}</h2>
        <p>{t('uploadIntro')}</p>
        <Form method="post" encType="multipart/form-data" className="import-form">
          <input type="hidden" name="intent" value="upload" />
          <div className="field">
            <label htmlFor="cbs-upload-table">{t('uploadTable')}</label>
            <select id="cbs-upload-table" name="table">
              {tables.map((table) => (
                <option key={table.id} value={table.id}>
                  {table.id} – {table.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cbs-upload-files">{t('uploadFiles')}</label>
            <input
              id="cbs-upload-files"
              name="bestand"
              type="file"
              multiple
              accept=".json,.csv,application/json,text/csv"
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('uploadButton')}
          </button>
        </Form>
      </section>
    </>
  );
}
