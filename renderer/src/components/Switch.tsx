import { useId, type ReactNode } from 'react';

/**
 * An on/off setting: a real checkbox announced as a switch, with its label and an optional
 * hint tied to it. The state is also written out ("On"/"Off"), so it never rests on colour.
 */
export function Switch(props: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode; disabled?: boolean; ariaLabel?: string }) {
  const hintId = useId();
  return (
    <div className="switch-field">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={props.checked}
          disabled={props.disabled}
          aria-label={props.ariaLabel}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__label">{props.label}</span>
      </label>
      {props.hint && (
        <p id={hintId} className="field__hint switch__hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
