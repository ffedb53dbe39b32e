import type { Valence } from '../../../shared/domain/moment';

/** Helped / harmed as a word and a symbol, never colour alone. */
export function ValenceBadge(props: { valence: Valence }) {
  return (
    <span className="badge" data-valence={props.valence}>
      <span aria-hidden="true">{props.valence === 'helped' ? '▲' : '▼'}</span> {props.valence === 'helped' ? 'Helped' : 'Harmed'}
    </span>
  );
}
