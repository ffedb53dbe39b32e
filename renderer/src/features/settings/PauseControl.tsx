import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachState } from '../../../../shared/domain/coach-view';
import type { PauseChoice } from '../../../../shared/domain/coach';
import { call, errorMessage, subscribe } from '../../api';
import { DotIcon, PauseIcon } from '../../components/Icons';
import { nextCheckInText, pauseText } from '../today/coach-text';
import { FieldError } from '../../components/FieldError';

const CHOICES: readonly PauseChoice[] = ['30-minutes', '1-hour', '2-hours', 'until-tomorrow', 'until-resumed'];

/** The coach's state right now: paused or not (with the same choices as the tray), what comes next, and a test card. */
export function PauseControl() {
  const { t } = useTranslation('settings');
  const { t: todayT } = useTranslation('today');
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
  const next = nextCheckInText(todayT, state);
  return (
    <div className="coach-state" data-paused={state.paused}>
      <div className="coach-state__line">
        <span className="coach-state__mark" aria-hidden="true">
          {state.paused ? <PauseIcon /> : <DotIcon />}
        </span>
        <div>
          <p className="coach-state__title">{state.paused ? pauseText(todayT, state.pause) : t('pause.on')}</p>
          {!state.paused && next && <p className="muted">{next}</p>}
        </div>
        {state.paused && (
          <button type="button" className="button button--small button--primary" onClick={() => act(call('coach.resume'))}>
            {t('pause.resume')}
          </button>
        )}
      </div>
      {!state.paused && (
        <div className="pause-choices" role="group" aria-label={t('pause.groupLabel')}>
          <span className="pause-choices__label" aria-hidden="true">
            {t('pause.label')}
          </span>
          {CHOICES.map((choice) => (
            <button key={choice} type="button" className="button button--small" aria-label={t(`pause.choices.${choice}.spoken`)} onClick={() => act(call('coach.pause', { choice }))}>
              {t(`pause.choices.${choice}.label`)}
            </button>
          ))}
        </div>
      )}
      <div className="coach-state__test">
        <button type="button" className="button button--small" onClick={sendTest}>
          {t('pause.sendTest')}
        </button>
        <p className="field__hint" role="status">
          {testSent ? t('pause.testSent') : t('pause.testHint')}
        </p>
      </div>
      <FieldError message={error} />
    </div>
  );
}
