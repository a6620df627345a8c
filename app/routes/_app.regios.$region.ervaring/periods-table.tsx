import { Form } from '@remix-run/react';
import { TableHead } from '#app/components/table-head';
import { TableScroll } from '#app/components/table-scroll';
import { experience as dict } from '#app/i18n/experience';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDateTime } from '#app/utils/format';

/** The region's imported periods with their status; a manager approves a submitted one here. */
export function PeriodsTable({
  periods,
  mayApprove,
  mayReopen,
}: {
  periods: readonly {
    period: string;
    status: 'submitted' | 'approved';
    submittedAt: string;
    submittedBy: string | null;
  }[];
  mayApprove: boolean;
  mayReopen: boolean;
}) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="periods-title">
      <h2 id="periods-title">{t('periodsTitle')}</h2>
      {periods.length === 0 ? (
        <p>{t('periodsNone')}</p>
      ) : (
        <TableScroll labelledBy="periods-title">
          <table className="table">
            <TableHead
              columns={[t('period'), t('status'), t('submitted'), mayApprove ? t('action') : null].filter(
                Boolean,
              )}
            />
            <tbody>
              {periods.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td>{p.status === 'approved' ? t('statusApproved') : t('statusSubmitted')}</td>
                  <td>
                    {p.submittedBy ?? '—'}, {formatDateTime(p.submittedAt, lang)}
                  </td>
                  {mayApprove ? (
                    <td>
                      {p.status === 'submitted' ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="approve" />
                          <input type="hidden" name="period" value={p.period} />
                          <button
                            type="submit"
                            className="button"
                            aria-label={t('approvePeriod', { period: p.period })}
                          >
                            {t('approve')}
                          </button>
                        </Form>
                      ) : mayReopen ? (
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="reopen" />
                          <input type="hidden" name="period" value={p.period} />
                          <label htmlFor={`reason-${p.period}`}>
                            {t('reopenReasonLabel', { period: p.period })}
                          </label>
                          <input
                            id={`reason-${p.period}`}
                            name="reason"
                            required
                            minLength={3}
                            maxLength={500}
                          />
                          <button
                            type="submit"
                            className="button-secondary"
                            aria-label={t('reopenPeriod', { period: p.period })}
                          >
                            {t('reopen')}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
