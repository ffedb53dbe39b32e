import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColorSwatch } from '../../../components/ColorSwatch';
import { SOURCE_COLORS, colorName } from '../../../../../shared/domain/calendar-colors';
import { windowT } from '../../../i18n';

/** "Colour: Blue" opens a row of named swatches (radio buttons: arrow keys move, the choice applies at once). */
export function ColorChoice(props: { name: string; color: string; onChoose: (color: string) => void }) {
  const [open, setOpen] = useState(false);
  const { t } = useTranslation(['settingsCalendars', 'common']);
  const group = useId();
  // Shown at once (arrow keys move through the colours); the saved colour wins once it comes back.
  const [picked, setPicked] = useState<{ base: string; color: string } | null>(null);
  const current = (picked && picked.base === props.color ? picked.color : props.color).toLowerCase();
  return (
    <div className="color-choice">
      <button type="button" className="button button--small" aria-expanded={open} aria-controls={`${group}-choices`} onClick={() => setOpen((o) => !o)}>
        <ColorSwatch color={current} />
        {t('colour.button', { colour: colorName(current, windowT()) })}
      </button>
      {open && (
        <fieldset id={`${group}-choices`} className="color-choice__options">
          <legend className="visually-hidden">{t('colour.legend', { name: props.name })}</legend>
          {SOURCE_COLORS.map((c) => (
            <label key={c.value} className="color-choice__option" title={colorName(c.value, windowT())}>
              <input
                type="radio"
                name={group}
                value={c.value}
                checked={current === c.value}
                onChange={() => {
                  setPicked({ base: props.color, color: c.value });
                  props.onChoose(c.value);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === 'Escape') setOpen(false);
                }}
              />
              <ColorSwatch color={c.value} size="large" />
              <span className="visually-hidden">{colorName(c.value, windowT())}</span>
            </label>
          ))}
          <button type="button" className="button button--small button--ghost" onClick={() => setOpen(false)}>
            {t('common:actions.done')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
