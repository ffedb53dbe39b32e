import { useTranslation } from 'react-i18next';
import type { Valence } from '../../../shared/domain/moment';

/** Helped / harmed as a word and a symbol, never colour alone. */
export function ValenceBadge(props: { valence: Valence }) {
  const { t } = useTranslation('moment');
  return (
    <span className="badge" data-valence={props.valence}>
      <span aria-hidden="true">{props.valence === 'helped' ? '▲' : '▼'}</span> {t(`valence.${props.valence}`)}
    </span>
  );
}
