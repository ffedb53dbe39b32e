import { useId, useState } from 'react';
import type { InsightsOverview } from '../../../../shared/domain/insights';
import { call, errorMessage } from '../../api';
import { ExportDialog } from './ExportDialog';
import { HarmPatternsSection } from './HarmPatternsSection';
import { NotReachedList, type InsightsSettingsChange } from './NotReachedList';
import { PeopleSection } from './PeopleSection';
import { PersonPage } from './PersonPage';
import { FollowThroughCard, ResponseCard } from './RatesSection';
import { TagTrends } from './TagTrends';
import { TrendChart } from './TrendChart';
import { useInsights } from './useInsights';
import { navigate, routeParams, useHashRoute } from '../../hooks/useHashRoute';
import { mainRoute } from '../../../../shared/contract/main-route';

const PERIODS = [4, 8, 12, 26, 52];

/** Everything that is counted per week: the trend, behaviours, intentions and check-ins. */
function Weeks({ overview }: { overview: InsightsOverview }) {
  return (
    <>
      <section className="card" aria-labelledby="trend-title">
        <h2 id="trend-title">Help and harm, week by week</h2>
        <TrendChart overview={overview} />
      </section>

      <section className="card" aria-labelledby="tags-title">
        <h2 id="tags-title">Builders and damagers</h2>
        <p className="muted">The behaviours you tagged on your own moments, most frequent first, with how often each came up week by week.</p>
        <TagTrends builders={overview.builders} damagers={overview.damagers} weeks={overview.weeks.map((w) => w.weekStart)} />
      </section>

      <div className="stat-grid">
        <FollowThroughCard value={overview.totals.followThrough} />
        <ResponseCard value={overview.totals.response} />
      </div>
      <details className="disclosure disclosure--plain">
        <summary>How these are counted</summary>
        <ul className="definitions">
          <li>
            <strong>Weeks</strong> run Monday to Sunday in your time zone. A moment stays in the week you lived it, even after travelling.
          </li>
          <li>
            <strong>Help and harm</strong> count your own moments. Moments you witnessed (“I saw someone…”) are shown apart and never mixed in.
          </li>
          <li>
            <strong>Intentions kept</strong>: meetings that had an intention and have ended. “Kept fully” is the share of “yes” among the answers to “kept?”; blanks and meetings not looked back on are listed, not counted as failures.
          </li>
          <li>
            <strong>Check-ins answered</strong>: of the cards shown to you, the share answered on the card or later from the day’s review. Skipped, put off and timed-out cards count as not answered. Cards never shown (quiet hours, paused, screen locked, too late) are not counted.
          </li>
        </ul>
      </details>
    </>
  );
}

/** Insights, or one person's page ("/insights?person=Sam%20Rivera"). */
export function InsightsView() {
  const person = routeParams(useHashRoute()).get('person')?.trim();
  return person ? <PersonPage key={person} name={person} /> : <Overview />;
}

/** Insights: how the weeks went (help and harm, behaviours, intentions, check-ins) and who to reach. */
function Overview() {
  const [weeks, setWeeks] = useState(12);
  const [exporting, setExporting] = useState(false);
  const [settingError, setSettingError] = useState<string | null>(null);
  const insights = useInsights(weeks);
  const periodId = useId();
  const overview = insights.overview;
  const nothingYet = overview !== null && overview.momentsInLog === 0 && overview.totals.followThrough.intentions === 0 && overview.totals.response.shown === 0;

  const saveInsightsSettings = (insights: InsightsSettingsChange) => {
    setSettingError(null);
    call('settings.update', { insights }).catch((e: unknown) => setSettingError(errorMessage(e)));
  };

  return (
    <section className="view view--wide insights" aria-labelledby="insights-title">
      <header className="view__header">
        <div>
          <h1 id="insights-title">Insights</h1>
          <p className="muted">
            From your own log, on this computer. Helped and harmed are counted apart: one never cancels the other.{' '}
            <a href="#/science">About the science</a>
          </p>
        </div>
        <div className="insights__actions">
          <span className="inline-field">
            <label htmlFor={periodId}>Period</label>
            <select id={periodId} className="select" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  Last {p} weeks
                </option>
              ))}
            </select>
          </span>
          <button type="button" className="button button--primary" onClick={() => setExporting(true)} disabled={!overview}>
            Export weekly summary
          </button>
        </div>
      </header>

      {insights.status === 'error' && (
        <div className="alert" role="alert">
          Insights could not be computed: {insights.error}{' '}
          <button type="button" className="button button--small" onClick={() => void insights.reload()}>
            Try again
          </button>
        </div>
      )}
      {settingError && (
        <div className="alert" role="alert">
          {settingError}
        </div>
      )}
      {insights.status === 'loading' && !overview && <p className="muted">Working out your weeks…</p>}

      {overview && (
        <>
          {nothingYet ? (
            <div className="empty">
              <h2>Nothing to look back on yet</h2>
              <p className="muted">
                Log a few moments and answer a few check-ins: your weeks, the behaviours you show most, and how often you keep your intentions will take shape here.
              </p>
            </div>
          ) : (
            <>
              <Weeks overview={overview} />
              <HarmPatternsSection value={overview.patterns} />
            </>
          )}
          <NotReachedList
            value={overview.notReached}
            now={overview.generatedAt}
            timeZone={overview.timeZone}
            onSettingsChange={saveInsightsSettings}
            onShowPerson={(name) => navigate(mainRoute('insights', name))}
          />
          <PeopleSection people={insights.people} />
        </>
      )}

      {exporting && overview && <ExportDialog weeks={overview.weeks.map((w) => w.weekStart)} onClose={() => setExporting(false)} />}
    </section>
  );
}
