import { heldBackText } from '../../../../shared/domain/card-policy';
import { useState } from 'react';
import { intentionText } from '../../../../shared/domain/checkin';
import type { Moment } from '../../../../shared/domain/moment';
import { afterCardText, meetingsToFillIn, type ReviewDay, type ReviewMeeting } from '../../../../shared/domain/review-day';
import { tagLabel } from '../../../../shared/domain/tags';
import { ValenceBadge } from '../../components/ValenceBadge';
import { FillMeetingForm } from './FillMeetingForm';
import { formatTime, localTimeZone, plural } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';
import { windowT } from '../../i18n';

type Item = { kind: 'meeting'; at: string; row: ReviewMeeting } | { kind: 'moment'; at: string; moment: Moment };
const zone = localTimeZone();
const KEPT = { yes: 'Intention kept', partly: 'Intention partly kept', no: 'Intention not kept' } as const;

function MomentLine(props: { moment: Moment }) {
  const m = props.moment;
  return (
    <div className="timeline__moment">
      {m.kind === 'witnessed' && <span className="badge badge--witnessed">Witnessed</span>}
      <ValenceBadge valence={m.valence} />
      {m.people.length > 0 && <span className="entry__people">{m.people.join(', ')}</span>}
      {m.tags.length > 0 && <span className="muted">{m.tags.map(tagLabel).join(', ')}</span>}
      {m.note && <p className="entry__note">{m.note}</p>}
    </div>
  );
}

/** The day in order: each meeting with its intention and outcome, and the moments in between. */
export function DayTimeline(props: { day: ReviewDay; onChanged: () => void }) {
  const [filling, setFilling] = useState<string | null>(null);
  const items: Item[] = [
    ...props.day.meetings.map((row) => ({ kind: 'meeting' as const, at: row.meeting.start, row })),
    ...props.day.moments.map((moment) => ({ kind: 'moment' as const, at: moment.occurredAt, moment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  // A meeting held back or skipped on purpose is explained on its row, not counted as missing.
  const unlogged = meetingsToFillIn(props.day.meetings).length;

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Your day</h2>
      {unlogged > 0 && <p className="review__flag">{plural(appLocale(), unlogged, { one: '# meeting has no check-in yet.', other: '# meetings have no check-in yet.' })} A few clicks each:</p>}
      {items.length === 0 && <p className="muted">No meetings or moments on this day.</p>}
      <ol className="timeline">
        {items.map((item) =>
          item.kind === 'moment' ? (
            <li key={`m-${item.moment.id}`} className="timeline__item">
              <time className="timeline__time">{formatTime(appLocale(), item.moment.occurredAt, item.moment.timeZone)}</time>
              <MomentLine moment={item.moment} />
            </li>
          ) : (
            <li key={`t-${item.row.meeting.id}`} className="timeline__item timeline__item--meeting" data-status={item.row.status}>
              <time className="timeline__time">{formatTime(appLocale(), item.row.meeting.start, zone)}</time>
              <div className="timeline__meeting">
                <div className="timeline__title">
                  {item.row.sourceColor && <span className="swatch" style={{ background: item.row.sourceColor }} aria-hidden="true" />}
                  <strong>{item.row.meeting.title}</strong>
                  <span className="muted">until {formatTime(appLocale(), item.row.meeting.end, zone)}</span>
                </div>
                {item.row.intention && <p className="muted">Intention: {intentionText(item.row.intention, windowT())}</p>}
                {item.row.heldBack && item.row.status !== 'reflected' && <p className="muted timeline__held">{heldBackText(item.row.heldBack, windowT())}</p>}
                {item.row.status === 'reflected' && (
                  <>
                    {item.row.kept && <p className="muted">{KEPT[item.row.kept]}</p>}
                    {item.row.moment && <MomentLine moment={item.row.moment} />}
                  </>
                )}
                {item.row.afterCard && item.row.status === 'unlogged' && <p className="muted timeline__held">{afterCardText(item.row.afterCard, windowT())}</p>}
                {item.row.status === 'upcoming' && <p className="muted">Later today</p>}
                {item.row.status === 'unlogged' &&
                  (filling === item.row.meeting.id ? (
                    <FillMeetingForm
                      day={props.day.day}
                      meetingId={item.row.meeting.id}
                      title={item.row.meeting.title}
                      intention={item.row.intention}
                      people={item.row.people}
                      onCancel={() => setFilling(null)}
                      onDone={() => {
                        setFilling(null);
                        props.onChanged();
                      }}
                    />
                  ) : (
                    <p className="timeline__unlogged">
                      {item.row.afterCard?.kind !== 'skipped' && (
                        <span className="badge" data-status="open">
                          No check-in
                        </span>
                      )}
                      <button type="button" className="button button--small" onClick={() => setFilling(item.row.meeting.id)} aria-label={`Fill in ${item.row.meeting.title}`}>
                        Fill in
                      </button>
                    </p>
                  ))}
              </div>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
