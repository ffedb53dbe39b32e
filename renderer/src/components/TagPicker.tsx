import { BUILDER_TAGS, DAMAGER_TAGS, type TagId } from '../../../shared/domain/tags';

/**
 * Behaviour chips, builders and damagers, always in the same place (a layout that moved when
 * the outcome changes would move chips under the pointer). Both groups stay available: a
 * helpful meeting can still have had an interruption.
 */
export function TagPicker(props: { value: TagId[]; onChange: (tags: TagId[]) => void }) {
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
  return (
    <div>
      {builders}
      {damagers}
    </div>
  );
}
