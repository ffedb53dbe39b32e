import type { FollowUp } from '../../../../shared/domain/followup';
import { call, errorMessage } from '../../api';

/** Open follow-ups: done, later (tomorrow) or drop, one click each. */
export function FollowUpsList(props: { followUps: FollowUp[]; onError: (message: string) => void }) {
  const set = (id: string, status: 'done' | 'later' | 'dropped') =>
    call('followUps.setStatus', { id, status }).catch((e: unknown) => props.onError(errorMessage(e)));
  return (
    <section className="card" aria-labelledby="followups-title">
      <h2 id="followups-title">Open follow-ups</h2>
      {props.followUps.length === 0 ? (
        <p className="muted">Nothing open. Follow-ups you plan in check-ins appear here.</p>
      ) : (
        <ul className="followups">
          {props.followUps.map((f) => (
            <li key={f.id} className="followups__item">
              <div>
                {f.repair && <span className="badge badge--kind">Repair</span>} {f.text}
                {f.person && <span className="muted"> — {f.person}</span>}
              </div>
              <div className="followups__actions">
                <button type="button" className="button button--small" onClick={() => void set(f.id, 'done')} aria-label={`Done: ${f.text}`}>
                  Done
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => void set(f.id, 'later')} aria-label={`Later: ${f.text}`}>
                  Later
                </button>
                <button type="button" className="button button--ghost button--small" onClick={() => void set(f.id, 'dropped')} aria-label={`Drop: ${f.text}`}>
                  Drop
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
