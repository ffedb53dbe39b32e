import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('insights');
  const strong = { strong: <strong /> };
  return (
    <>
      <section className="card" aria-labelledby="trend-title">
        <h2 id="trend-title">{t('weeks.trendTitle')}</h2>
        <TrendChart overview={overview} />
      </section>

      <section className="card" aria-labelledby="tags-title">
        <h2 id="tags-title">{t('weeks.tagsTitle')}</h2>
        <p className="muted">{t('weeks.tagsIntro')}</p>
        <TagTrends builders={overview.builders} damagers={overview.damagers} weeks={overview.weeks.map((w) => w.weekStart)} />
      </section>

      <div className="stat-grid">
        <FollowThroughCard value={overview.totals.followThrough} />
        <ResponseCard value={overview.totals.response} />
      </div>
      <details className="disclosure disclosure--plain">
        <summary>{t('weeks.howCounted')}</summary>
        <ul className="definitions">
          <li>
            <Trans t={t} i18nKey="weeks.defWeeks" components={strong} />
          </li>
          <li>
            <Trans t={t} i18nKey="weeks.defHelpHarm" components={strong} />
          </li>
          <li>
            <Trans t={t} i18nKey="weeks.defIntentions" components={strong} />
          </li>
          <li>
            <Trans t={t} i18nKey="weeks.defCheckIns" components={strong} />
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
  const { t } = useTranslation(['insights', 'common']);
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
          <h1 id="insights-title">{t('overview.title')}</h1>
          <p className="muted">
            {t('overview.intro')} <a href="#/science">{t('overview.scienceLink')}</a>
          </p>
        </div>
        <div className="insights__actions">
          <span className="inline-field">
            <label htmlFor={periodId}>{t('overview.period')}</label>
            <select id={periodId} className="select" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t('overview.lastWeeks', { count: p })}
                </option>
              ))}
            </select>
          </span>
          <button type="button" className="button button--primary" onClick={() => setExporting(true)} disabled={!overview}>
            {t('overview.export')}
          </button>
        </div>
      </header>

      {insights.status === 'error' && (
        <div className="alert" role="alert">
          {t('overview.failed', { error: insights.error ?? '' })}{' '}
          <button type="button" className="button button--small" onClick={() => void insights.reload()}>
            {t('common:actions.retry')}
          </button>
        </div>
      )}
      {settingError && (
        <div className="alert" role="alert">
          {settingError}
        </div>
      )}
      {insights.status === 'loading' && !overview && <p className="muted">{t('overview.loading')}</p>}

      {overview && (
        <>
          {nothingYet ? (
            <div className="empty">
              <h2>{t('overview.emptyTitle')}</h2>
              <p className="muted">{t('overview.emptyText')}</p>
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
