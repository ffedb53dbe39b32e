import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SnoozeChoice } from '../../../../shared/domain/coach';

/** What each item does; the card maps them onto the coach's commands (snooze, later, skip, mute). */
export type NotNowChoice = { kind: 'snooze'; choice: SnoozeChoice } | { kind: 'later' } | { kind: 'skip' } | { kind: 'mute-series' };

interface Item {
  label: string;
  hint?: string;
  choice: NotNowChoice;
}

function snoozes(t: TFunction<'checkIn'>): Item[] {
  return [
    { label: t('notNow.inMinutes', { count: 2 }), choice: { kind: 'snooze', choice: '2-minutes' } },
    { label: t('notNow.inMinutes', { count: 5 }), choice: { kind: 'snooze', choice: '5-minutes' } },
    { label: t('notNow.inMinutes', { count: 10 }), choice: { kind: 'snooze', choice: '10-minutes' } },
    { label: t('notNow.afterThisMeeting'), choice: { kind: 'snooze', choice: 'after-this-meeting' } },
  ];
}

/** The items for a meeting card, and for the review card (which has no series and no "later"). */
export function notNowItems(kind: 'meeting' | 'review', t: TFunction<'checkIn'>): Item[] {
  if (kind === 'review') return [...snoozes(t), { label: t('notNow.skipReview'), choice: { kind: 'skip' } }];
  return [
    ...snoozes(t),
    { label: t('notNow.later'), hint: t('notNow.laterKey'), choice: { kind: 'later' } },
    { label: t('notNow.skip'), choice: { kind: 'skip' } },
    { label: t('notNow.muteSeries'), choice: { kind: 'mute-series' } },
  ];
}

/**
 * "Not now": one menu button instead of several look-alike buttons. The menu floats below the
 * button (the action bar never moves); arrows, Home and End move, Enter or Space picks, Esc
 * or Tab closes and gives focus back to the button.
 */
export function NotNowMenu(props: { items: Item[]; onChoose: (choice: NotNowChoice) => void; disabled?: boolean; direction?: 'up' | 'down' }) {
  const { t } = useTranslation('checkIn');
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const wrapRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const count = props.items.length;

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : count - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: count - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex((moves[event.key]! + count) % count);
    } else if (event.key === 'Escape') {
      // Handled here: Esc closes the menu, it does not also put the card away.
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="not-now" ref={wrapRef} data-direction={props.direction ?? 'up'}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={props.disabled}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('notNow.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="not-now__menu" role="menu" id={menuId} aria-label={t('notNow.button')} onKeyDown={onMenuKey}>
          {props.items.map((item, index) => (
            <button
              key={item.label}
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              type="button"
              role="menuitem"
              className="not-now__item"
              data-separated={index > 0 && item.choice.kind !== 'snooze' && props.items[index - 1]!.choice.kind === 'snooze' ? '' : undefined}
              tabIndex={index === focusIndex ? 0 : -1}
              onClick={() => {
                setOpen(false);
                props.onChoose(item.choice);
              }}
            >
              <span>{item.label}</span>
              {item.hint && (
                <span className="kbd" aria-hidden="true">
                  {item.hint}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
