import { Fragment } from 'react';
import { mainRoute } from '../../../../../shared/contract/main-route';

/** Names in a log entry, each a link to that person's page (for preparing a 1:1). */
export function PersonLinks(props: { people: readonly string[] }) {
  return (
    <>
      {props.people.map((name, i) => (
        <Fragment key={name}>
          {i > 0 && ', '}
          <a className="entry__person" href={`#${mainRoute('insights', name)}`} title={`Everything with ${name}`}>
            {name}
          </a>
        </Fragment>
      ))}
    </>
  );
}
