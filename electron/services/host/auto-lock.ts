import type { Settings } from '../../../shared/domain/settings';

/** Whether the log should lock now: it is on, open, and the user has been away long enough. */
export function shouldAutoLock(state: { enabled: boolean; locked: boolean }, idleSeconds: number, privacy: Settings['privacy']): boolean {
  if (!state.enabled || state.locked || privacy.autoLockMinutes === null) return false;
  return idleSeconds >= privacy.autoLockMinutes * 60;
}
