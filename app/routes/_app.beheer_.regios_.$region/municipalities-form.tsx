import { Form } from '@remix-run/react';
import { ErrorSummary } from '#app/components/error-summary';
import { DataTable } from '#app/components/data-table';
import { cbsPage as dict } from '#app/i18n/cbs-page';
import { useLang, useT } from '#app/i18n/use-t';
import type { MunicipalitySetRow } from '#app/models/region-municipalities.server';
import { formatDateTime, formatMonth } from '#app/utils/format';

/** The region's scope as municipalities: a new list from a month on, and the lists recorded so far. */
export function MunicipalitiesForm({
  sets,
  errors,
  lines,
}: {
  sets: readonly MunicipalitySetRow[];
  errors: readonly string[];
  lines: string;
}) {
  const t = useT(dict);
  const lang = useLang();
  const current = sets[0];
  const defaultLines =
    lines ||
    (current?.municipalities.map((m) => (m.partial ? `${m.code}; ${m.district}` : m.code)).join('\n') ?? '');
  return (
    <section aria-labelledby="scope-municipalities-title">
      <h2 id="scope-municipalities-title">{t('scopeMunicipalitiesTitle')}</h2>
      <p>{t('scopeMunicipalitiesIntro')}</p>
      <ErrorSummary errors={errors.map((message) => ({ fieldId: 'scope-municipalities', message }))} />
      <Form method="post">
        <input type="hidden" name="intent" value="municipalities" />
        <div className="field">
          <label htmlFor="scope-municipalities-month">{t('scopeMonth')}</label>
          <input id="scope-municipalities-month" name="effectiveFrom" inputMode="numeric" />
        </div>
        <div className={`field${errors.length ? ' field-error' : ''}`}>
          <label htmlFor="scope-municipalities">{t('scopeLines')}</label>
          <textarea id="scope-municipalities" name="municipalities" rows={6} defaultValue={defaultLines} />
        </div>
        <button type="submit" className="button">
          {t('scopeSave')}
        </button>
      </Form>
      {sets.length === 0 ? (
        <p className="notice">{t('scopeSetsNone')}</p>
      ) : (
        <DataTable
          caption={{ id: 'scope-sets-caption', text: t('scopeSetsTitle') }}
          columns={[t('scopeMonth'), t('scopeLines'), t('colRetrieved')]}
        >
          {sets.map((s) => (
            <tr key={s.id}>
              <th scope="row">{formatMonth(s.effectiveFrom, lang)}</th>
              <td>
                {s.municipalities
                  .map((m) =>
                    m.partial
                      ? t('partialOf', { name: m.name, district: m.district ?? '' })
                      : `${m.name} (${m.code})`,
                  )
                  .join(', ')}
              </td>
              <td>
                {formatDateTime(s.setAt, lang)}
                {s.setBy ? ` · ${s.setBy}` : ''}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
