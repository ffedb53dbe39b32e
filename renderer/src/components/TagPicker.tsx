import { useState } from 'react';
import { BUILDER_TAGS, DAMAGER_TAGS, isBuilder, type TagId } from '../../../shared/domain/tags';

/**
 * Behaviour chips, builders and damagers, always in the same place (a layout that moved when
 * the outcome changes would move chips under the pointer). Both groups stay available: a
 * helpful meeting can still have had an interruption.
 */
export function TagPicker(props: {
  value: TagId[];
  onChange: (tags: TagId[]) => void;
  /**
   * Compact mode for small cards: only the group that matches the outcome is shown, the
   * other one a click away (always shown if a tag in it is already chosen).
   */
  onlyFor?: 'helped' | 'harmed' | null;
}) {
  const [showOther, setShowOther] = useState(false);
  const toggle = (id: TagId) =>
    props.onChange(props.value.includes(id) ? props.value.filter((t) => t !== id) : [...props.value, id]);

  const builders = (
    <div className="tag-group" key="builders">
      <div className="tag-group__label" id="tags-builders">
        Builders
      </div>
      <div className="chips" role="group" aria-labelledby="tags-builders">
        {BUILDER_TAGS.map((t) => (
          <button key={t.id} type="button" className="chip" data-kind="builder" data-enter-submits aria-pressed={props.value.includes(t.id)} onClick={() => toggle(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
    </div>
  );
  const damagers = (
    <div className="tag-group" key="damagers">
      <div className="tag-group__label" id="tags-damagers">
        Damagers
      </div>
      <div className="chips" role="group" aria-labelledby="tags-damagers">
        {DAMAGER_TAGS.map((t) => (
          <button key={t.id} type="button" className="chip" data-kind="damager" data-enter-submits aria-pressed={props.value.includes(t.id)} onClick={() => toggle(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
    </div>
  );
  if (props.onlyFor === undefined) {
    return (
      <div>
        {builders}
        {damagers}
      </div>
    );
  }
  if (props.onlyFor === null) return <p className="field__hint">Choose helped or harmed, then what you did.</p>;
  const mainIsBuilders = props.onlyFor === 'helped';
  const otherHasChoice = props.value.some((t) => (mainIsBuilders ? !isBuilder(t) : isBuilder(t)));
  const other = showOther || otherHasChoice;
  return (
    <div>
      {mainIsBuilders ? builders : damagers}
      {other ? (
        mainIsBuilders ? damagers : builders
      ) : (
        <button type="button" className="link-button" onClick={() => setShowOther(true)}>
          {mainIsBuilders ? 'Something harmed too?' : 'Something helped too?'}
        </button>
      )}
    </div>
  );
}
