import { DataTable } from '#app/components/data-table';
import { IntentForm } from '#app/components/intent-form';
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
        <DataTable
          labelledBy="periods-title"
          columns={[t('period'), t('status'), t('submitted'), mayApprove ? t('action') : null].filter(
            Boolean,
          )}
        >
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
                    <IntentForm
                      intent="approve"
                      values={{ period: p.period }}
                      className="button"
                      label={t('approvePeriod', { period: p.period })}
                    >
                      {t('approve')}
                    </IntentForm>
                  ) : mayReopen ? (
                    <IntentForm
                      intent="reopen"
                      values={{ period: p.period }}
                      formClassName="inline-form"
                      label={t('reopenPeriod', { period: p.period })}
                      fields={
                        <>
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
                        </>
                      }
                    >
                      {t('reopen')}
                    </IntentForm>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
