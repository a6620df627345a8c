import { Form } from '@remix-run/react';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import type { Text } from '#app/domain/lang';
import { formatNumber } from '#app/domain/number-format';
import type { ReferenceBaseline } from '#app/domain/reference-baseline';
import { cbsBaselineText } from '#app/i18n/cbs-baseline';
import { useLang, useT } from '#app/i18n/use-t';
import type { CbsBaselineRow } from '#app/models/cbs-baseline.server';
import { formatDate } from '#app/utils/format';
import { cbsPeriodName, missingCellsText as missingText } from '#app/utils/cbs-format';
import { REASON_KEY } from './cbs-baseline-text';

export interface CbsBaselineData {
  /** the span the rows are computed over (whole half-years in 2019–2022, up to 48 months) */
  span: { from: string; to: string };
  /** what was wrong with the span asked for in the address (the default span is shown instead) */
  spanError: string | null;
  rows: CbsBaselineRow[];
  labels: Record<string, Text>;
  names: Record<string, string>;
}

/** Per outcome with a CBS measure: its baseline from CBS's pre-pilot years, to fill or clear. */
export function CbsBaselineFill({
  data,
  filled,
}: {
  data: CbsBaselineData;
  filled: readonly ReferenceBaseline[];
}) {
  const t = useT(cbsBaselineText);
  const lang = useLang();
  if (data.rows.length === 0) return null;
  return (
    <section aria-labelledby="cbs-baseline-title">
      <h2 id="cbs-baseline-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="caveat">{t('caveat')}</p>
      {data.spanError ? (
        <p className="error-message" role="alert">
          {data.spanError}
        </p>
      ) : null}
      <Form method="get" aria-labelledby="cbs-span-legend">
        <fieldset>
          <legend id="cbs-span-legend">{t('spanLegend')}</legend>
          <p className="hint" id="cbs-span-hint">
            {t('spanHint')}
          </p>
          <label htmlFor="cbs-span-from">{t('spanFrom')}</label>{' '}
          <input
            id="cbs-span-from"
            name="cbsVan"
            type="text"
            inputMode="numeric"
            defaultValue={data.span.from}
            placeholder="2019-01"
            aria-describedby="cbs-span-hint"
          />{' '}
          <label htmlFor="cbs-span-to">{t('spanTo')}</label>{' '}
          <input
            id="cbs-span-to"
            name="cbsTot"
            type="text"
            inputMode="numeric"
            defaultValue={data.span.to}
            placeholder="2022-12"
            aria-describedby="cbs-span-hint"
          />{' '}
          <button type="submit" className="button button-secondary">
            {t('spanShow')}
          </button>
        </fieldset>
      </Form>
      <p>{t('spanCurrent', data.span)}</p>
      <DataTable
        id="cbs-baseline"
        caption={{ id: 'cbs-baseline-caption', text: t('caption') }}
        columns={[
          t('colOutcome'),
          t('colMeasure'),
          t('colPeriods'),
          num(t('colValue')),
          t('colCurrent'),
          t('colAction'),
        ]}
      >
        {data.rows.map((r) => {
          const outcome = data.labels[r.code]?.[lang] ?? r.code;
          const b = r.baseline;
          const f = filled.find((x) => x.code === r.code && x.seriesCode.startsWith('cbs-voor-pilot:'));
          const marks = [b.provisional ? t('provisional') : '', b.rounded ? t('rounded') : ''].filter(
            Boolean,
          );
          return (
            <tr key={r.code}>
              <th scope="row">{outcome}</th>
              <td>
                {r.measureLabel[lang]} ({r.tableId})
              </td>
              <td>{b.periods.map((p) => cbsPeriodName(p, lang)).join(', ') || '—'}</td>
              <td className="num">
                {b.value !== null && b.count !== null && b.childYears !== null
                  ? `${t('value', {
                      value: formatNumber(b.value, lang, 1),
                      count: formatNumber(b.count, lang, 0),
                      years: formatNumber(b.childYears, lang, 0),
                    })}${marks.length ? ` (${marks.join(', ')})` : ''}`
                  : t(REASON_KEY[b.reason ?? 'unknown'], { list: missingText(b.missing, data.names, lang) })}
              </td>
              <td>
                {f
                  ? t('filled', {
                      value: formatNumber(f.value, lang, 1),
                      from: f.from,
                      to: f.to,
                      table: f.sourceTable,
                      retrieved: f.retrievedOn ? formatDate(f.retrievedOn, lang) : '—',
                    })
                  : '—'}
              </td>
              <td>
                <Form method="post">
                  <input type="hidden" name="code" value={r.code} />
                  <input type="hidden" name="cbsFrom" value={data.span.from} />
                  <input type="hidden" name="cbsTo" value={data.span.to} />
                  {b.value !== null ? (
                    <button type="submit" name="intent" value="cbs-fill" className="button button-secondary">
                      {t('fill', { outcome })}
                    </button>
                  ) : null}{' '}
                  {f ? (
                    <button type="submit" name="intent" value="clear" className="button button-secondary">
                      {t('clear', { outcome })}
                    </button>
                  ) : null}
                </Form>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
