import { useEffect, useRef, useState } from 'react';
import { intentionText } from '../../../../shared/domain/checkin';
import type { IntentionOutcome, PersonPage as PersonPageData } from '../../../../shared/domain/person-page';
import { call, errorMessage, subscribe } from '../../api';
import { instantDate, instantDateTime, instantTime, nextChance, plural } from './format';
import { PersonHistoryList } from './PersonHistoryList';
import { PersonMerge } from './PersonMerge';
import { windowT } from '../../i18n';

const OUTCOME_LABEL: Record<IntentionOutcome, string> = {
  yes: 'Kept',
  partly: 'Partly kept',
  no: 'Not kept',
  'not-answered': '“Kept?” left blank',
  'not-looked-back': 'Not looked back on',
  upcoming: 'Coming up',
};

/** "today at 14:00", "on Thursday at 10:00", "on Thu 10 Dec at 10:00". */
function when(start: string, page: PersonPageData): string {
  const chance = nextChance(start, page.generatedAt, page.timeZone);
  if (!chance.startsWith('on ')) return chance;
  return `${chance} at ${instantTime(start, page.timeZone)}`;
}

function NextMeeting({ page }: { page: PersonPageData }) {
  const next = page.nextMeeting;
  return (
    <section className="card person-page__next" aria-labelledby="person-next-title">
      <h2 id="person-next-title">Next meeting together</h2>
      {next ? (
        <p>
          <strong>{next.title}</strong> {when(next.start, page)} ·{' '}
          {next.oneOnOne ? 'just the two of you' : `with ${plural(next.others - 1, 'other person', 'other people')}`}
        </p>
      ) : (
        <p className="muted">No meeting together in your calendar in the next four weeks.</p>
      )}
    </section>
  );
}

function FollowUps({ page }: { page: PersonPageData }) {
  return (
    <section className="card" aria-labelledby="person-follow-ups-title">
      <h2 id="person-follow-ups-title">Open follow-ups</h2>
      {page.followUps.length === 0 ? (
        <p className="muted">Nothing open with {page.history.name}.</p>
      ) : (
        <ul className="person-page__list">
          {page.followUps.map((f) => (
            <li key={f.id}>
              {f.repair && (
                <>
                  <span className="badge" data-valence="harmed">
                    Repair
                  </span>{' '}
                </>
              )}
              {f.text}{' '}
              <span className="muted">
                · since {instantDate(f.createdAt, page.timeZone)}
                {f.notBefore && ` · put off until ${f.notBefore}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Intentions({ page }: { page: PersonPageData }) {
  const c = page.intentionCounts;
  const answered = c.yes + c.partly + c.no;
  return (
    <section className="card" aria-labelledby="person-intentions-title">
      <h2 id="person-intentions-title">Intentions with them</h2>
      {page.intentions.length === 0 ? (
        <p className="muted">No intention set yet for a meeting with {page.history.name}.</p>
      ) : (
        <>
          <p className="person__summary">
            {answered === 0 ? 'No “kept?” answer yet' : `${c.yes} kept, ${c.partly} partly, ${c.no} not kept`}
            {c.notAnswered + c.notLookedBack > 0 && ` · ${c.notAnswered + c.notLookedBack} not answered`}.
          </p>
          <ul className="person-page__list">
            {page.intentions.map((i) => (
              <li key={i.meetingId}>
                <q>{intentionText(i.intention, windowT())}</q> <span className="badge" data-outcome={i.outcome}>{OUTCOME_LABEL[i.outcome]}</span>{' '}
                <span className="muted">
                  · {i.meetingTitle}, {instantDateTime(i.start, i.timeZone)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Notes({ page }: { page: PersonPageData }) {
  if (page.notes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="person-notes-title">
      <h2 id="person-notes-title">Notes that mention them</h2>
      <ul className="person-page__list">
        {page.notes.map((n) => (
          <li key={n.id}>
            <time className="muted" dateTime={n.occurredAt}>
              {instantDateTime(n.occurredAt, n.timeZone)}
            </time>{' '}
            <span className="entry__note">{n.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One person, to prepare a 1:1: the next meeting together, what is still owed to them,
 * intentions with them and whether they were kept, and every moment and note with them.
 */
export function PersonPage(props: { name: string }) {
  const [page, setPage] = useState<PersonPageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  // Keyed by the name (InsightsView), so another person starts from an empty page. Anything
  // logged meanwhile, or a calendar change, refreshes it.
  useEffect(() => {
    let current = true;
    const load = () =>
      call('insights.personPage', { name: props.name }).then(
        (value) => current && (setPage(value), setError(null)),
        (e: unknown) => current && setError(errorMessage(e)),
      );
    void load();
    const offs = [
      subscribe('moments.changed', () => void load()),
      subscribe('log.changed', () => void load()),
      subscribe('calendar.meetingsChanged', () => void load()),
      // A merge of names changes what counts as this person.
      subscribe('settings.changed', () => void load()),
    ];
    return () => {
      current = false;
      offs.forEach((off) => off());
    };
  }, [props.name, attempt]);

  const shown = page !== null && page.asked === props.name.trim();
  // "Sam" may be Sam Rivera (one person per address, or merged): the page says who it is about.
  const person = shown ? page.history.name : props.name.trim();
  // Arriving from a link elsewhere: the keyboard lands on the person's name.
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  return (
    <section className="view view--wide insights person-page" aria-labelledby="person-page-title">
      <header className="view__header">
        <div>
          <p className="person-page__back">
            <a href="#/insights">← Insights</a>
          </p>
          <h1 id="person-page-title" tabIndex={-1} ref={heading}>
            {person}
          </h1>
          <p className="muted">Everything with them in your log, to prepare your next conversation. Only on this computer.</p>
        </div>
      </header>
      {error && (
        <div className="alert" role="alert">
          This page could not be put together: {error}{' '}
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {!shown && !error && <p className="muted">Gathering your history with {props.name.trim()}…</p>}
      {shown && (
        <>
          <NextMeeting page={page} />
          <div className="person-page__grid">
            <FollowUps page={page} />
            <Intentions page={page} />
          </div>
          <section className="card" aria-labelledby="person-history-title">
            <h2 id="person-history-title">Moments with them</h2>
            <PersonHistoryList history={page.history} timeZone={page.timeZone} />
          </section>
          <Notes page={page} />
          <PersonMerge name={page.history.name} />
        </>
      )}
    </section>
  );
}
