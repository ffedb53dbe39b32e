import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../../components/useRovingFocus';
import { INTENTION_TEXT_MAX, INTENTIONS, intentionLabel, type Intention } from '../../../../shared/domain/checkin';
import { windowT } from '../../i18n';

/** "How will you show up?": one suggested intention, or the user's own if-then line. */
export function IntentionPicker(props: { intention: Intention | null; ownText: string; onChange: (intention: Intention | null, ownText: string) => void; autoFocus?: boolean }) {
  const { t } = useTranslation('checkIn');
  const ownId = useId();
  const labelId = useId();
  const chosen = props.intention?.type === 'chip' ? props.intention.id : null;
  const chosenIndex = INTENTIONS.findIndex((i) => i.id === chosen);
  // One Tab stop; arrows check the next intention as in any radio group; Enter or Space on the
  // checked one clears it (a card may be saved without a chip when a line is written).
  const roving = useRovingFocus(INTENTIONS.length, Math.max(chosenIndex, 0), (index) => props.onChange({ type: 'chip', id: INTENTIONS[index]!.id }, ''));
  return (
    <fieldset className="check-in__section">
      <legend className="field__label" id={labelId}>
        {t('intention.legend')}
      </legend>
      <div className="chips" role="radiogroup" aria-labelledby={labelId}>
        {INTENTIONS.map((i, index) => (
          <button
            key={i.id}
            type="button"
            role="radio"
            className="chip chip--intention"
            aria-checked={chosen === i.id}
            autoFocus={props.autoFocus && index === 0}
            onClick={() => props.onChange(chosen === i.id ? null : { type: 'chip', id: i.id }, '')}
            {...roving(index)}
          >
            {intentionLabel(i.id, windowT())}
          </button>
        ))}
      </div>
      <label className="field__hint" htmlFor={ownId}>
        {t('intention.ownHint')}
      </label>
      <input
        id={ownId}
        className="input"
        value={props.ownText}
        maxLength={INTENTION_TEXT_MAX}
        placeholder={t('intention.ownPlaceholder')}
        onChange={(e) => {
          const text = e.target.value;
          props.onChange(text.trim() ? { type: 'own', text } : null, text);
        }}
      />
    </fieldset>
  );
}
