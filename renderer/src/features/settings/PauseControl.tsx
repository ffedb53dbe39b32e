import { useEffect, useState } from 'react';
import type { CoachState } from '../../../../shared/domain/coach-view';
import type { PauseChoice } from '../../../../shared/domain/coach';
import { call, errorMessage, subscribe } from '../../api';
import { DotIcon, PauseIcon } from '../../components/Icons';
import { describeNextCheckIn, describePause } from '../today/coach-text';
import { FieldError } from '../../components/FieldError';

const CHOICES: { value: PauseChoice; label: string; spoken: string }[] = [
  { value: '30-minutes', label: '30 minutes', spoken: 'Pause for 30 minutes' },
  { value: '1-hour', label: '1 hour', spoken: 'Pause for 1 hour' },
  { value: '2-hours', label: '2 hours', spoken: 'Pause for 2 hours' },
  { value: 'until-tomorrow', label: 'Until tomorrow', spoken: 'Pause until tomorrow' },
  { value: 'until-resumed', label: 'Until I resume', spoken: 'Pause until I resume' },
];

/** The coach's state right now: paused or not (with the same choices as the tray), what comes next, and a test card. */
export function PauseControl() {
  const [state, setState] = useState<CoachState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [testSent, setTestSent] = useState(false);

  useEffect(() => {
    call('coach.state').then(setState, (e: unknown) => setError(errorMessage(e)));
    return subscribe('coach.changed', setState);
  }, []);

  const act = (work: Promise<CoachState | null>) => {
    setError(null);
    work.then((next) => next && setState(next), (e: unknown) => setError(errorMessage(e)));
  };

  const sendTest = () => {
    setError(null);
    setTestSent(false);
    call('coach.sendTest').then(
      () => setTestSent(true),
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  if (!state) return <FieldError message={error} />;
  const next = describeNextCheckIn(state);
  return (
    <div className="coach-state" data-paused={state.paused}>
      <div className="coach-state__line">
        <span className="coach-state__mark" aria-hidden="true">
          {state.paused ? <PauseIcon /> : <DotIcon />}
        </span>
        <div>
          <p className="coach-state__title">{state.paused ? describePause(state.pause) : 'Check-ins are on.'}</p>
          {!state.paused && next && <p className="muted">{next}</p>}
        </div>
        {state.paused && (
          <button type="button" className="button button--small button--primary" onClick={() => act(call('coach.resume'))}>
            Resume check-ins
          </button>
        )}
      </div>
      {!state.paused && (
        <div className="pause-choices" role="group" aria-label="Pause check-ins for">
          <span className="pause-choices__label" aria-hidden="true">
            Pause:
          </span>
          {CHOICES.map((choice) => (
            <button key={choice.value} type="button" className="button button--small" aria-label={choice.spoken} onClick={() => act(call('coach.pause', { choice: choice.value }))}>
              {choice.label}
            </button>
          ))}
        </div>
      )}
      <div className="coach-state__test">
        <button type="button" className="button button--small" onClick={sendTest}>
          Send a test check-in now
        </button>
        <p className="field__hint" role="status">
          {testSent ? 'A sample card is showing near the tray icon. Answering it saves nothing.' : 'See how a card looks and feels; nothing is saved.'}
        </p>
      </div>
      <FieldError message={error} />
    </div>
  );
}
