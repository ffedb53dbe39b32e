import { patternSentence, type HarmPatterns, type PatternRow } from '../../../../shared/domain/harm-patterns';
import { percent, plural } from './format';

const HEADLINES = 3;

function interval(row: PatternRow): string {
  return `${Math.round(row.low * 100)}–${Math.round(row.high * 100)}%`;
}

/**
 * What goes with harm, from the user's own moments: counts, shares and intervals, in words
 * first and as tables behind. Never a score, and shown only where there is enough data.
 */
export function HarmPatternsSection(props: { value: HarmPatterns }) {
  const p = props.value;
  const shown = p.groups.filter((g) => g.rows.length > 0);
  // Groups with more harm than the rest, beyond what chance easily gives: the strongest first.
  const standing = p.groups
    .flatMap((g) => g.rows)
    .filter((r) => r.standsOut && r.share > r.restShare)
    .sort((a, b) => b.low - b.restShare - (a.low - a.restShare));
  // Situations with the very same counts are (nearly always) the same moments seen from another
  // side — the third meeting of a run is also a morning one. Say it once, and name the others.
  const headlines: { row: PatternRow; same: PatternRow[] }[] = [];
  for (const row of standing) {
    const twin = headlines.find((h) => h.row.moments === row.moments && h.row.harmed === row.harmed);
    if (twin) twin.same.push(row);
    else if (headlines.length < HEADLINES) headlines.push({ row, same: [] });
  }
  return (
    <section className="card patterns" aria-labelledby="patterns-title">
      <h2 id="patterns-title">What goes with harm</h2>
      <p className="muted">
        From your own moments of the last {plural(p.weeks, 'week')}: the share that harmed trust in each situation, next to the share everywhere else. A
        pattern is something to notice, not a cause. <a href="#/science">What such a pattern can and cannot mean</a>
      </p>
      {p.moments === 0 ? (
        <p className="muted">No moments of your own in that time yet.</p>
      ) : shown.length === 0 ? (
        <p className="muted">
          Not enough moments yet for a pattern: each situation needs at least {p.minimum} moments in it and {p.minimum} outside it. You have{' '}
          {plural(p.moments, 'moment')} so far, {p.harmed} of them harm.
        </p>
      ) : (
        <>
          {headlines.length > 0 ? (
            <ul className="patterns__headlines">
              {headlines.map(({ row, same }) => (
                <li key={row.phrase}>
                  {patternSentence(row)}
                  {same.length > 0 && <span className="muted"> The same counts come up {same.map((r) => r.phrase.replace(/^moments /, '')).join('; ')}: most likely the same moments.</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing stands out yet: in every situation with enough moments, the share of harm is close to the share elsewhere, given how few moments there are.</p>
          )}
          {!p.calendarKnown && <p className="hint">Connect a calendar (Settings → Calendars) to see patterns by meetings: back to back, busy days, size and recurring series.</p>}
          <details className="disclosure">
            <summary>All situations with enough moments</summary>
            {shown.map((g) => (
              <table key={g.dimension} className="data-table patterns__table">
                <caption>{g.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Situation</th>
                    <th scope="col">Moments</th>
                    <th scope="col">Harm</th>
                    <th scope="col">Share (95% interval)</th>
                    <th scope="col">Elsewhere</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr key={r.key} data-stands-out={r.standsOut || undefined}>
                      <th scope="row">{r.label}</th>
                      <td>{r.moments}</td>
                      <td>{r.harmed}</td>
                      <td>
                        {percent(r.share)} ({interval(r)})
                      </td>
                      <td>{percent(r.restShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
            <p className="muted stat__note">
              Situations with fewer than {p.minimum} moments (or fewer than {p.minimum} outside them) are left out
              {p.groups.some((g) => g.hidden > 0) && `: ${plural(p.groups.reduce((n, g) => n + g.hidden, 0), 'situation')} this time`}.
            </p>
          </details>
        </>
      )}
    </section>
  );
}
