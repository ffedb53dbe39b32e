import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain/followup';
import { call, errorMessage } from '../../api';

/** Open follow-ups: done, later (tomorrow) or drop, one click each. */
export function FollowUpsList(props: { followUps: FollowUp[]; onError: (message: string) => void }) {
  const { t } = useTranslation('review');
  const set = (id: string, status: 'done' | 'later' | 'dropped') =>
    call('followUps.setStatus', { id, status }).catch((e: unknown) => props.onError(errorMessage(e)));
  return (
    <section className="card" aria-labelledby="followups-title">
      <h2 id="followups-title">{t('followUps.title')}</h2>
      {props.followUps.length === 0 ? (
        <p className="muted">{t('followUps.none')}</p>
      ) : (
        <ul className="followups">
          {props.followUps.map((f) => (
            <li key={f.id} className="followups__item">
              <div>
                {f.repair && <span className="badge badge--kind">{t('followUps.repair')}</span>} {f.text}
                {f.person && <span className="muted"> — {f.person}</span>}
              </div>
              <div className="followups__actions">
                <button type="button" className="button button--small" onClick={() => void set(f.id, 'done')} aria-label={t('followUps.doneLabel', { text: f.text })}>
                  {t('followUps.done')}
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => void set(f.id, 'later')} aria-label={t('followUps.laterLabel', { text: f.text })}>
                  {t('followUps.later')}
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => void set(f.id, 'dropped')} aria-label={t('followUps.dropLabel', { text: f.text })}>
                  {t('followUps.drop')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
