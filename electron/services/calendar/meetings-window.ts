import type { Meeting } from '../../../shared/domain/calendar';
import type { Clock } from '../clock';

const DAY_MS = 86_400_000;
/** The coach looks back up to two weeks (stale prompts after a long sleep) and a little ahead. */
const BEHIND_MS = 15 * DAY_MS;
const AHEAD_MS = 3 * DAY_MS;

/**
 * The meetings the coach plans with, kept expanded for a window around now. The runner asks
 * on every plan (at least once a minute); this re-expands only when the calendar or the rules
 * changed, or when now has moved a day into the window.
 */
export class MeetingsWindow {
  private cache: { from: number; to: number; meetings: readonly Meeting[] } | null = null;

  constructor(
    private readonly source: { meetingsBetween(from: Date, to: Date): Meeting[] },
    private readonly clock: Clock,
  ) {}

  current = (): readonly Meeting[] => {
    const now = this.clock.now().getTime();
    if (!this.cache || now < this.cache.from + BEHIND_MS - DAY_MS || now > this.cache.to - AHEAD_MS + DAY_MS) {
      const from = now - BEHIND_MS;
      const to = now + AHEAD_MS;
      this.cache = { from, to, meetings: this.source.meetingsBetween(new Date(from), new Date(to)) };
    }
    return this.cache.meetings;
  };

  invalidate(): void {
    this.cache = null;
  }
}
