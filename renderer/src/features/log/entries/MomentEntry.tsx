import type { LogEntry } from '../../../../../shared/domain/log';
import { intentionText } from '../../../../../shared/domain/checkin';
import { TagList } from '../../../components/TagList';
import { ValenceBadge } from '../../../components/ValenceBadge';
import { EntryActions } from './EntryActions';
import { PersonLinks } from './PersonLinks';
import { formatTime } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';
import { windowT } from '../../../i18n';

const KEPT_LABEL = { yes: 'kept', partly: 'partly kept', no: 'not kept' } as const;

/** One moment, readable at a glance: when, helped or harmed, what, with whom, the note. */
export function MomentEntry(props: { entry: Extract<LogEntry, { kind: 'moment' }>; onEdit: () => void; onDelete: () => void }) {
  const { moment: m, intention, kept } = props.entry;
  // Who the written names mean (merges, the calendar's names); as written when the log does not say.
  const people = props.entry.people ?? m.people;
  const time = formatTime(appLocale(), m.occurredAt, m.timeZone);
  const who = m.people.length ? (m.kind === 'own' ? ` with ${people.join(', ')}` : ` involving ${people.join(', ')}`) : '';
  const label = `${m.kind === 'witnessed' ? 'Witnessed: ' : ''}${m.valence === 'helped' ? 'Helped' : 'Harmed'} at ${time}${who}`;
  return (
    <article className="entry" data-valence={m.valence} aria-label={label}>
      <time className="entry__time" dateTime={m.occurredAt}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          {m.kind === 'witnessed' && <span className="badge badge--witnessed">Witnessed</span>}
          <ValenceBadge valence={m.valence} />
          {m.people.length > 0 && (
            <span className="entry__people">
              {m.kind === 'own' ? 'with ' : 'involving '}
              <PersonLinks people={people} written={m.people} />
            </span>
          )}
          {m.meeting && <span className="entry__meeting muted">· {m.meeting.title}</span>}
        </div>
        {intention && (
          <p className="entry__intention muted">
            Intention: <q>{intentionText(intention, windowT())}</q>
            {kept && ` — ${KEPT_LABEL[kept]}`}
          </p>
        )}
        <TagList tags={m.tags} />
        {m.note && <p className="entry__note">{m.note}</p>}
      </div>
      <EntryActions label={label} onEdit={props.onEdit} onDelete={props.onDelete} />
    </article>
  );
}
