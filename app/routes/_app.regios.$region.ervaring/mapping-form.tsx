import { Form } from '@remix-run/react';
import type { ColumnMapping, ExperienceColumn } from '#app/domain/experience-csv';
import { experience as dict } from '#app/i18n/experience';
import { useT } from '#app/i18n/use-t';

/** The region's column mapping: per standard column the name in the region's own tool's export. */
export function MappingForm({
  mapping,
  columns,
  error,
}: {
  mapping: ColumnMapping;
  columns: readonly ExperienceColumn[];
  error: string | null;
}) {
  const t = useT(dict);
  return (
    <section aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('mappingTitle')}</h2>
      <p>{t('mappingIntro')}</p>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      <Form method="post" className="mapping-form">
        <input type="hidden" name="intent" value="mapping" />
        {columns.map((col) => (
          <div className="field" key={col}>
            <label htmlFor={`col-${col}`}>{t('mappingColumn', { column: col })}</label>
            <input
              id={`col-${col}`}
              name={`col-${col}`}
              defaultValue={mapping[col] ?? ''}
              placeholder={col}
              maxLength={100}
            />
          </div>
        ))}
        <button type="submit" className="button">
          {t('mappingSave')}
        </button>
      </Form>
    </section>
  );
}
