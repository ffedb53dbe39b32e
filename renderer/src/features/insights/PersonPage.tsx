import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intentionText } from '../../../../shared/domain/checkin';
import type { IntentionOutcome, PersonPage as PersonPageData } from '../../../../shared/domain/person-page';
import { call, errorMessage, subscribe } from '../../api';
import { instantDate, instantDateTime, nextChance } from './format';
import { PersonHistoryList } from './PersonHistoryList';
import { PersonMerge } from './PersonMerge';
import { windowT } from '../../i18n';

const OUTCOME_LABEL = {
  yes: 'person.outcomeYes',
  partly: 'person.outcomePartly',
  no: 'person.outcomeNo',
  'not-answered': 'person.outcomeNotAnswered',
  'not-looked-back': 'person.outcomeNotLookedBack',
  upcoming: 'person.outcomeUpcoming',
} as const satisfies Record<IntentionOutcome, string>;

/** "today at 14:00", "on Thursday at 10:00", "on Thu 10 Dec at 10:00". */
function when(t: TFunction<'insights'>, start: string, page: PersonPageData): string {
  return nextChance(t, start, page.generatedAt, page.timeZone, true);
}

function NextMeeting({ page }: { page: PersonPageData }) {
  const { t } = useTranslation('insights');
  const next = page.nextMeeting;
  return (
    <section className="card person-page__next" aria-labelledby="person-next-title">
      <h2 id="person-next-title">{t('person.nextTitle')}</h2>
      {next ? (
        <p>
          <strong>{next.title}</strong> {when(t, next.start, page)} · {next.oneOnOne ? t('person.justTheTwo') : t('person.withOthers', { count: next.others - 1 })}
        </p>
      ) : (
        <p className="muted">{t('person.noNext')}</p>
      )}
    </section>
  );
}

function FollowUps({ page }: { page: PersonPageData }) {
  const { t } = useTranslation('insights');
  return (
    <section className="card" aria-labelledby="person-follow-ups-title">
      <h2 id="person-follow-ups-title">{t('person.followUpsTitle')}</h2>
      {page.followUps.length === 0 ? (
        <p className="muted">{t('person.nothingOpen', { name: page.history.name })}</p>
      ) : (
        <ul className="person-page__list">
          {page.followUps.map((f) => (
            <li key={f.id}>
              {f.repair && (
                <>
                  <span className="badge" data-valence="harmed">
                    {t('person.repair')}
                  </span>{' '}
                </>
              )}
              {f.text}{' '}
              <span className="muted">
                · {t('person.since', { date: instantDate(f.createdAt, page.timeZone) })}
                {f.notBefore && ` · ${t('person.putOffUntil', { date: f.notBefore })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Intentions({ page }: { page: PersonPageData }) {
  const { t } = useTranslation('insights');
  const c = page.intentionCounts;
  const answered = c.yes + c.partly + c.no;
  return (
    <section className="card" aria-labelledby="person-intentions-title">
      <h2 id="person-intentions-title">{t('person.intentionsTitle')}</h2>
      {page.intentions.length === 0 ? (
        <p className="muted">{t('person.noIntention', { name: page.history.name })}</p>
      ) : (
        <>
          <p className="person__summary">
            {answered === 0 ? t('person.noAnswer') : t('person.counts', { yes: c.yes, partly: c.partly, no: c.no })}
            {c.notAnswered + c.notLookedBack > 0 && ` · ${t('person.notAnswered', { value: c.notAnswered + c.notLookedBack })}`}.
          </p>
          <ul className="person-page__list">
            {page.intentions.map((i) => (
              <li key={i.meetingId}>
                <q>{intentionText(i.intention, windowT())}</q> <span className="badge" data-outcome={i.outcome}>{t(OUTCOME_LABEL[i.outcome])}</span>{' '}
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
  const { t } = useTranslation('insights');
  if (page.notes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="person-notes-title">
      <h2 id="person-notes-title">{t('person.notesTitle')}</h2>
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
  const { t } = useTranslation(['insights', 'common']);
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
            <a href="#/insights">{t('person.back')}</a>
          </p>
          <h1 id="person-page-title" tabIndex={-1} ref={heading}>
            {person}
          </h1>
          <p className="muted">{t('person.intro')}</p>
        </div>
      </header>
      {error && (
        <div className="alert" role="alert">
          {t('person.failed', { error })}{' '}
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            {t('common:actions.retry')}
          </button>
        </div>
      )}
      {!shown && !error && <p className="muted">{t('person.gathering', { name: props.name.trim() })}</p>}
      {shown && (
        <>
          <NextMeeting page={page} />
          <div className="person-page__grid">
            <FollowUps page={page} />
            <Intentions page={page} />
          </div>
          <section className="card" aria-labelledby="person-history-title">
            <h2 id="person-history-title">{t('person.momentsTitle')}</h2>
            <PersonHistoryList history={page.history} timeZone={page.timeZone} />
          </section>
          <Notes page={page} />
          <PersonMerge name={page.history.name} />
        </>
      )}
    </section>
  );
}
