import { isBuilder, tagLabel, type TagId } from '../../../shared/domain/tags';

/** A moment's behaviours as small labels, builders and damagers told apart; nothing when there are none. */
export function TagList(props: { tags: readonly TagId[] }) {
  if (props.tags.length === 0) return null;
  return (
    <ul className="entry__tags" aria-label="Behaviours">
      {props.tags.map((t) => (
        <li key={t} className="entry__tag" data-kind={isBuilder(t) ? 'builder' : 'damager'}>
          {tagLabel(t)}
        </li>
      ))}
    </ul>
  );
}
