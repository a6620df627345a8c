import { num } from '#app/components/table-head';
import { DataTable } from '#app/components/data-table';
import { formatPeriodLabel } from '#app/utils/format';
import { Link } from '@remix-run/react';
import { ScoreBars } from '#app/components/charts/score-bars';
import {
  PrincipleHiddenNote,
  ProvisionalBadge,
  useFigureText,
  type RegionInfo,
} from '#app/components/dashboard/figures';
import type { PrincipleScore } from '#app/domain/scoring';
import type { Exclusion } from '#app/domain/outcomes';
import type { Text } from '#app/domain/lang';
import { TotalCoverage } from '#app/components/dashboard/total-coverage';
import { outcomesText } from '#app/i18n/outcomes';
import { PRINCIPLE_CODES, PRINCIPLES, type PrincipleCode } from '#app/domain/principles';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';

/**
 * A principle as the cards and the table draw it, with its change since the period before in whole
 * points (null: either score unknown). A card's row holds the whole score; at national scale a
 * region's row (no card, a row of the table) holds the score in whole points as the table writes it.
 */
export type CardScore = Pick<PrincipleScore, 'score' | 'sufficient' | 'hiddenIndicators'> &
  Partial<PrincipleScore> & { change: number | null };

export interface PrincipleRow {
  provisional: boolean;
  groups: Record<PrincipleCode, CardScore>;
}

export interface Card {
  bucket: string;
  /** the period the changes are against */
  previousBucket: string;
  regions: PrincipleRow[];
  total: PrincipleRow;
  /** per scored indicator, the regions the programme total leaves out (only those that leave some out) */
  totalExcluded: { code: string; label: Text; excluded: Exclusion[] }[];
}

/**
 * Small multiples: one scorecard with four bars per region, then the same numbers as a table. With
 * more than INLINE_REGIONS regions (national scale) only the programme total has its card: the
 * table holds every region's numbers and links to its page (the bars side by side are on
 * /vergelijken); 42 cards were half of the overview's HTML.
 */
export function RegionCards({ regions, current }: { regions: RegionInfo[]; current: Card }) {
  const t = useT(dashboardCore);
  const tr = useT(outcomesText);
  const lang = useLang();
  const f = useFigureText();
  const label = (code: string) => PRINCIPLES.find((p) => p.code === code)!.label[lang];
  const rows = [
    ...regions.map((r, i) => ({
      key: r.slug,
      name: r.name,
      colour: r.colour,
      href: `/regios/${r.slug}`,
      now: current.regions[i]!,
    })),
    {
      key: 'total',
      name: t('total'),
      colour: '#444',
      href: null,
      now: current.total,
    },
  ];
  const bars = (row: (typeof rows)[number]) =>
    PRINCIPLE_CODES.map((p) => ({
      key: p,
      label: label(p),
      score: row.now.groups[p].score,
      text: f.principle(row.now.groups[p]),
      change: f.changeText(row.now.groups[p].change),
      colour: row.colour,
    }));
  const cards = regions.length > INLINE_REGIONS ? rows.filter((row) => row.href === null) : rows;
  return (
    <>
      <ul className="scorecards">
        {cards.map((row) => (
          <li key={row.key} className="scorecard">
            <h2>
              <span className="region-swatch" style={{ background: row.colour }} aria-hidden="true" />{' '}
              {row.href ? <Link to={row.href}>{row.name}</Link> : row.name}{' '}
              {row.now.provisional ? <ProvisionalBadge /> : null}
            </h2>
            <ScoreBars bars={bars(row)} />
          </li>
        ))}
      </ul>
      {current.totalExcluded.length > 0 ? (
        <div className="total-coverage-list" id="overview-total-coverage">
          <p className="hint">
            {tr('totalPrinciplesLeaveOut', { period: formatPeriodLabel(current.bucket, lang) })}
          </p>
          {current.totalExcluded.map((c) => (
            <TotalCoverage
              key={c.code}
              label={c.label[lang]}
              excluded={c.excluded}
              regionCount={regions.length}
              nameOf={(id) => regions.find((r) => r.id === id)?.name ?? String(id)}
            />
          ))}
        </div>
      ) : null}
      <DataTable
        id="overview-table"
        caption={{
          id: 'overview-table-caption',
          text: t('overviewTableCaption', {
            period: formatPeriodLabel(current.bucket, lang),
            previous: formatPeriodLabel(current.previousBucket, lang),
          }),
        }}
        columns={[t('region'), ...PRINCIPLE_CODES.map((p) => num(label(p)))]}
      >
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.href && cards !== rows ? <Link to={row.href}>{row.name}</Link> : row.name}{' '}
              {row.now.provisional ? <ProvisionalBadge /> : null}
            </th>
            {PRINCIPLE_CODES.map((p) => (
              <td className="num" key={p}>
                {f.principle(row.now.groups[p])}
                <PrincipleHiddenNote p={row.now.groups[p]} />{' '}
                <span className="change">{f.changeText(row.now.groups[p].change)}</span>
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
