/**
 * Principle scores as horizontal bars (0–100) in plain HTML: drawn on the server, so the overview
 * loads no chart library. Each bar has its number as text beside it.
 */
export interface ScoreBar {
  key: string;
  label: string;
  /** null: show `missingText` instead of a bar */
  score: number | null;
  text: string;
  change?: string | null;
  colour: string;
}

export function ScoreBars({ bars }: { bars: readonly ScoreBar[] }) {
  return (
    <dl className="score-bars">
      {bars.map((b) => (
        <div key={b.key} className="score-bar-row">
          <dt>{b.label}</dt>
          <dd>
            <span className="score-bar-track" aria-hidden="true">
              {b.score !== null ? (
                <span
                  className="score-bar-fill"
                  style={{ width: `${Math.round(b.score)}%`, background: b.colour }}
                />
              ) : null}
            </span>
            <span className="score-bar-text">{b.text}</span>
            {b.change ? <span className="score-bar-change">{b.change}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
