import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from './useRovingFocus';
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
  const { t } = useTranslation('moment');
  const [showOther, setShowOther] = useState(false);
  const toggle = (id: TagId) =>
    props.onChange(props.value.includes(id) ? props.value.filter((t) => t !== id) : [...props.value, id]);

  const builders = <TagGroup key="builders" kind="builder" label={t('tags.builders')} tags={BUILDER_TAGS} value={props.value} onToggle={toggle} />;
  const damagers = <TagGroup key="damagers" kind="damager" label={t('tags.damagers')} tags={DAMAGER_TAGS} value={props.value} onToggle={toggle} />;
  if (props.onlyFor === undefined) {
    return (
      <div>
        {builders}
        {damagers}
      </div>
    );
  }
  if (props.onlyFor === null) return <p className="field__hint">{t('tags.chooseValenceFirst')}</p>;
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
          {mainIsBuilders ? t('tags.somethingHarmed') : t('tags.somethingHelped')}
        </button>
      )}
    </div>
  );
}

/**
 * One group of behaviour chips: a toolbar of toggle buttons, one Tab stop, arrows move within
 * it and Enter or Space toggles the focused chip (it never saves the form).
 */
function TagGroup(props: { kind: 'builder' | 'damager'; label: string; tags: readonly { id: TagId }[]; value: TagId[]; onToggle: (id: TagId) => void }) {
  const { t } = useTranslation('common');
  const labelId = useId();
  const firstChosen = props.tags.findIndex((tag) => props.value.includes(tag.id));
  const roving = useRovingFocus(props.tags.length, Math.max(firstChosen, 0));
  return (
    <div className="tag-group">
      <div className="tag-group__label" id={labelId}>
        {props.label}
      </div>
      <div className="chips" role="toolbar" aria-labelledby={labelId}>
        {props.tags.map((tag, index) => (
          <button key={tag.id} type="button" className="chip" data-kind={props.kind} aria-pressed={props.value.includes(tag.id)} onClick={() => props.onToggle(tag.id)} {...roving(index)}>
            {t(`tags.${tag.id}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
