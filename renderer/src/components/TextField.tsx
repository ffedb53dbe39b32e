import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './FieldError';

/** A labelled input with its hint and its validation message, both tied to it for screen readers. */
export function TextField(
  props: { label: ReactNode; hint?: ReactNode; error?: string | null | undefined; onValue: (value: string) => void; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'className'>,
) {
  const { label, hint, error, onValue, className, ...input } = props;
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onValue(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError message={error} id={`${id}-error`} />
    </div>
  );
}
