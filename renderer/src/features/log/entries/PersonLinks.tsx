import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { mainRoute } from '../../../../../shared/contract/main-route';

/**
 * Names in a log entry, each a link to that person's page (for preparing a 1:1). Given who the
 * written names mean, each shows as its person, with the name as logged beside it when it differs
 * (beyond case), in the same words as the person page.
 */
export function PersonLinks(props: { people: readonly string[]; written?: readonly string[] }) {
  const { t } = useTranslation('log');
  const shown = props.people.map((person, i) => ({ person, written: props.written?.[i] ?? person }));
  return (
    <>
      {shown.map(({ person, written }, i) => (
        <Fragment key={`${written}:${i}`}>
          {i > 0 && ', '}
          <a className="entry__person" href={`#${mainRoute('insights', person)}`} title={t('entry.personTitle', { person })}>
            {person}
          </a>
          {written.toLocaleLowerCase() !== person.toLocaleLowerCase() && <span className="entry__written muted">{t('entry.loggedAs', { written })}</span>}
        </Fragment>
      ))}
    </>
  );
}
