import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Valence } from '../../../shared/domain/moment';

const OPTIONS: { value: Valence; key: string }[] = [
  { value: 'helped', key: '1' },
  { value: 'harmed', key: '2' },
];

/**
 * Two choices and no neutral: even indifference harms. A radio group with arrow-key
 * navigation; nothing is chosen until the user picks. Enter or Space picks the focused choice
 * (it never saves the form); the forms also take the single keys 1 and 2 (keyboard.ts).
 */
export function ValenceChoice(props: {
  value: Valence | null;
  onChange: (value: Valence) => void;
  autoFocus?: boolean;
  labelledBy: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation('moment');
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = OPTIONS.findIndex((o) => o.value === props.value);
  const focusIndex = selectedIndex === -1 ? 0 : selectedIndex;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const next = (index + delta + OPTIONS.length) % OPTIONS.length;
    props.onChange(OPTIONS[next]!.value);
    refs.current[next]?.focus();
  };

  return (
    <div className="valence" role="radiogroup" aria-labelledby={props.labelledBy} aria-required="true" aria-invalid={props.invalid || undefined}>
      {OPTIONS.map((option, index) => (
        <button
          key={option.value}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="radio"
          className="valence__option"
          data-valence={option.value}
          aria-keyshortcuts={option.key}
          aria-checked={props.value === option.value}
          tabIndex={index === focusIndex ? 0 : -1}
          autoFocus={props.autoFocus && index === focusIndex}
          onClick={() => props.onChange(option.value)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          <span className="valence__title">{t(`valence.${option.value}`)}</span>
          <span className="valence__hint">{t(`valence.${option.value}Hint`)}</span>
          <span className="kbd valence__key" aria-hidden="true">
            {option.key}
          </span>
        </button>
      ))}
    </div>
  );
}
