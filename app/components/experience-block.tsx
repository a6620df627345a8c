import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { getExperienceGroup, getExperienceItem, ROUTE_LABELS } from '#app/domain/experience-items';
import type {
  ExperienceBlockData,
  ExperienceFigure,
  RouteShare,
  ShareFigure,
} from '#app/domain/experience-figures';
import { formatNumber, formatPercent } from '#app/domain/number-format';
import { getPrinciple } from '#app/domain/principles';
import type { Lang } from '#app/domain/lang';
import { experienceBlock as dict } from '#app/i18n/experience-block';
import { useLang, useT } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';
import { INLINE_REGIONS } from '#app/domain/page-weight';

type T = ReturnType<typeof useT<keyof typeof dict.nl>>;

function pct(v: number, lang: Lang) {
  return formatPercent(v, lang);
}

/** A share as text: "72% (65%–78%)", or why it is not shown. */
function shareText(f: ShareFigure, t: T, lang: Lang): string {
  if (f.state === 'hidden') return f.reason === 'protects' ? t('hiddenProtects') : t('hiddenSmall');
  if (f.state === 'unknown' || f.share === null) return t('unknown');
  return `${pct(f.share, lang)} (${pct(f.low!, lang)}–${pct(f.high!, lang)})`;
}

function windowText(f: ShareFigure, t: T, lang: Lang): string {
  const to = formatPeriodLabel(f.to, lang);
  if (!f.rolling) return to;
  const from = formatPeriodLabel(f.from, lang);
  return f.to.includes('-Q') ? t('rolling', { from, to }) : t('rollingHalf', { from, to });
}

function responseText(f: ExperienceFigure, t: T, lang: Lang): string {
  if (f.responseRate === null || f.invited === null) return t('responseUnknown', { responded: f.responded });
  return t('responseValue', { rate: pct(f.responseRate, lang), responded: f.responded, invited: f.invited });
}

function changeText(f: ExperienceFigure, t: T, lang: Lang): string {
  if (!f.change) return t('noChange');
  const pp = (v: number) => formatNumber(v * 100, lang, 0);
  return t('changeValue', { value: pp(f.change.value), low: pp(f.change.low), high: pp(f.change.high) });
}

function principleText(code: string, t: T, lang: Lang): string {
  if (code === 'outcome') return t('outcome');
  if (code === 'workforce') return t('workforce');
  return getPrinciple(code)?.label[lang] ?? code;
}

/** The item's name with the principle it informs (never a score of it). */
function ItemHeader({ code }: { code: string }) {
  const t = useT(dict);
  const lang = useLang();
  const item = getExperienceItem(code);
  return (
    <th scope="row">
      {item?.label[lang] ?? code}
      <br />
      <span className="hint">
        {principleText(item?.principle ?? '', t, lang)}
        {item?.direction === 'lower' ? ` · ${t('lowerBetter')}` : ''}
      </span>
    </th>
  );
}

function routeText(r: RouteShare, t: T, lang: Lang): string {
  const share =
    r.complementary && r.share.state === 'hidden' ? t('hiddenComplementary') : shareText(r.share, t, lang);
  const n = r.share.n !== null ? ` · n ${r.share.n}` : '';
  const response =
    r.responseRate === null || r.invited === null
      ? t('responseUnknown', { responded: r.responded })
      : t('responseValue', { rate: pct(r.responseRate, lang), responded: r.responded, invited: r.invited });
  return `${share}${n} · ${t('response')} ${response}`;
}

/** The client routes apart (same window as the group's figure), with complementary hiding. */
function RouteTable({
  group,
  rows,
  regionNames,
  several,
}: {
  group: string;
  rows: NonNullable<ExperienceBlockData['groups'][number]['routes']>;
  regionNames: Readonly<Record<number, string>>;
  several: boolean;
}) {
  const t = useT(dict);
  const lang = useLang();
  const routes = rows[0]?.routes.map((r) => r.route) ?? [];
  const id = `experience-routes-${group}`;
  return (
    <details className="experience-routes">
      <summary id={id}>
        {t('routesTitle', { group: getExperienceGroup(group)?.label[lang] ?? group })}
      </summary>
      <p className="hint">{t('routesIntro')}</p>
      <DataTable
        labelledBy={id}
        columns={[
          ...(several ? [t('routeRegion')] : []),
          t('item'),
          ...routes.map((r) => ROUTE_LABELS[r][lang]),
        ]}
      >
        {rows.map((row) => (
          <tr key={`${row.regionId}:${row.item}`}>
            {several ? <td>{regionNames[row.regionId] ?? String(row.regionId)}</td> : null}
            <ItemHeader code={row.item} />
            {row.routes.map((r) => (
              <td key={r.route} data-route={r.route}>
                {routeText(r, t, lang)}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </details>
  );
}

/**
 * The "Ervaring" block (issue 25): parents, young people and professionals side by side, per item
 * the share agreeing with its Wilson interval, n and the response rate, the window, and the change
 * against the first measured year. One region: a row per item; several: a column per region.
 */
export function ExperienceBlock({
  data,
  regionNames,
  headingLevel = 'h2',
}: {
  data: ExperienceBlockData;
  regionNames: Readonly<Record<number, string>>;
  headingLevel?: 'h2' | 'h3';
}) {
  const t = useT(dict);
  const lang = useLang();
  const Heading = headingLevel;
  const Sub = headingLevel === 'h2' ? 'h3' : 'h4';
  return (
    <section aria-labelledby="experience-title" className="experience-block">
      <Heading id="experience-title">{t('blockTitle')}</Heading>
      <p>{t('blockIntro')}</p>
      {data.rounded ? <p className="hint">{t('rounded')}</p> : null}
      {data.groups.length === 0 ? <p>{t('blockNone')}</p> : null}
      <div className="experience-groups">
        {data.groups.map((g) => {
          const info = getExperienceGroup(g.group)!;
          const id = `experience-${g.group}`;
          const single = g.regions.length === 1 ? g.regions[0]! : null;
          return (
            <section key={g.group} aria-labelledby={id} className="experience-group">
              <Sub id={id}>{info.label[lang]}</Sub>
              <p className="hint">{t('frame', { frame: info.frame[lang] })}</p>
              {single ? (
                <DataTable
                  labelledBy={id}
                  columns={[
                    t('item'),
                    num(t('share')),
                    num(t('n')),
                    t('window'),
                    t('response'),
                    t('firstYear'),
                    t('change'),
                  ]}
                >
                  {single.figures.map((f) => (
                    <tr key={f.item}>
                      <ItemHeader code={f.item} />
                      <td className="num">{shareText(f.current, t, lang)}</td>
                      <td className="num">{f.current.n ?? '—'}</td>
                      <td>{windowText(f.current, t, lang)}</td>
                      <td>{responseText(f, t, lang)}</td>
                      <td>
                        {f.first
                          ? `${shareText(f.first, t, lang)}, ${windowText(f.first, t, lang)}`
                          : t('noChange')}
                      </td>
                      <td>{changeText(f, t, lang)}</td>
                    </tr>
                  ))}
                </DataTable>
              ) : (
                <DataTable
                  labelledBy={id}
                  columns={[
                    t('item'),
                    ...g.regions.map((r) => regionNames[r.regionId] ?? String(r.regionId)),
                  ]}
                >
                  {g.items.map((code, i) => (
                    <tr key={code}>
                      <ItemHeader code={code} />
                      {g.regions.map((r) => {
                        const f = r.figures[i]!;
                        return (
                          <td key={r.regionId}>
                            {shareText(f.current, t, lang)}
                            {f.current.n !== null ? ` · n ${f.current.n}` : ''}
                            <br />
                            <span className="hint">
                              {windowText(f.current, t, lang)} · {t('response')} {responseText(f, t, lang)}
                              {f.change ? ` · ${t('change')}: ${changeText(f, t, lang)}` : ''}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </DataTable>
              )}
              {g.routes && g.routes.length > 0 ? (
                <RouteTable
                  group={g.group}
                  rows={g.routes}
                  regionNames={regionNames}
                  several={g.regions.length > 1}
                />
              ) : null}
            </section>
          );
        })}
      </div>
    </section>
  );
}

/**
 * Whether a programme page over `regionCount` regions shows every region's experience column: up to
 * INLINE_REGIONS always; with more (the national scale) the page links to each region's page, and
 * to the whole table behind `?ervaring=alle` (a real URL: works without JavaScript, can be printed).
 */
export function showAllExperience(url: URL, regionCount: number) {
  return regionCount <= INLINE_REGIONS || url.searchParams.get('ervaring') === 'alle';
}

/** The block collapsed: the same title and intro, a link to each region's figures and to the whole table. */
export function ExperienceCollapsed({
  regions,
  search,
  headingLevel = 'h2',
}: {
  regions: readonly { slug: string; name: string }[];
  /** the page's own query string, to which `ervaring=alle` is added */
  search: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const t = useT(dict);
  const Heading = headingLevel;
  const params = new URLSearchParams(search);
  params.set('ervaring', 'alle');
  return (
    <section aria-labelledby="experience-title" className="experience-block">
      <Heading id="experience-title">{t('blockTitle')}</Heading>
      <p>{t('blockIntro')}</p>
      <p>{t('collapsedNote')}</p>
      <ul className="inline-list">
        {regions.map((r) => (
          <li key={r.slug}>
            <a href={`/regios/${r.slug}#experience-title`}>{r.name}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`?${params}#experience-title`}>{t('showAll', { count: regions.length })}</a>
      </p>
    </section>
  );
}
