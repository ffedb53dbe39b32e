import { useTranslation } from 'react-i18next';
import { isBuilder, type TagId } from '../../../shared/domain/tags';

/** A moment's behaviours as small labels, builders and damagers told apart; nothing when there are none. */
export function TagList(props: { tags: readonly TagId[] }) {
  const { t } = useTranslation(['moment', 'common']);
  if (props.tags.length === 0) return null;
  return (
    <ul className="entry__tags" aria-label={t('tags.list')}>
      {props.tags.map((tag) => (
        <li key={tag} className="entry__tag" data-kind={isBuilder(tag) ? 'builder' : 'damager'}>
          {t(`common:tags.${tag}`)}
        </li>
      ))}
    </ul>
  );
}
