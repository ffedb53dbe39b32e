import { useEffect, useId, useState } from 'react';
import type { LogKind, LogQuery } from '../../../../shared/domain/log';
import { BUILDER_TAGS, DAMAGER_TAGS, type TagId } from '../../../../shared/domain/tags';

const KINDS: { value: LogKind; label: string }[] = [
  { value: 'own', label: 'My moments' },
  { value: 'witnessed', label: 'Witnessed' },
  { value: 'intention', label: 'Intentions' },
  { value: 'review', label: 'Reviews' },
  { value: 'follow-up', label: 'Follow-ups' },
  { value: 'note', label: 'Notes' },
];

export type Filters = Required<Pick<LogQuery, 'text' | 'kinds' | 'valence' | 'tag' | 'person' | 'meeting' | 'from' | 'to'>>;
export const NO_FILTERS: Filters = { text: '', kinds: [], valence: null, tag: null, person: '', meeting: '', from: null, to: null };

/** Whether any filter behind "More filters" is set (then they stay visible). */
function advancedActive(f: Filters): boolean {
  return f.valence !== null || f.tag !== null || f.person !== '' || f.meeting !== '' || f.from !== null || f.to !== null;
}

/** Search as you type, and filters that narrow the log; every control is labelled and keyboard-reachable. */
export function LogFilters(props: { value: Filters; onChange: (filters: Filters) => void; total: number }) {
  const ids = { search: useId(), valence: useId(), tag: useId(), person: useId(), meeting: useId(), from: useId(), to: useId() };
  const [text, setText] = useState(props.value.text);
  const [more, setMore] = useState(false);
  const { onChange, value } = props;
  // Results follow typing after a short pause, not on every key.
  useEffect(() => {
    if (text === value.text) return;
    const timer = setTimeout(() => onChange({ ...value, text }), 150);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const toggleKind = (kind: LogKind) => set({ kinds: value.kinds.includes(kind) ? value.kinds.filter((k) => k !== kind) : [...value.kinds, kind] });
  const active = JSON.stringify({ ...value, text: '' }) !== JSON.stringify({ ...NO_FILTERS, text: '' }) || value.text !== '';

  return (
    <section className="log-filters" aria-label="Search and filters">
      <div className="log-filters__search">
        <label className="visually-hidden" htmlFor={ids.search}>
          Search the log
        </label>
        <input
          id={ids.search}
          className="input"
          type="search"
          value={text}
          placeholder="Search notes, people, behaviours…"
          onChange={(e) => setText(e.target.value)}
        />
        <span className="log-filters__count" role="status">
          {props.total === 1 ? '1 entry' : `${props.total} entries`}
        </span>
      </div>
      <div className="log-filters__kinds">
        <div className="chips" role="group" aria-label="Kinds of entry">
          {KINDS.map((k) => (
            <button key={k.value} type="button" className="chip" aria-pressed={value.kinds.includes(k.value)} onClick={() => toggleKind(k.value)}>
              {k.label}
            </button>
          ))}
        </div>
        <button type="button" className="button button--ghost button--small" aria-expanded={more || advancedActive(value)} onClick={() => setMore((m) => !m)}>
          {more || advancedActive(value) ? 'Fewer filters' : 'More filters'}
        </button>
        {active && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setText('');
              setMore(false);
              onChange(NO_FILTERS);
            }}
          >
            Clear all
          </button>
        )}
      </div>
      <div className="log-filters__row" hidden={!(more || advancedActive(value))}>
        <label className="log-filters__field">
          <span>Outcome</span>
          <select id={ids.valence} className="input" value={value.valence ?? ''} onChange={(e) => set({ valence: (e.target.value || null) as Filters['valence'] })}>
            <option value="">Any</option>
            <option value="helped">Helped</option>
            <option value="harmed">Harmed</option>
          </select>
        </label>
        <label className="log-filters__field">
          <span>Behaviour</span>
          <select id={ids.tag} className="input" value={value.tag ?? ''} onChange={(e) => set({ tag: (e.target.value || null) as TagId | null })}>
            <option value="">Any</option>
            <optgroup label="Builders">
              {BUILDER_TAGS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Damagers">
              {DAMAGER_TAGS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="log-filters__field">
          <span>Person</span>
          <input id={ids.person} className="input" value={value.person} maxLength={80} onChange={(e) => set({ person: e.target.value })} />
        </label>
        <label className="log-filters__field">
          <span>Meeting</span>
          <input id={ids.meeting} className="input" value={value.meeting} maxLength={200} onChange={(e) => set({ meeting: e.target.value })} />
        </label>
        <label className="log-filters__field">
          <span>From</span>
          <input id={ids.from} className="input" type="date" value={value.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
        </label>
        <label className="log-filters__field">
          <span>To</span>
          <input id={ids.to} className="input" type="date" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
        </label>
      </div>
    </section>
  );
}
