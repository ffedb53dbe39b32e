import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/days';
import { describeDay } from '../../../../shared/domain/log-view';
import type { ReviewDay } from '../../../../shared/domain/review-day';
import { dayKey } from '../../../../shared/domain/time';
import { call, errorMessage, subscribe } from '../../api';
import { navigate, routeParams, useHashRoute } from '../../hooks/useHashRoute';
import { DayTimeline } from './DayTimeline';
import { FollowUpsList } from './FollowUpsList';
import { ReviewCounts } from './ReviewCounts';
import { ReviewForm } from './ReviewForm';
import { localTimeZone } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';
import { windowT } from '../../i18n';

const zone = localTimeZone();

/** The end-of-day review for today or any earlier day (#/review?day=YYYY-MM-DD). */
export function ReviewView() {
  const { t } = useTranslation('review');
  const route = useHashRoute();
  const today = dayKey(new Date(), zone);
  const day = routeParams(route).get('day') ?? today;
  const [data, setData] = useState<ReviewDay | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [completedDay, setCompletedDay] = useState<string | null>(null);
  const completed = completedDay === day;

  const load = useCallback(() => {
    call('review.day', { day }).then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [day]);

  useEffect(() => {
    load();
    const offs = [subscribe('moments.changed', load), subscribe('log.changed', load), subscribe('calendar.meetingsChanged', load)];
    return () => offs.forEach((off) => off());
  }, [load]);

  const go = (d: string) => navigate(d === today ? '/review' : `/review?day=${d}`);
  const streak = data?.streak.current ?? 0;

  return (
    <section className="view" aria-labelledby="review-title">
      <header className="view__header">
        <div>
          <h1 id="review-title">{t('header.title')}</h1>
          <p className="muted">
            {describeDay(day, today, appLocale(), windowT())} · <a href="#/week">{t('header.week')}</a>
          </p>
        </div>
        <nav className="day-nav" aria-label={t('header.dayNav')}>
          <button type="button" className="button button--small" onClick={() => go(addDays(day, -1))} aria-label={t('header.previousDay')}>
            ←
          </button>
          <input className="input" type="date" aria-label={t('header.day')} value={day} max={today} onChange={(e) => e.target.value && go(e.target.value)} />
          <button type="button" className="button button--small" disabled={day >= today} onClick={() => go(addDays(day, 1))} aria-label={t('header.nextDay')}>
            →
          </button>
          {day !== today && (
            <button type="button" className="button button--small" onClick={() => go(today)}>
              {t('header.today')}
            </button>
          )}
        </nav>
      </header>

      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      {data && (
        <>
          <p className="review__streak" role="status">
            {completed || data.review?.completedAt ? `${t('streak.reviewed')} ` : ''}
            {streak > 0 ? t('streak.days', { count: streak }) : t('streak.none')}
          </p>
          <DayTimeline day={data} onChanged={load} />
          <ReviewCounts day={data} />
          <FollowUpsList followUps={data.followUps} onError={setError} />
          <ReviewForm
            key={data.day}
            day={data}
            onCompleted={() => {
              setCompletedDay(day);
              load();
            }}
          />
        </>
      )}
    </section>
  );
}
