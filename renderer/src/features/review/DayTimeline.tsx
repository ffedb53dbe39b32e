import { heldBackText } from '../../../../shared/domain/card-policy';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intentionText } from '../../../../shared/domain/checkin';
import type { Moment } from '../../../../shared/domain/moment';
import { afterCardText, meetingsToFillIn, type ReviewDay, type ReviewMeeting } from '../../../../shared/domain/review-day';
import { ValenceBadge } from '../../components/ValenceBadge';
import { FillMeetingForm } from './FillMeetingForm';
import { formatTime, localTimeZone } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';
import { windowT } from '../../i18n';

type Item = { kind: 'meeting'; at: string; row: ReviewMeeting } | { kind: 'moment'; at: string; moment: Moment };
const zone = localTimeZone();

function MomentLine(props: { moment: Moment }) {
  const { t } = useTranslation(['review', 'common']);
  const m = props.moment;
  return (
    <div className="timeline__moment">
      {m.kind === 'witnessed' && <span className="badge badge--witnessed">{t('timeline.witnessed')}</span>}
      <ValenceBadge valence={m.valence} />
      {m.people.length > 0 && <span className="entry__people">{m.people.join(', ')}</span>}
      {m.tags.length > 0 && <span className="muted">{m.tags.map((tag) => t(`common:tags.${tag}`)).join(', ')}</span>}
      {m.note && <p className="entry__note">{m.note}</p>}
    </div>
  );
}

/** The day in order: each meeting with its intention and outcome, and the moments in between. */
export function DayTimeline(props: { day: ReviewDay; onChanged: () => void }) {
  const { t } = useTranslation(['review', 'common']);
  const [filling, setFilling] = useState<string | null>(null);
  const items: Item[] = [
    ...props.day.meetings.map((row) => ({ kind: 'meeting' as const, at: row.meeting.start, row })),
    ...props.day.moments.map((moment) => ({ kind: 'moment' as const, at: moment.occurredAt, moment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  // A meeting held back or skipped on purpose is explained on its row, not counted as missing.
  const unlogged = meetingsToFillIn(props.day.meetings).length;

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {unlogged > 0 && <p className="review__flag">{t('timeline.unlogged', { count: unlogged })}</p>}
      {items.length === 0 && <p className="muted">{t('timeline.nothing')}</p>}
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
                  <span className="muted">{t('timeline.until', { time: formatTime(appLocale(), item.row.meeting.end, zone) })}</span>
                </div>
                {item.row.intention && <p className="muted">{t('timeline.intention', { intention: intentionText(item.row.intention, windowT()) })}</p>}
                {item.row.heldBack && item.row.status !== 'reflected' && <p className="muted timeline__held">{heldBackText(item.row.heldBack, windowT())}</p>}
                {item.row.status === 'reflected' && (
                  <>
                    {item.row.kept && <p className="muted">{t(`timeline.kept.${item.row.kept}`)}</p>}
                    {item.row.moment && <MomentLine moment={item.row.moment} />}
                  </>
                )}
                {item.row.afterCard && item.row.status === 'unlogged' && <p className="muted timeline__held">{afterCardText(item.row.afterCard, windowT())}</p>}
                {item.row.status === 'upcoming' && <p className="muted">{t('timeline.laterToday')}</p>}
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
                          {t('timeline.noCheckIn')}
                        </span>
                      )}
                      <button type="button" className="button button--small" onClick={() => setFilling(item.row.meeting.id)} aria-label={t('timeline.fillInLabel', { title: item.row.meeting.title })}>
                        {t('timeline.fillIn')}
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
