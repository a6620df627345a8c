import { DataTable } from '#app/components/data-table';
import { Form } from '@remix-run/react';
import { num } from '#app/components/table-head';
import { formatNumber } from '#app/domain/number-format';
import type { ReferenceBaseline } from '#app/domain/reference-baseline';
import { regionsText } from '#app/i18n/regions';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDate } from '#app/utils/format';

export interface ReferenceFillData {
  rows: {
    code: string;
    series: string;
    label: string;
    source: string;
    sourceTable: string;
    retrievedOn: string;
    mean: number | null;
  }[];
  filled: ReferenceBaseline[];
}

/** Per indicator with a reference series: fill its baseline from it, or clear what is filled. */
export function ReferenceFill({
  data,
  labels,
}: {
  data: ReferenceFillData;
  /** each indicator's name in the interface language */
  labels: Record<string, string>;
}) {
  const t = useT(regionsText);
  const lang = useLang();
  const filledOf = (code: string) => data.filled.find((f) => f.code === code);
  return (
    <section aria-labelledby="fill-title">
      <h2 id="fill-title">{t('fillTitle')}</h2>
      <p>{t('fillIntro')}</p>
      {data.rows.length === 0 ? (
        <p>{t('fillNone')}</p>
      ) : (
        <DataTable
          id="reference-fill"
          caption={{ id: 'fill-caption', text: t('fillCaption') }}
          columns={[
            t('fillColIndicator'),
            t('fillColSeries'),
            num(t('fillColValue')),
            t('fillColCurrent'),
            t('fillColAction'),
          ]}
        >
          {data.rows.map((r) => {
            const f = filledOf(r.code);
            return (
              <tr key={`${r.code}|${r.series}`}>
                <th scope="row">{labels[r.code] ?? r.code}</th>
                <td>
                  {r.label} ({r.source}, {r.sourceTable})
                </td>
                <td className="num">{r.mean === null ? '—' : formatNumber(r.mean, lang, 1)}</td>
                <td>
                  {f
                    ? t('fillSource', {
                        value: formatNumber(f.value, lang, 1),
                        label: f.label,
                        source: f.source,
                        table: f.sourceTable,
                        retrieved: formatDate(f.retrievedOn, lang),
                        from: f.from,
                        to: f.to,
                      })
                    : '—'}
                </td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="code" value={r.code} />
                    <input type="hidden" name="series" value={r.series} />
                    {r.mean !== null ? (
                      <button type="submit" name="intent" value="fill" className="button button-secondary">
                        {t('fillButton', { series: r.label })}
                      </button>
                    ) : null}{' '}
                    {f?.seriesCode === r.series ? (
                      <button type="submit" name="intent" value="clear" className="button button-secondary">
                        {t('fillClear', { indicator: labels[r.code] ?? r.code })}
                      </button>
                    ) : null}
                  </Form>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
