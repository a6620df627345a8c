import { DataTable } from '#app/components/data-table';
import { regionsText } from '#app/i18n/regions';
import { cbsPage } from '#app/i18n/cbs-page';
import { useLang, useT } from '#app/i18n/use-t';
import { formatNumber } from '#app/domain/number-format';
import { formatDateTime, formatMonth } from '#app/utils/format';
import { num } from '#app/components/table-head';

export interface ScopeHistoryRow {
  id: number;
  effectiveFrom: string;
  children: number;
  municipalities: string[];
  source: string;
  /** 'typed': the children were typed (an estimate) — every scope row is, since issue 24 */
  origin?: string;
  setAt: string;
  setBy: string | null;
}

export interface ChangeRow {
  id: number;
  at: string;
  user: string | null;
  /** field → [old, new] as text */
  changes: [string, string, string][];
  reason: string | null;
}

/** Every scope row, newest first: the population's history (rows are only ever added). */
export function ScopeHistory({ rows }: { rows: readonly ScopeHistoryRow[] }) {
  const t = useT(regionsText);
  const tc = useT(cbsPage);
  const lang = useLang();
  if (rows.length === 0) return <p className="notice">{t('scopeNone')}</p>;
  return (
    <DataTable
      caption={{ id: 'scope-history-caption', text: t('scopeHistory') }}
      columns={[
        t('colEffectiveFrom'),
        num(t('fieldChildren')),
        t('colMunicipalities'),
        t('colSource'),
        t('colSetBy'),
        t('colSetAt'),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">{formatMonth(r.effectiveFrom, lang)}</th>
          <td className="num">{formatNumber(r.children, lang, 0)}</td>
          <td>{r.municipalities.join(', ')}</td>
          <td>
            {r.origin === 'typed' ? <span className="badge">{tc('originTyped')}</span> : null} {r.source}
          </td>
          <td>{r.setBy ?? '—'}</td>
          <td>{formatDateTime(r.setAt, lang)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The region's field changes from the audit log (old → new). */
export function ChangeHistory({ rows }: { rows: readonly ChangeRow[] }) {
  const t = useT(regionsText);
  const lang = useLang();
  return (
    <section aria-labelledby="region-history-title">
      <h2 id="region-history-title">{t('historyTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('historyNone')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              {formatDateTime(r.at, lang)} · {r.user ?? '—'}:{' '}
              {r.changes.map(([field, from, to]) => `${field}: ${from} → ${to}`).join('; ')}
              {r.reason ? ` (${r.reason})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Audit entries of a region as change rows. */
export function toChangeRows(
  entries: readonly {
    id: number;
    at: string;
    user: string | null;
    action: string;
    detail: Record<string, unknown> | null;
  }[],
): ChangeRow[] {
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
  return entries.map((e) => {
    const d = e.detail ?? {};
    const changes =
      e.action === 'region.create'
        ? [['region', '—', text(d.name)] as [string, string, string]]
        : e.action === 'region.scope'
          ? [
              [
                'scope',
                '—',
                `${text((d.scope as { effectiveFrom?: string })?.effectiveFrom)}: ${text((d.scope as { children?: number })?.children)}`,
              ] as [string, string, string],
            ]
          : Object.entries((d.changes ?? {}) as Record<string, [unknown, unknown]>).map(
              ([k, [a, b]]) => [k, text(a), text(b)] as [string, string, string],
            );
    return {
      id: e.id,
      at: e.at,
      user: e.user,
      changes,
      reason: typeof d.reason === 'string' ? d.reason : null,
    };
  });
}
