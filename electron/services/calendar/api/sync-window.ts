/**
 * The span an API source keeps: from 16 days back (the coach looks back two weeks) to 74 days
 * ahead, starting at a UTC midnight so it moves once a day. Incremental answers report changes
 * anywhere in time, so a moved window means one full fetch that day.
 */
const DAY_MS = 86_400_000;
export const WINDOW_BEHIND_DAYS = 16;
export const WINDOW_DAYS = 90;

export function apiSyncWindow(now: Date): { from: Date; to: Date } {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const from = today - WINDOW_BEHIND_DAYS * DAY_MS;
  return { from: new Date(from), to: new Date(from + WINDOW_DAYS * DAY_MS) };
}
