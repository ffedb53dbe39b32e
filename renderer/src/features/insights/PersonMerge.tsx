import { useEffect, useId, useState } from 'react';
import { namesMergedInto, personKey, withMerge, withoutMerge } from '../../../../shared/domain/person-aliases';
import { call } from '../../api';
import { useSettings } from '../settings/useSettings';

/**
 * One person under several names: merge another name into this person, or undo a merge. Only
 * a mapping is stored; entries keep the name they were written with.
 */
export function PersonMerge(props: { name: string }) {
  const { settings, update } = useSettings();
  const [others, setOthers] = useState<string[]>([]);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const aliases = settings?.people.aliases ?? [];
  const merged = namesMergedInto(aliases, props.name);

  useEffect(() => {
    let current = true;
    call('insights.people').then(
      (people) => current && setOthers(people.map((p) => p.name).filter((n) => personKey(n) !== personKey(props.name))),
      () => current && setOthers([]),
    );
    return () => {
      current = false;
    };
  }, [props.name, aliases.length]);

  const save = async (next: typeof aliases) => {
    const problem = await update({ people: { aliases: next } });
    setError(problem);
    return problem === null;
  };

  return (
    <section className="card person-merge" aria-labelledby="person-merge-title">
      <h2 id="person-merge-title">Other names for them</h2>
      {merged.length > 0 ? (
        <ul className="person-page__list">
          {merged.map((alias) => (
            <li key={alias}>
              Written as <q>{alias}</q> in your log{' '}
              <button type="button" className="button button--small" onClick={() => void save(withoutMerge(aliases, alias))} aria-label={`Undo merge of ${alias}`}>
                Undo merge
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Calendar attendees are one person however you write their name. If another name in your log means {props.name.trim()}, merge it here.</p>
      )}
      {others.length > 0 && settings && (
        <form
          className="person-merge__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) void save(withMerge(aliases, choice, props.name)).then((ok) => ok && setChoice(''));
          }}
        >
          <label className="field__label" htmlFor={selectId}>
            Same person as
          </label>
          <select id={selectId} className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a name…</option>
            {others.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!choice}>
            Merge into {props.name.trim()}
          </button>
        </form>
      )}
      {error && (
        <p className="alert" role="alert">
          The names could not be merged: {error}
        </p>
      )}
    </section>
  );
}

