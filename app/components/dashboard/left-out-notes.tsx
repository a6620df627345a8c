import type { LeftOutGroup } from '#app/domain/left-out-groups';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { intervalsText } from '#app/i18n/intervals';
import { useT } from '#app/i18n/use-t';

/**
 * The notes on which regions each line's change against the baseline leaves out: one note per line
 * (its text from its `note`, given its left-out regions as text), each group naming its side and
 * reason once. A group of more than INLINE_REGIONS regions (national scale: the same 36 regions on
 * every line) is named in the note by its number and its regions are listed once below the notes;
 * a list that differs from an earlier one by at most three regions is written as that list except
 * or and also those regions.
 */
export function LeftOutNotes({
  lines,
  groups,
  why,
  nameOf,
  id,
}: {
  /** per line its key, its indices into `groups` and its note given its left-out regions as text */
  lines: { key: string; leftOut: readonly number[]; note: (list: string) => string }[];
  groups: readonly LeftOutGroup[];
  /** the side and the reason as text: "basis: te weinig maanden van de basisperiode bekend" */
  why: (g: LeftOutGroup) => string;
  nameOf: (regionId: number) => string;
  /** prefix of the ids of the long lists */
  id: string;
}) {
  const t = useT(intervalsText);
  const shown = lines.filter((l) => l.leftOut.length > 0);
  if (shown.length === 0) return null;
  // the long lists, numbered in the order the notes first name them
  const numbers = new Map<number, number>();
  for (const l of shown)
    for (const i of l.leftOut)
      if (groups[i]!.regionIds.length > INLINE_REGIONS && !numbers.has(i)) numbers.set(i, numbers.size + 1);
  const names = (g: LeftOutGroup) => g.regionIds.map(nameOf).join(', ');
  // a list that differs from an earlier one of the same side and reason by a few regions says so
  // (national scale: 36 regions, and 35 where one of them is also unknown now)
  const listText = (i: number, n: number) => {
    const g = groups[i]!;
    for (const [j, m] of numbers) {
      if (m >= n) break;
      const like = groups[j]!;
      if (like.side !== g.side || like.reason !== g.reason) continue;
      const without = like.regionIds.filter((r) => !g.regionIds.includes(r));
      const also = g.regionIds.filter((r) => !like.regionIds.includes(r));
      if (without.length + also.length > 3) continue;
      const change =
        (without.length > 0 ? t('leftOutExcept', { names: without.map(nameOf).join(', ') }) : '') +
        (also.length > 0 ? t('leftOutAlso', { names: also.map(nameOf).join(', ') }) : '');
      return t('leftOutListLike', { list: n, why: why(g), like: m, change });
    }
    return t('leftOutList', { list: n, why: why(g), names: names(g) });
  };
  return (
    <>
      <ul className="hint matched-notes">
        {shown.map((l) => (
          <li key={l.key}>
            {l.note(
              l.leftOut
                .map((i) => {
                  const g = groups[i]!;
                  const n = numbers.get(i);
                  return `${why(g)} (${
                    n === undefined ? names(g) : t('leftOutSeeList', { n: g.regionIds.length, list: n })
                  })`;
                })
                .join('; '),
            )}
          </li>
        ))}
      </ul>
      {numbers.size > 0 ? (
        <ul className="hint matched-notes left-out-lists">
          {[...numbers].map(([i, n]) => (
            <li key={i} id={`${id}-${n}`}>
              {listText(i, n)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
