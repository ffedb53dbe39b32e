import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PersonEntry, PersonHistory } from '../../../../shared/domain/insights';
import { call, errorMessage } from '../../api';
import { TagList } from '../../components/TagList';
import { ValenceBadge } from '../../components/ValenceBadge';
import { instantDate, instantDateTime, plural } from './format';

const SUGGESTIONS = 8;

function matches(entry: PersonEntry, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return q === '' || entry.name.toLocaleLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || entry.name.toLocaleLowerCase().startsWith(q);
}

function History(props: { history: PersonHistory; timeZone: string }) {
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

/** Find a person, then read every moment with them, newest first, notes included. */
export interface PersonSelection {
  name: string;
  /** Move the keyboard focus to the person's history once it is shown (when chosen from elsewhere on the page). */
  focus: boolean;
}

export function PeopleSection(props: { people: PersonEntry[]; timeZone: string; selection: PersonSelection | null; onSelect: (selection: PersonSelection | null) => void }) {
  const { selection, onSelect } = props;
  const selected = selection?.name ?? null;
  const heading = useRef<HTMLHeadingElement>(null);
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<PersonHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const suggestions = useMemo(() => props.people.filter((p) => matches(p, query)).slice(0, SUGGESTIONS), [props.people, query]);

  useEffect(() => {
    if (!selected) return;
    let current = true;
    call('insights.person', { name: selected }).then(
      (h) => current && (setHistory(h), setError(null)),
      (e: unknown) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [selected, props.people]);

  const shown = selected !== null && history !== null && history.name === selected;
  useEffect(() => {
    if (shown && selection?.focus && heading.current) {
      heading.current.focus();
      heading.current.scrollIntoView({ block: 'start' });
    }
  }, [shown, selection]);

  return (
    <section className="card people-insights" aria-labelledby="people-title" id="people">
      <h2 id="people-title">People</h2>
      {props.people.length === 0 ? (
        <p className="muted">Names you add to moments, and people from your recent meetings, appear here.</p>
      ) : (
        <form
          className="person-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const first = suggestions[0];
            if (first) onSelect({ name: first.name, focus: true });
          }}
        >
          <label className="field__label" htmlFor={inputId}>
            Find a person
          </label>
          <input id={inputId} className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type a name" autoComplete="off" />
          <ul className="person-search__results" aria-label="Matching people">
            {suggestions.map((p) => (
              <li key={p.name}>
                <button type="button" className="chip person-chip" aria-pressed={selected === p.name} onClick={() => onSelect({ name: p.name, focus: false })}>
                  {p.name}
                  <span className="person-chip__count" aria-label={p.moments === 1 ? '1 moment' : `${p.moments} moments`}>
                    {p.moments}
                  </span>
                </button>
              </li>
            ))}
            {suggestions.length === 0 && <li className="muted">Nobody by that name.</li>}
          </ul>
        </form>
      )}
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      {shown && (
        <section className="person" aria-labelledby="person-title">
          <div className="person__header">
            <h3 id="person-title" tabIndex={-1} ref={heading}>
              {history.name}
            </h3>
            <button type="button" className="button button--ghost button--small" onClick={() => onSelect(null)}>
              Close
            </button>
          </div>
          <History history={history} timeZone={props.timeZone} />
        </section>
      )}
    </section>
  );
}
