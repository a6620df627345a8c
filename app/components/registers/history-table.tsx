import {
  BOTTLENECK_STATUS_LABELS,
  EXPERIMENT_STATUS_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  OUTCOME_LABELS,
  PARTNER_LABELS,
  PRINCIPLE_LABELS,
  SEVERITY_LABELS,
  THEME_LABELS,
} from '~/domain/register-codes';
import { registers, type RegistersKey } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';
import { formatDate, formatDateTime } from '~/utils/format';
import { type Text } from '~/domain/lang';
import { INDICATORS } from '~/domain/indicators';
import { TableScroll } from '~/components/table-scroll';

export interface HistoryRow {
  id: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  at: string;
  userName: string | null;
}

const FIELD_KEYS: Record<string, RegistersKey> = {
  regionId: 'fieldRegion',
  title: 'fieldTitle',
  hypothesis: 'fieldHypothesis',
  description: 'fieldDescription',
  principles: 'fieldPrinciples',
  principle: 'fieldPrinciple',
  themes: 'fieldThemes',
  partners: 'fieldPartners',
  status: 'fieldStatus',
  startDate: 'fieldStartDate',
  endDate: 'fieldEndDate',
  outcome: 'fieldOutcome',
  lessons: 'fieldLessons',
  bottleneckIds: 'fieldBottlenecks',
  indicators: 'fieldIndicators',
  experimentIds: 'fieldExperiments',
  legalFramework: 'fieldFramework',
  article: 'fieldArticle',
  severity: 'fieldSeverity',
  identifiedDate: 'fieldIdentifiedDate',
  resolvedDate: 'fieldResolvedDate',
  proposedSolution: 'fieldProposedSolution',
};

const DATE_FIELDS = new Set(['startDate', 'endDate', 'identifiedDate', 'resolvedDate', 'statusSince']);

const INDICATOR_LABELS: Record<string, Text> = Object.fromEntries(INDICATORS.map((i) => [i.code, i.label]));

const CODE_LABELS: Record<string, Record<string, Text>> = {
  indicators: INDICATOR_LABELS,
  principles: PRINCIPLE_LABELS,
  principle: PRINCIPLE_LABELS,
  themes: THEME_LABELS,
  partners: PARTNER_LABELS,
  status: { ...EXPERIMENT_STATUS_LABELS, ...BOTTLENECK_STATUS_LABELS },
  outcome: OUTCOME_LABELS,
  legalFramework: LEGAL_FRAMEWORK_LABELS,
  severity: SEVERITY_LABELS,
};

/**
 * Every change of a register entry: who, when, which field, old and new value. Values are shown
 * with the labels of their codes in the interface language.
 */
export function HistoryTable({ rows }: { rows: HistoryRow[] }) {
  const t = useT(registers);
  const lang = useLang();
  const show = (field: string, value: string | null) => {
    if (value === null) return t('notSet');
    const labels = CODE_LABELS[field];
    return labels
      ? value
          .split(', ')
          .map((c) => labels[c]?.[lang] ?? c)
          .join(', ')
      : DATE_FIELDS.has(field)
        ? formatDate(value, lang)
        : value;
  };
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <p>{t('historyIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('historyNone')}</p>
      ) : (
        <TableScroll labelledBy="history-title">
          <table className="table history-table">
            <thead>
              <tr>
                <th scope="col">{t('historyWhen')}</th>
                <th scope="col">{t('historyWho')}</th>
                <th scope="col">{t('historyField')}</th>
                <th scope="col">{t('historyOld')}</th>
                <th scope="col">{t('historyNew')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at, lang)}</td>
                  <td>{r.userName ?? t('notSet')}</td>
                  <th scope="row">{FIELD_KEYS[r.field] ? t(FIELD_KEYS[r.field]) : r.field}</th>
                  <td className="history-value">{show(r.field, r.oldValue)}</td>
                  <td className="history-value">{show(r.field, r.newValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
