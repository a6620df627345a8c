import { DataTable } from '#app/components/data-table';
import { RATE_OUTCOME_DEFS } from '#app/domain/outcome-catalogue';
import { ALL_REGISTER_FIELDS } from '#app/domain/register-definitions';
import { registers, type RegistersKey } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDate, formatDateTime } from '#app/utils/format';
import { type Text } from '#app/domain/lang';
import { INDICATORS } from '#app/domain/indicators';

export interface HistoryRow {
  id: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  at: string;
  userName: string | null;
}

// What the history shows of a field comes from the registers' field lists (register-fields.ts).
const FIELD_KEYS: Record<string, RegistersKey> = Object.fromEntries(
  ALL_REGISTER_FIELDS.map((f) => [f.name, f.label]),
);

const DATE_FIELDS = new Set(
  ALL_REGISTER_FIELDS.filter((f) => f.kind === 'date' || f.kind === 'statusSince').map((f) => f.name),
);

const INDICATOR_LABELS: Record<string, Text> = Object.fromEntries([
  ...INDICATORS.map((i) => [i.code, i.label]),
  ...RATE_OUTCOME_DEFS.map((o) => [o.code, o.label]),
]);

// Both registers have a status (with their own codes): their labels are merged.
const CODE_LABELS: Record<string, Record<string, Text>> = {};
for (const f of ALL_REGISTER_FIELDS)
  if (f.kind === 'code' || f.kind === 'codes' || f.kind === 'status')
    CODE_LABELS[f.name] = { ...CODE_LABELS[f.name], ...f.labels };
  else if (f.kind === 'indicators') CODE_LABELS[f.name] = INDICATOR_LABELS;

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
        <DataTable
          className="table history-table"
          labelledBy="history-title"
          columns={[t('historyWhen'), t('historyWho'), t('historyField'), t('historyOld'), t('historyNew')]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{formatDateTime(r.at, lang)}</td>
              <td>{r.userName ?? t('notSet')}</td>
              <th scope="row">{FIELD_KEYS[r.field] ? t(FIELD_KEYS[r.field]) : r.field}</th>
              <td className="history-value">{show(r.field, r.oldValue)}</td>
              <td className="history-value">{show(r.field, r.newValue)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
