import { lazy, Suspense, useCallback, useState, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../shared/domain/calendar-sources';
import type { MeetingRules } from '../../../../shared/domain/calendar';
import { weekdayOf, type Weekday } from '../../../../shared/domain/days';
import { dayKey } from '../../../../shared/domain/time';
import { formatDay, formatInstant, localTimeZone as zone } from '../../../../shared/format/locale-format';
import { call } from '../../api';
import { appLocale } from '../../locale';
import { ColorSwatch } from '../../components/ColorSwatch';
import { DotIcon, PauseIcon } from '../../components/Icons';
import { Toast } from '../../components/Toast';
import { useSourceStatusText } from '../settings/calendars/status-text';
import { useCalendarSources } from '../settings/calendars/useCalendarSources';
import { openSettingsAt } from '../settings/section-target';
import { useSettings } from '../settings/useSettings';
import { clock, nextCheckInText, pauseText } from './coach-text';
import { AllDayEvents } from './AllDayEvents';
import { MeetingLink } from './MeetingLink';
import { attendeesText, phases, type MeetingPhase } from './meeting-text';
import { useNow } from './useNow';
import { useCoachState, useTodayMeetings, type DayMeetings } from './useTodayMeetings';

// Loaded when asked for: the form's connection checks are not part of the day's first screen.
const AddCalendarDialog = lazy(() => import('../settings/calendars/AddCalendarDialog').then((m) => ({ default: m.AddCalendarDialog })));

/** Before the settings load, no one is taken for the user. */
const NOBODY: Pick<MeetingRules, 'userEmails' | 'userNames'> = { userEmails: [], userNames: [] };

/** The mark beside a meeting's title (none for the meetings after the next one). */
const PHASE_KEY = { past: 'meetings.phase.past', now: 'meetings.phase.now', next: 'meetings.phase.next', later: null } as const satisfies Record<MeetingPhase, string | null>;

/** Why the coach is silent: on a day off, say so, or the user wonders why nothing is planned. */
function noCheckInText(t: TFunction<'today'>, workingDays: readonly Weekday[] | null, today: string): string {
  if (workingDays && !workingDays.includes(weekdayOf(today))) {
    return t('coach.dayOff', { weekday: formatDay(appLocale(), today, 'weekday') });
  }
  return t('coach.noneLeft');
}

function goToCalendars(event: MouseEvent) {
  event.preventDefault();
  openSettingsAt('calendars');
}

/** Today: the day's meetings in order, with their calendars' colours, and what the coach will do next. */
export function TodayView() {
  const { t } = useTranslation('today');
  const now = useNow(30_000);
  const today = dayKey(new Date(now), zone());
  const { data, error } = useTodayMeetings(today);
  const { sources } = useCalendarSources();
  const { settings } = useSettings();
  const coach = useCoachState();
  const [adding, setAdding] = useState(false);
  const [toast, setToast] = useState<string | null>(null);
  const closeToast = useCallback(() => setToast(null), []);
  const dateText = formatInstant(appLocale(), now, zone(), 'weekdayDayMonth');

  return (
    <section className="view today" aria-labelledby="today-title">
      <header className="view__header">
        <div>
          <h1 id="today-title">{t('title')}</h1>
          <p className="muted">{dateText}</p>
        </div>
      </header>

      {coach && (coach.paused || (sources !== null && sources.length > 0)) && (
        <div className="today__coach" data-paused={coach.paused} role="status">
          <span className="today__coach-mark" aria-hidden="true">
            {coach.paused ? <PauseIcon /> : <DotIcon />}
          </span>
          <p>
            {coach.paused
              ? pauseText(t, coach.pause, now)
              : coach.current && !coach.current.test
                ? t('coach.waiting')
                : (nextCheckInText(t, coach, now) ?? noCheckInText(t, settings?.coach.workingDays ?? null, today))}
          </p>
          {coach.paused && (
            <button type="button" className="button button--small" onClick={() => void call('coach.resume').catch(() => undefined)}>
              {t('coach.resume')}
            </button>
          )}
        </div>
      )}

      {error && (
        <div className="alert" role="alert">
          {t('loadFailed', { error })}
        </div>
      )}
      {sources && <SourceProblems sources={sources} now={now} />}

      {data && sources && (
        <Meetings
          data={data}
          sources={sources}
          now={now}
          you={settings?.meetingRules ?? NOBODY}
          onConnect={() => setAdding(true)}
          onProblem={setToast}
        />
      )}

      {adding && (
        <Suspense fallback={null}>
          <AddCalendarDialog
            onClose={() => setAdding(false)}
            onAdded={(source) => {
              setAdding(false);
              setToast(t('calendarAdded', { name: source.name }));
            }}
          />
        </Suspense>
      )}
      {toast && <Toast message={toast} onDone={closeToast} />}
    </section>
  );
}

function Meetings(props: { data: DayMeetings; sources: CalendarSourceView[]; now: number; you: Pick<MeetingRules, 'userEmails' | 'userNames'>; onConnect: () => void; onProblem: (message: string) => void }) {
  const { t } = useTranslation('today');
  const { data, sources, now } = props;
  if (sources.length === 0) {
    return (
      <div className="empty">
        <h2>{t('noCalendar.title')}</h2>
        <p className="muted">{t('noCalendar.text')}</p>
        <div className="empty__actions">
          <button type="button" className="button button--primary" onClick={props.onConnect}>
            {t('noCalendar.connect')}
          </button>
          <a href="#/settings" className="link" onClick={goToCalendars}>
            {t('settingsCalendars')}
          </a>
        </div>
      </div>
    );
  }
  if (!sources.some((s) => s.enabled)) {
    return (
      <div className="empty">
        <h2>{t('calendarsOff.title')}</h2>
        <p className="muted">{t('calendarsOff.text')}</p>
        <div className="empty__actions">
          <a href="#/settings" className="link" onClick={goToCalendars}>
            {t('settingsCalendars')}
          </a>
        </div>
      </div>
    );
  }
  const bySource = new Map(data.legend.map((entry) => [entry.id, entry]));
  const allDay = <AllDayEvents events={data.allDay} sources={bySource} />;
  if (data.meetings.length === 0) {
    return (
      <>
        {allDay}
        <div className="empty">
          <h2>{t('noMeetings.title')}</h2>
          <p className="muted">{t('noMeetings.text')}</p>
        </div>
      </>
    );
  }

  const phaseOf = phases(data.meetings, now);
  const left = phaseOf.filter((p) => p !== 'past').length;
  return (
    <>
      {allDay}
      <p className="today__summary muted">
        {t('summary.meetings', { count: data.meetings.length })}
        {left < data.meetings.length ? ` · ${left === 0 ? t('summary.allDone') : t('summary.toGo', { count: left })}` : ''}
      </p>
      <ol className="meetings" aria-label={t('meetings.label')}>
        {data.meetings.map((meeting, index) => {
          const source = bySource.get(meeting.sourceId);
          const phase = phaseOf[index] ?? 'later';
          const phaseKey = PHASE_KEY[phase];
          const people = attendeesText(t, meeting, props.you);
          return (
            <li key={meeting.id} className="meeting" data-phase={phase} style={{ ['--source-color' as string]: source?.color ?? 'var(--border)' }}>
              <p className="meeting__time">
                <time dateTime={meeting.start}>{clock(meeting.start)}</time>–<time dateTime={meeting.end}>{clock(meeting.end)}</time>
              </p>
              <div className="meeting__body">
                <p className="meeting__title">
                  {meeting.title || t('meetings.untitled')}
                  {phaseKey && (
                    <span className="meeting__phase" data-phase={phase}>
                      {t(phaseKey)}
                    </span>
                  )}
                </p>
                <p className="meeting__meta">
                  <span className="meeting__source">
                    <ColorSwatch color={source?.color ?? '#888888'} />
                    {source?.name ?? t('meetings.calendar')}
                  </span>
                  {people && <span>{people}</span>}
                  {meeting.location && <span className="meeting__location">{meeting.location}</span>}
                  <MeetingLink meeting={meeting} onProblem={props.onProblem} />
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** A calendar that couldn't sync is said here too: its meetings may be out of date or missing. */
function SourceProblems(props: { sources: CalendarSourceView[]; now: number }) {
  const { t } = useTranslation('today');
  const describeSourceStatus = useSourceStatusText();
  const failing = props.sources.filter((s) => s.enabled && s.status.state === 'error');
  const pending = props.sources.filter((s) => s.enabled && (s.status.state === 'never' || s.status.state === 'syncing') && s.kind !== 'ics-file');
  if (failing.length === 0 && pending.length === 0) return null;
  return (
    <div className="today__problems">
      {failing.map((source) => {
        const status = describeSourceStatus(source, props.now);
        return (
          <p key={source.id} className="today__problem">
            <span aria-hidden="true">⚠ </span>
            <strong>{source.name}:</strong> {status.text} {status.detail && <span className="muted">{status.detail}.</span>}{' '}
            <a href="#/settings" className="link" onClick={goToCalendars}>
              {t('problems.check')}
            </a>
          </p>
        );
      })}
      {pending.map((source) => (
        <p key={source.id} className="today__problem today__problem--pending">
          <strong>{source.name}:</strong> {source.status.state === 'syncing' ? t('problems.syncing') : t('problems.notSynced')}
        </p>
      ))}
    </div>
  );
}
