import type { PersonHistory } from '../../../../shared/domain/insights';
import { TagList } from '../../components/TagList';
import { ValenceBadge } from '../../components/ValenceBadge';
import { instantDate, instantDateTime, plural } from './format';

/** Every moment with one person, newest first, notes included. */
export function PersonHistoryList(props: { history: PersonHistory; timeZone: string }) {
  const h = props.history;
  if (h.total === 0) {
    return <p className="muted">No moments with {h.name} in your log yet.</p>;
  }
  return (
    <>
      <p className="person__summary">
        {plural(h.total, 'moment')}: your own {h.own.helped} helped, {h.own.harmed} harmed
        {h.witnessed.helped + h.witnessed.harmed > 0 && `; witnessed ${h.witnessed.helped} helped, ${h.witnessed.harmed} harmed`}.{' '}
        {h.lastPositiveAt ? `Last helped moment: ${instantDate(h.lastPositiveAt, props.timeZone)}.` : 'No helped moment yet.'}
      </p>
      <ol className="person__moments">
        {h.moments.map((m) => (
          <li key={m.id} className="person__moment" data-valence={m.valence}>
            <div className="person__meta">
              <time dateTime={m.occurredAt}>{instantDateTime(m.occurredAt, m.timeZone)}</time>
              {m.kind === 'witnessed' && <span className="badge badge--witnessed">Witnessed</span>}
              <ValenceBadge valence={m.valence} />
              {m.meetingTitle && <span className="muted">· {m.meetingTitle}</span>}
              {m.loggedAs.toLocaleLowerCase() !== h.name.toLocaleLowerCase() && <span className="muted">· logged as “{m.loggedAs}”</span>}
            </div>
            <TagList tags={m.tags} />
            {m.note && <p className="entry__note">{m.note}</p>}
          </li>
        ))}
      </ol>
      {h.total > h.moments.length && <p className="muted">Showing the newest {h.moments.length} of {h.total}. The reflection log has them all.</p>}
    </>
  );
}
