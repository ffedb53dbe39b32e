import { useState } from 'react';
import type { SnoozeChoice } from '../../../../shared/domain/coach';

const CHOICES: { value: SnoozeChoice; label: string }[] = [
  { value: '2-minutes', label: '2 min' },
  { value: '5-minutes', label: '5 min' },
  { value: '10-minutes', label: '10 min' },
  { value: 'after-this-meeting', label: 'After this meeting' },
];

/** Snooze choices behind one button, so the card stays calm. */
export function SnoozeMenu(props: { onSnooze: (choice: SnoozeChoice) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small" aria-expanded={false} onClick={() => setOpen(true)}>
        Snooze…
      </button>
    );
  }
  return (
    <div className="snooze" role="group" aria-label="Snooze for">
      {CHOICES.map((c, i) => (
        <button key={c.value} type="button" className="button button--small" autoFocus={i === 0} onClick={() => props.onSnooze(c.value)}>
          {c.label}
        </button>
      ))}
      <button type="button" className="button button--ghost button--small" aria-label="Close snooze choices" onClick={() => setOpen(false)}>
        ✕
      </button>
    </div>
  );
}
