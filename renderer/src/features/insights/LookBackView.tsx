import { useEffect, useState } from 'react';
import { intentionText, type Intention } from '../../../../shared/domain/checkin';
import type { LookBack } from '../../../../shared/domain/look-back';
import { tagLabel } from '../../../../shared/domain/tags';
import { call, errorMessage, subscribe } from '../../api';
import { navigate } from '../../hooks/useHashRoute';
import { instantDateTime, plural, weekRange } from './format';
import { windowT } from '../../i18n';

function Counts({ value }: { value: LookBack }) {
  const total = value.own.helped + value.own.harmed;
  return (
    <section className="card" aria-labelledby="look-back-counts-title">
      <h2 id="look-back-counts-title">Help and harm</h2>
      {total === 0 ? (
        <p className="muted">No moments of your own logged this week.</p>
      ) : (
        <p>
          {plural(value.own.helped, 'moment')} that helped trust, {value.own.harmed} that harmed it — counted apart, one never cancels the other.
          {value.witnessed.helped + value.witnessed.harmed > 0 && ` You also saw others help ${value.witnessed.helped} and harm ${value.witnessed.harmed} times.`}
        </p>
      )}
      {!value.enough && total > 0 && <p className="muted">That is too few moments to read a pattern of the week into; what there is, is below.</p>}
    </section>
  );
}

function Proud({ value }: { value: LookBack }) {
  const m = value.proud;
  return (
    <section className="card" aria-labelledby="look-back-proud-title">
      <h2 id="look-back-proud-title">A moment to be proud of</h2>
      {m ? (
        <blockquote className="look-back__proud">
          <p>{m.note || `You ${m.tags.length > 0 ? m.tags.map(tagLabel).join(', ').toLocaleLowerCase() : 'helped trust'}${m.people.length ? ` with ${m.people.join(', ')}` : ''}.`}</p>
          <footer className="muted">
            {instantDateTime(m.occurredAt, m.timeZone)}
            {m.people.length > 0 && ` · with ${m.people.join(', ')}`}
            {m.meetingTitle && ` · ${m.meetingTitle}`}
            {m.note && m.tags.length > 0 && ` · ${m.tags.map(tagLabel).join(', ')}`}
          </footer>
        </blockquote>
      ) : (
        <p className="muted">No moment that helped trust logged this week yet. Small ones count: a real thank-you, forty seconds of full attention.</p>
      )}
    </section>
  );
}

function Watch({ value }: { value: LookBack }) {
  const w = value.watch;
  return (
    <section className="card" aria-labelledby="look-back-watch-title">
      <h2 id="look-back-watch-title">A pattern to watch</h2>
      {w === null ? (
        <p className="muted">Nothing stands out {value.enough ? 'this week' : 'yet'}: no situation goes with harm clearly enough, and no damager came up more than once.</p>
      ) : w.kind === 'pattern' ? (
        <p>
          {w.sentence} <a href="#/science">What such a pattern can and cannot mean</a>
        </p>
      ) : (
        <p>
          <strong>{w.label}</strong> came up {w.count} times this week in moments that harmed trust.
        </p>
      )}
    </section>
  );
}

function NextWeek({ value, onAccept, busy }: { value: LookBack; onAccept: (intention: Intention | null) => void; busy: boolean }) {
  const s = value.suggestion;
  const next = weekRange(value.nextWeekStart);
  return (
    <section className="card look-back__next" aria-labelledby="look-back-next-title">
      <h2 id="look-back-next-title">Next week ({next})</h2>
      {value.accepted ? (
        <>
          <p role="status">
            Your intention for next week: <q>{intentionText(value.accepted, windowT())}</q>. The cards before your meetings start with it; change it on any card.
          </p>
          <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => onAccept(null)}>
            Drop it
          </button>
        </>
      ) : (
        <>
          <p className="look-back__suggestion">
            <q>{intentionText(s.intention, windowT())}</q>
          </p>
          <p className="muted">
            {s.reason}
            {s.general && ' (a general suggestion, not from your log)'}
          </p>
          <div className="look-back__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onAccept(s.intention)}>
              Use this next week
            </button>
            <button type="button" className="button button--ghost" onClick={() => navigate('/today')}>
              Skip this week
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The weekly look-back: opened from the tray or the review, never by itself. The week's help
 * and harm, one moment to be proud of, one pattern to watch, and an intention for next week.
 */
export function LookBackView() {
  const [value, setValue] = useState<LookBack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const load = () =>
      call('insights.lookBack', {}).then(
        (v) => current && (setValue(v), setError(null)),
        (e: unknown) => current && setError(errorMessage(e)),
      );
    void load();
    const offs = [subscribe('moments.changed', () => void load()), subscribe('log.changed', () => void load()), subscribe('settings.changed', () => void load())];
    return () => {
      current = false;
      offs.forEach((off) => off());
    };
  }, [attempt]);

  const accept = (intention: Intention | null) => {
    if (!value) return;
    setBusy(true);
    call('settings.update', { weekIntention: intention && { weekStart: value.nextWeekStart, intention } })
      .then(
        () => setAttempt((n) => n + 1),
        (e: unknown) => setError(errorMessage(e)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="view look-back" aria-labelledby="look-back-title">
      <header className="view__header">
        <div>
          <h1 id="look-back-title">Your week{value && `: ${weekRange(value.weekStart)}`}</h1>
          <p className="muted">A few minutes, best on a Friday: what went well, one thing to watch, one thing to try next week. Skip it whenever you like.</p>
        </div>
      </header>
      {error && (
        <div className="alert" role="alert">
          {error}{' '}
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {!value && !error && <p className="muted">Looking back on your week…</p>}
      {value && (
        <>
          <Counts value={value} />
          <Proud value={value} />
          <Watch value={value} />
          <NextWeek value={value} onAccept={accept} busy={busy} />
        </>
      )}
    </section>
  );
}
