import { Form } from '@remix-run/react';
import { getElement } from '~/domain/catalogue';
import { formatEnteredNumber } from '~/domain/report-schema';
import { reports as dict } from '~/i18n/reports';
import { useLang, useT } from '~/i18n/use-t';

interface Plan {
  errors: { line: number; message: string }[];
  changes: {
    line: number;
    period: string;
    elementCode: string;
    oldValue: number | null;
    newValue: number | null;
  }[];
  versions: number[][];
}

/** The dry run: every error with its line, or what would change and the button to apply it. */
export function ImportResult({ plan, csv }: { plan: Plan; csv: string }) {
  const t = useT(dict);
  const lang = useLang();
  const show = (v: number | null) => (v === null ? t('formUnknown') : formatEnteredNumber(v, lang));
  if (plan.errors.length > 0)
    return (
      <section aria-labelledby="import-errors" className="error-summary" tabIndex={-1}>
        <h2 id="import-errors">{t('importErrors', { count: plan.errors.length })}</h2>
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
    );
  return (
    <section aria-labelledby="import-changes">
      <h2 id="import-changes">{t('importChangesTitle')}</h2>
      {plan.changes.length === 0 ? (
        <p>{t('importNoChanges')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('importLine')}</th>
              <th scope="col">{t('importReport')}</th>
              <th scope="col">{t('changesElement')}</th>
              <th scope="col" className="num">
                {t('changesOld')}
              </th>
              <th scope="col" className="num">
                {t('changesNew')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.map((c) => (
              <tr key={c.line}>
                <th scope="row">{c.line}</th>
                <td>{c.period}</td>
                <td>{getElement(c.elementCode)?.label[lang] ?? c.elementCode}</td>
                <td className="num">{show(c.oldValue)}</td>
                <td className="num">{show(c.newValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="apply" />
        <input type="hidden" name="csv" value={csv} />
        <input type="hidden" name="versions" value={JSON.stringify(Object.fromEntries(plan.versions))} />
        <button type="submit" className="button" disabled={plan.changes.length === 0}>
          {t('importApply')}
        </button>
      </Form>
    </section>
  );
}
