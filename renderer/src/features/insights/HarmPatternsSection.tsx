import { patternSentence, type HarmPatterns, type PatternRow } from '../../../../shared/domain/harm-patterns';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { appLocale } from '../../locale';
import { percent } from './format';

const HEADLINES = 3;

function interval(t: TFunction<'insights'>, row: PatternRow): string {
  return t('patterns.interval', { low: Math.round(row.low * 100), high: Math.round(row.high * 100) });
}

/** A situation without the "moments" its phrase starts with, to name several in one sentence. */
function situation(t: TFunction<'insights'>, row: PatternRow): string {
  const prefix = t('situations.phrasePrefix');
  return row.phrase.startsWith(prefix) ? row.phrase.slice(prefix.length) : row.phrase;
}

/**
 * What goes with harm, from the user's own moments: counts, shares and intervals, in words
 * first and as tables behind. Never a score, and shown only where there is enough data.
 */
export function HarmPatternsSection(props: { value: HarmPatterns }) {
  const { t } = useTranslation('insights');
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
      <h2 id="patterns-title">{t('patterns.title')}</h2>
      <p className="muted">
        {t('patterns.intro', { count: p.weeks })} <a href="#/science">{t('patterns.scienceLink')}</a>
      </p>
      {p.moments === 0 ? (
        <p className="muted">{t('patterns.noMoments')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('patterns.notEnough', { count: p.moments, minimum: p.minimum, harmed: p.harmed })}</p>
      ) : (
        <>
          {headlines.length > 0 ? (
            <ul className="patterns__headlines">
              {headlines.map(({ row, same }) => (
                <li key={row.phrase}>
                  {patternSentence(row, t, appLocale())}
                  {same.length > 0 && <span className="muted"> {t('patterns.sameCounts', { situations: same.map((r) => situation(t, r)).join('; ') })}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('patterns.nothingStandsOut')}</p>
          )}
          {!p.calendarKnown && <p className="hint">{t('patterns.connectCalendar')}</p>}
          <details className="disclosure">
            <summary>{t('patterns.allSituations')}</summary>
            {shown.map((g) => (
              <table key={g.dimension} className="data-table patterns__table">
                <caption>{g.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('patterns.situation')}</th>
                    <th scope="col">{t('patterns.moments')}</th>
                    <th scope="col">{t('patterns.harm')}</th>
                    <th scope="col">{t('patterns.share')}</th>
                    <th scope="col">{t('patterns.elsewhere')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr key={r.key} data-stands-out={r.standsOut || undefined}>
                      <th scope="row">{r.label}</th>
                      <td>{r.moments}</td>
                      <td>{r.harmed}</td>
                      <td>
                        {percent(r.share)} ({interval(t, r)})
                      </td>
                      <td>{percent(r.restShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
            <p className="muted stat__note">
              {t('patterns.leftOut', { minimum: p.minimum })}
              {p.groups.some((g) => g.hidden > 0) && t('patterns.leftOutCount', { count: p.groups.reduce((n, g) => n + g.hidden, 0) })}.
            </p>
          </details>
        </>
      )}
    </section>
  );
}
