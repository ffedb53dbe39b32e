import { useId } from 'react';
import type { NotReached } from '../../../../shared/domain/insights';
import { instantDate, instantDateTime, plural } from './format';

const WEEK_CHOICES = [1, 2, 3, 4, 6, 8, 12];

/**
 * People from the calendar with no moment that helped trust lately: a nudge to reach out, not
 * a verdict. The look-back is the "not reached" setting, changeable right here.
 */
export function NotReachedList(props: { value: NotReached; timeZone: string; onWeeksChange: (weeks: number) => void; onShowPerson: (name: string) => void }) {
  const nr = props.value;
  const selectId = useId();
  const choices = WEEK_CHOICES.includes(nr.weeks) ? WEEK_CHOICES : [...WEEK_CHOICES, nr.weeks].sort((a, b) => a - b);
  return (
    <section className="card" aria-labelledby="not-reached-title">
      <div className="card__header">
        <h2 id="not-reached-title">Not reached lately</h2>
        <span className="inline-field">
          <label htmlFor={selectId}>Look back</label>
          <select id={selectId} className="select" value={nr.weeks} onChange={(e) => props.onWeeksChange(Number(e.target.value))}>
            {choices.map((w) => (
              <option key={w} value={w}>
                {plural(w, 'week')}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="muted">
        People from your meetings in the last {plural(nr.weeks, 'week')} with no moment of yours that helped trust in that time. A short, genuine exchange counts.
      </p>
      {!nr.ownAddressesKnown && nr.peopleMet > 0 && (
        <p className="hint">Touchpoint does not know your own email address yet, so you may appear in this list. Add it in Settings, under “Your email addresses”.</p>
      )}
      {nr.peopleMet === 0 ? (
        <p className="muted">No meetings with other people in that time, in the calendars connected under Settings.</p>
      ) : nr.people.length === 0 ? (
        <p className="success">Everyone you met in that time had at least one moment that helped trust.</p>
      ) : (
        <ul className="reach">
          {nr.people.map((p) => (
            <li key={p.email} className="reach__item">
              <div className="reach__body">
                <span className="reach__name">{p.name}</span>
                <span className="reach__detail">
                  {p.lastPositiveAt ? `Last helped moment ${instantDate(p.lastPositiveAt, props.timeZone)}` : 'No helped moment yet'}
                </span>
                <span className="reach__detail muted">
                  Last met: {p.lastMeeting.title}, {instantDateTime(p.lastMeeting.start, props.timeZone)}
                  {p.meetingsInWindow > 1 && ` · ${p.meetingsInWindow} meetings`}
                </span>
              </div>
              <button type="button" className="button button--small" onClick={() => props.onShowPerson(p.name)} aria-label={`History with ${p.name}`}>
                History
              </button>
            </li>
          ))}
        </ul>
      )}
      {nr.peopleMet > 0 && <p className="muted stat__note">{plural(nr.peopleMet, 'person', 'people')} met in that time.</p>}
    </section>
  );
}
