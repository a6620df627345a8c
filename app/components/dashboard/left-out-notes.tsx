import type { LeftOutGroup } from '#app/domain/left-out-groups';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { intervalsText } from '#app/i18n/intervals';
import { useT } from '#app/i18n/use-t';

/**
 * The notes on which regions each line's change against the baseline leaves out: one note per line
 * (its text from its `note`, given its left-out regions as text), each group naming its side and
 * reason once. A group of more than INLINE_REGIONS regions (national scale: the same 36 regions on
 * every line) is named in the note by its number and its regions are listed once below the notes.
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
              {t('leftOutList', { list: n, why: why(groups[i]!), names: names(groups[i]!) })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
