import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { namesMergedInto, personKey, withMerge, withoutMerge } from '../../../../shared/domain/person-aliases';
import { call } from '../../api';
import { useSettings } from '../settings/useSettings';

/**
 * One person under several names: merge another name into this person, or undo a merge. Only
 * a mapping is stored; entries keep the name they were written with.
 */
export function PersonMerge(props: { name: string }) {
  const { t } = useTranslation('insights');
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
      <h2 id="person-merge-title">{t('merge.title')}</h2>
      {merged.length > 0 ? (
        <ul className="person-page__list">
          {merged.map((alias) => (
            <li key={alias}>
              <Trans t={t} i18nKey="merge.writtenAs" values={{ alias }} components={{ q: <q /> }} />{' '}
              <button type="button" className="button button--small" onClick={() => void save(withoutMerge(aliases, alias))} aria-label={t('merge.undoLabel', { alias })}>
                {t('merge.undo')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('merge.none', { name: props.name.trim() })}</p>
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
            {t('merge.samePerson')}
          </label>
          <select id={selectId} className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('merge.choose')}</option>
            {others.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!choice}>
            {t('merge.mergeInto', { name: props.name.trim() })}
          </button>
        </form>
      )}
      {error && (
        <p className="alert" role="alert">
          {t('merge.failed', { error })}
        </p>
      )}
    </section>
  );
}

