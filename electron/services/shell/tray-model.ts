import type { PauseChoice } from '../../../shared/domain/coach';
import type { CoachState } from '../../../shared/domain/coach-view';
import { formatTime } from '../../../shared/format/locale-format';

export type TrayIconState = 'normal' | 'waiting' | 'paused';

export type TrayAction =
  | { type: 'log-moment' }
  | { type: 'start-review' }
  | { type: 'show-check-in' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  | { type: 'open'; view: 'today' | 'week' | 'log' | 'settings' }
  | { type: 'unlock' }
  | { type: 'quit' };

export type TrayItem =
  | { kind: 'action'; label: string; action: TrayAction; enabled?: boolean }
  | { kind: 'info'; label: string }
  | { kind: 'submenu'; label: string; items: TrayItem[] }
  | { kind: 'separator' };

export interface TrayModel {
  icon: TrayIconState;
  tooltip: string;
  items: TrayItem[];
}

const PAUSES: { choice: PauseChoice; label: string }[] = [
  { choice: '30-minutes', label: 'For 30 minutes' },
  { choice: '1-hour', label: 'For 1 hour' },
  { choice: '2-hours', label: 'For 2 hours' },
  { choice: 'until-tomorrow', label: 'Until tomorrow' },
  { choice: 'until-resumed', label: 'Until I resume' },
];

/**
 * What the tray shows, from the coach's state: a distinct icon per state (tray titles do
 * not show on Linux or Windows), the next meeting in the tooltip and menu, and every action
 * in the menu (some Linux trays ignore clicks on the icon).
 */
export function trayModel(state: CoachState, timeZone: string, locale: string, locked = false): TrayModel {
  if (locked) {
    // The log is closed: the coach is silent, but a moment can still be logged (it is sealed).
    return {
      icon: 'paused',
      tooltip: 'Touchpoint\nLocked',
      items: [
        { kind: 'info', label: 'Touchpoint is locked' },
        { kind: 'separator' },
        { kind: 'action', label: 'Unlock…', action: { type: 'unlock' } },
        { kind: 'action', label: 'Log a moment…', action: { type: 'log-moment' } },
        { kind: 'separator' },
        { kind: 'action', label: 'Quit Touchpoint', action: { type: 'quit' } },
      ],
    };
  }
  const icon: TrayIconState = state.current && !state.current.test ? 'waiting' : state.paused ? 'paused' : 'normal';
  const time = (iso: string) => formatTime(locale, iso, timeZone);
  const next = state.nextMeeting ? `Next: ${state.nextMeeting.title} · ${time(state.nextMeeting.start)}` : 'No more meetings today';
  const pausedLine = !state.paused
    ? null
    : state.pause.indefinite
      ? 'Check-ins paused until you resume'
      : `Check-ins paused until ${time(state.pause.until ?? '')}`;

  const items: TrayItem[] = [{ kind: 'info', label: next }];
  if (pausedLine) items.push({ kind: 'info', label: pausedLine });
  items.push({ kind: 'separator' });
  if (state.current && !state.current.test) items.push({ kind: 'action', label: 'Show the waiting check-in', action: { type: 'show-check-in' } });
  items.push(
    { kind: 'action', label: 'Log a moment…', action: { type: 'log-moment' } },
    { kind: 'action', label: 'Start today’s review', action: { type: 'start-review' } },
    { kind: 'action', label: 'Look back on the week', action: { type: 'open', view: 'week' } },
    { kind: 'separator' },
    state.paused
      ? { kind: 'action', label: 'Resume check-ins', action: { type: 'resume' } }
      : { kind: 'submenu', label: 'Pause check-ins', items: PAUSES.map((p) => ({ kind: 'action', label: p.label, action: { type: 'pause', choice: p.choice } })) },
    { kind: 'separator' },
    { kind: 'action', label: 'Open Touchpoint', action: { type: 'open', view: 'today' } },
    { kind: 'action', label: 'Settings', action: { type: 'open', view: 'settings' } },
    { kind: 'separator' },
    { kind: 'action', label: 'Quit Touchpoint', action: { type: 'quit' } },
  );

  const tooltip = ['Touchpoint', icon === 'waiting' ? 'A check-in is waiting' : null, pausedLine, next].filter(Boolean).join('\n');
  return { icon, tooltip, items };
}
