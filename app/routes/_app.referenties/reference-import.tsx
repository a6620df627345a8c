import { useNavigation } from '@remix-run/react';
import { CsvImportPlan, CsvUploadForm } from '#app/components/csv-import';
import { REFERENCE_COLUMNS } from '#app/domain/reference';
import type { ReferenceChange } from '#app/models/references.server';
import { references as dict } from '#app/i18n/references';
import { useT } from '#app/i18n/use-t';
import { SuccessNotice } from '#app/components/notice';

interface Result {
  fileError: string | null;
  notice: string | null;
  csv: string | null;
  plan: { errors: { line: number; message: string }[]; changes: ReferenceChange[]; token: string } | null;
}

/** The manager's import: choose a file, see the dry run (errors or changes), apply all at once. */
export function ReferenceImport({ result }: { result: Result | undefined }) {
  const t = useT(dict);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const plan = result?.plan;
  return (
    <section aria-labelledby="reference-import-title">
      <h2 id="reference-import-title">{t('importTitle')}</h2>
      <p>{t('importIntro', { columns: REFERENCE_COLUMNS.join(';') })}</p>
      <SuccessNotice text={result?.notice} />
      <CsvUploadForm label={t('importFile')} fileError={result?.fileError} busy={busy} />
      {plan && result?.csv ? (
        <CsvImportPlan
          id="reference"
          heading="h3"
          errors={plan.errors}
          columns={[t('colSeries'), t('colPeriod')]}
          changes={plan.changes.map((c) => ({
            line: c.line,
            what: [
              <>
                {c.label} {c.isNew ? <span className="hint">({t('importNew')})</span> : null}
              </>,
              c.period,
            ],
            oldValue: c.isNew ? undefined : c.oldValue,
            newValue: c.newValue,
          }))}
          applyFields={{ csv: result.csv, token: plan.token }}
          busy={busy}
        />
      ) : null}
    </section>
  );
}
