import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/moment-limits';
import { call } from '../api';

/**
 * Names as removable tokens, with suggestions (a combobox): the meeting's attendees first when
 * `meetingId` is given, then people from this week's meetings, then earlier entries. Enter or
 * comma adds what is typed; Backspace in an empty box removes the last name. Keys it uses
 * are not passed on, so Enter here never saves the form half-way through a name.
 */
export function PeopleInput(props: { value: string[]; onChange: (people: string[]) => void; labelledBy: string; describedBy?: string; meetingId?: string }) {
  const { t } = useTranslation('moment');
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      call('people.suggest', { query: text, limit: 8, ...(props.meetingId ? { meetingId: props.meetingId } : {}) })
        .then((names) => {
          if (cancelled) return;
          const chosen = new Set(props.value.map((p) => p.toLocaleLowerCase()));
          setSuggestions(names.filter((n) => !chosen.has(n.toLocaleLowerCase())));
          setActive(-1);
        })
        .catch(() => !cancelled && setSuggestions([]));
    }, 80);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, props.value, props.meetingId]);

  const add = (name: string) => {
    const clean = name.trim().slice(0, LIMITS.personChars);
    if (!clean) return;
    if (!props.value.some((p) => p.toLocaleLowerCase() === clean.toLocaleLowerCase())) props.onChange([...props.value, clean]);
    setText('');
    setOpen(false);
  };

  const remove = (name: string) => {
    props.onChange(props.value.filter((p) => p !== name));
    inputRef.current?.focus();
  };

  const showList = open && suggestions.length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const consume = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        consume();
        setOpen(true);
        setActive((i) => Math.min(i + 1, suggestions.length - 1));
        break;
      case 'ArrowUp':
        consume();
        setActive((i) => Math.max(i - 1, -1));
        break;
      case 'Enter':
      case ',': {
        const pick = showList && active >= 0 ? suggestions[active] : undefined;
        if (pick !== undefined) {
          consume();
          add(pick);
        } else if (text.trim()) {
          consume();
          add(text);
        } else if (event.key === ',') consume();
        break;
      }
      case 'Escape':
        if (showList) {
          consume();
          setOpen(false);
        }
        break;
      case 'Backspace':
        if (text === '' && props.value.length > 0) {
          consume();
          props.onChange(props.value.slice(0, -1));
        }
        break;
    }
  };

  return (
    <div className="people">
      <div className="people__box" onClick={() => inputRef.current?.focus()}>
        {props.value.map((name) => (
          <span key={name} className="people__token">
            {name}
            <button type="button" className="people__remove" aria-label={t('people.remove', { name })} onClick={() => remove(name)}>
              ×
            </button>
          </span>
        ))}
        <input
          ref={inputRef}
          className="people__input"
          value={text}
          maxLength={LIMITS.personChars}
          placeholder={props.value.length ? t('people.addAnother') : t('people.typeName')}
          role="combobox"
          aria-labelledby={props.labelledBy}
          aria-describedby={props.describedBy}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            // Keep what was typed: leaving the box adds it as a name.
            if (text.trim()) add(text);
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul className="people__list" id={listId} role="listbox" hidden={!showList}>
        {suggestions.map((name, i) => (
          <li
            key={name}
            id={`${listId}-${i}`}
            role="option"
            className="people__option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              add(name);
            }}
          >
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
