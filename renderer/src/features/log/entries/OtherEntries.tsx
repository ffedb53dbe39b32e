import { intentionText } from '../../../../../shared/domain/checkin';
import type { LogEntry } from '../../../../../shared/domain/log';
import { EntryActions } from './EntryActions';
import { PersonLinks } from './PersonLinks';
import { formatTime } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';
import { windowT } from '../../../i18n';

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;

export function IntentionEntry(props: { entry: Of<'intention'>; onDelete: () => void }) {
  const { meeting, intention } = props.entry;
  const time = formatTime(appLocale(), meeting.start, props.entry.timeZone);
  const label = `Intention for ${meeting.title}`;
  return (
    <article className="entry entry--quiet" aria-label={label}>
      <time className="entry__time" dateTime={meeting.start}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">Intention</span>
          <span className="entry__people">{meeting.title}</span>
        </div>
        <p className="entry__note">{intentionText(intention, windowT())}</p>
      </div>
      <EntryActions label={label} onDelete={props.onDelete} />
    </article>
  );
}

export function NoteEntry(props: { entry: Of<'note'>; onEdit: () => void; onDelete: () => void }) {
  const { note } = props.entry;
  const time = formatTime(appLocale(), note.occurredAt, note.timeZone);
  const label = `Note at ${time}`;
  return (
    <article className="entry entry--quiet" aria-label={label}>
      <time className="entry__time" dateTime={note.occurredAt}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">Note</span>
        </div>
        <p className="entry__note">{note.text}</p>
      </div>
      <EntryActions label={label} onEdit={props.onEdit} onDelete={props.onDelete} />
    </article>
  );
}

const STATUS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

export function FollowUpEntry(props: {
  entry: Of<'follow-up'>;
  onStatus: (status: 'open' | 'done' | 'dropped' | 'later') => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { followUp: f } = props.entry;
  const time = formatTime(appLocale(), f.createdAt, props.entry.timeZone);
  const label = `${f.repair ? 'Repair' : 'Follow-up'}: ${f.text}`;
  const later = f.status === 'open' && f.notBefore;
  return (
    <article className="entry entry--quiet" data-status={f.status} aria-label={label}>
      <time className="entry__time" dateTime={f.createdAt}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">{f.repair ? 'Repair' : 'Follow-up'}</span>
          <span className="badge" data-status={f.status}>
            {later ? `Later (from ${f.notBefore})` : STATUS[f.status]}
          </span>
          {f.person && (
            <span className="entry__people">
              with <PersonLinks people={[f.person]} />
            </span>
          )}
        </div>
        <p className="entry__note">{f.text}</p>
      </div>
      <EntryActions label={label} onEdit={props.onEdit} onDelete={props.onDelete}>
        {f.status === 'open' ? (
          <button type="button" className="button button--small" onClick={() => props.onStatus('done')} aria-label={`Mark done: ${f.text}`}>
            Done
          </button>
        ) : (
          <button type="button" className="button button--ghost button--small" onClick={() => props.onStatus('open')} aria-label={`Reopen: ${f.text}`}>
            Reopen
          </button>
        )}
      </EntryActions>
    </article>
  );
}

export function ReviewEntry(props: { entry: Of<'review'>; onOpen: () => void; onDelete: () => void }) {
  const { review } = props.entry;
  const label = `Review of ${review.day}`;
  return (
    <article className="entry entry--quiet" aria-label={label}>
      <span className="entry__time" aria-hidden="true">
        ★
      </span>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">{review.completedAt ? 'Daily review' : 'Review draft'}</span>
          {review.mood !== null && <span className="muted">Mood {review.mood}/5</span>}
          {review.energy !== null && <span className="muted">Energy {review.energy}/5</span>}
        </div>
        {review.answers.map((a) => (
          <div key={a.promptId} className="entry__qa">
            <p className="muted">{a.question}</p>
            <p className="entry__note">{a.answer}</p>
          </div>
        ))}
        {review.tomorrowIntention && (
          <p className="entry__intention">
            Tomorrow: <q>{intentionText(review.tomorrowIntention, windowT())}</q>
          </p>
        )}
      </div>
      <EntryActions label={label} onDelete={props.onDelete}>
        <button type="button" className="button button--ghost button--small" onClick={props.onOpen} aria-label={`Open the review of ${review.day}`}>
          Open
        </button>
      </EntryActions>
    </article>
  );
}
