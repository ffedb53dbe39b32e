import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mainRoute } from '../../../../shared/contract/main-route';
import type { PersonEntry } from '../../../../shared/domain/insights';
import { navigate } from '../../hooks/useHashRoute';

const SUGGESTIONS = 8;

function matches(entry: PersonEntry, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return q === '' || entry.name.toLocaleLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || entry.name.toLocaleLowerCase().startsWith(q);
}

/** Find a person, then open their page: every moment with them, follow-ups, intentions, the next meeting. */
export function PeopleSection(props: { people: PersonEntry[] }) {
  const { t } = useTranslation('insights');
  const [query, setQuery] = useState('');
  const inputId = useId();
  const suggestions = useMemo(() => props.people.filter((p) => matches(p, query)).slice(0, SUGGESTIONS), [props.people, query]);

  return (
    <section className="card people-insights" aria-labelledby="people-title" id="people">
      <h2 id="people-title">{t('people.title')}</h2>
      {props.people.length === 0 ? (
        <p className="muted">{t('people.none')}</p>
      ) : (
        <form
          className="person-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const first = suggestions[0];
            if (first) navigate(mainRoute('insights', first.name));
          }}
        >
          <label className="field__label" htmlFor={inputId}>
            {t('people.find')}
          </label>
          <input id={inputId} className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('people.placeholder')} autoComplete="off" />
          <ul className="person-search__results" aria-label={t('people.matching')}>
            {suggestions.map((p) => (
              <li key={p.name}>
                <a className="chip person-chip" href={`#${mainRoute('insights', p.name)}`}>
                  {p.name}
                  <span className="person-chip__count" aria-label={t('people.moments', { count: p.moments })}>
                    {p.moments}
                  </span>
                </a>
              </li>
            ))}
            {suggestions.length === 0 && <li className="muted">{t('people.nobody')}</li>}
          </ul>
        </form>
      )}
    </section>
  );
}
