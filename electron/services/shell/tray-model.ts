import type { PauseChoice } from '../../../shared/domain/coach';
import type { CoachState } from '../../../shared/domain/coach-view';
import { formatTime } from '../../../shared/format/locale-format';
import { t } from '../text/main-text';

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

const PAUSES: readonly PauseChoice[] = ['30-minutes', '1-hour', '2-hours', 'until-tomorrow', 'until-resumed'];

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
      tooltip: t('desktop:tray.locked.tooltip'),
      items: [
        { kind: 'info', label: t('desktop:tray.locked.info') },
        { kind: 'separator' },
        { kind: 'action', label: t('desktop:tray.locked.unlock'), action: { type: 'unlock' } },
        { kind: 'action', label: t('desktop:tray.logMoment'), action: { type: 'log-moment' } },
        { kind: 'separator' },
        { kind: 'action', label: t('desktop:tray.quit'), action: { type: 'quit' } },
      ],
    };
  }
  const icon: TrayIconState = state.current && !state.current.test ? 'waiting' : state.paused ? 'paused' : 'normal';
  const time = (iso: string) => formatTime(locale, iso, timeZone);
  const next = state.nextMeeting ? t('desktop:tray.next', { title: state.nextMeeting.title, time: time(state.nextMeeting.start) }) : t('desktop:tray.noMoreMeetings');
  const pausedLine = !state.paused
    ? null
    : state.pause.indefinite
      ? t('desktop:tray.pausedIndefinitely')
      : t('desktop:tray.pausedUntil', { time: time(state.pause.until ?? '') });

  const items: TrayItem[] = [{ kind: 'info', label: next }];
  if (pausedLine) items.push({ kind: 'info', label: pausedLine });
  items.push({ kind: 'separator' });
  if (state.current && !state.current.test) items.push({ kind: 'action', label: t('desktop:tray.showCheckIn'), action: { type: 'show-check-in' } });
  items.push(
    { kind: 'action', label: t('desktop:tray.logMoment'), action: { type: 'log-moment' } },
    { kind: 'action', label: t('desktop:tray.startReview'), action: { type: 'start-review' } },
    { kind: 'action', label: t('desktop:tray.lookBack'), action: { type: 'open', view: 'week' } },
    { kind: 'separator' },
    state.paused
      ? { kind: 'action', label: t('desktop:tray.resume'), action: { type: 'resume' } }
      : { kind: 'submenu', label: t('desktop:tray.pause'), items: PAUSES.map((choice) => ({ kind: 'action', label: t(`desktop:tray.pauses.${choice}`), action: { type: 'pause', choice } })) },
    { kind: 'separator' },
    { kind: 'action', label: t('desktop:tray.open'), action: { type: 'open', view: 'today' } },
    { kind: 'action', label: t('desktop:tray.settings'), action: { type: 'open', view: 'settings' } },
    { kind: 'separator' },
    { kind: 'action', label: t('desktop:tray.quit'), action: { type: 'quit' } },
  );

  const tooltip = [t('desktop:tray.appName'), icon === 'waiting' ? t('desktop:tray.waiting') : null, pausedLine, next].filter(Boolean).join('\n');
  return { icon, tooltip, items };
}
