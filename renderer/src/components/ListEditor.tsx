import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';

/**
 * A short list of words or addresses: each shown with its own Remove button, and a field to
 * add one more (Enter or the Add button). `validate` explains a refusal next to the field.
 */
export function ListEditor(props: {
  label: string;
  hint?: ReactNode;
  items: string[];
  /** Names the field for a new entry, e.g. "New email address". */
  inputLabel: string;
  /** Names the Add button; starts with "Add" so it matches what is seen. */
  addLabel: string;
  placeholder?: string;
  emptyText: string;
  inputType?: 'text' | 'email';
  validate?: (value: string, items: string[]) => string | null;
  /** A short line under an item (where it came from), or null. */
  describe?: (item: string) => string | null;
  onChange: (items: string[]) => void;
  /** A refusal from the main process, shown like a validation message. */
  error?: string | null;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const labelId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const message = problem ?? props.error ?? null;

  const add = () => {
    const value = text.trim();
    if (!value) return setProblem(t('listEditor.empty'));
    if (props.items.some((item) => item.toLocaleLowerCase() === value.toLocaleLowerCase())) return setProblem(t('listEditor.duplicate', { value }));
    const refusal = props.validate?.(value, props.items) ?? null;
    if (refusal) return setProblem(refusal);
    setProblem(null);
    setText('');
    props.onChange([...props.items, value]);
  };

  return (
    <div className="list-editor" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="field__label">
        {props.label}
      </p>
      {props.hint && (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.items.length === 0 ? (
        <p className="list-editor__empty muted">{props.emptyText}</p>
      ) : (
        <ul className="list-editor__items" aria-label={props.label}>
          {props.items.map((item) => (
            <li key={item} className="list-editor__item">
              <span className="list-editor__text">
                {item}
                {props.describe?.(item) && <span className="list-editor__why muted"> {props.describe(item)}</span>}
              </span>
              <button type="button" className="list-editor__remove" aria-label={t('listEditor.remove', { item })} onClick={() => props.onChange(props.items.filter((i) => i !== item))}>
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="list-editor__add">
        <label htmlFor={inputId} className="visually-hidden">
          {props.inputLabel}
        </label>
        <input
          id={inputId}
          className="input"
          type={props.inputType ?? 'text'}
          value={text}
          placeholder={props.placeholder}
          aria-invalid={message ? true : undefined}
          aria-describedby={[props.hint ? hintId : '', message ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" aria-label={props.addLabel} onClick={add}>
          {t('actions.add')}
        </button>
      </div>
      <FieldError message={message} id={errorId} />
    </div>
  );
}
