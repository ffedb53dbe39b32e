import type { Meeting } from '../../../shared/domain/calendar';
import type { Prompt, SnoozeChoice } from '../../../shared/domain/coach';

const MINUTE = 60_000;
/** "After this meeting" when no meeting is running and the card has none ahead. */
const FALLBACK_SNOOZE_MINUTES = 10;

/**
 * When a snoozed prompt comes due again. "After this meeting" means after the meeting the
 * user is in now (the one ending last, if several overlap, so the card does not land in the
 * middle of one); outside any meeting it means after the card's own upcoming meeting.
 */
export function snoozeUntil(choice: SnoozeChoice, prompt: Prompt | null, meetings: readonly Meeting[], now: Date): string {
  const nowMs = now.getTime();
  const inMinutes = (minutes: number): string => new Date(nowMs + minutes * MINUTE).toISOString();
  switch (choice) {
    case '2-minutes':
      return inMinutes(2);
    case '5-minutes':
      return inMinutes(5);
    case '10-minutes':
      return inMinutes(10);
    case 'after-this-meeting': {
      const running = meetings.filter((m) => Date.parse(m.start) <= nowMs && Date.parse(m.end) > nowMs).map((m) => Date.parse(m.end));
      if (running.length > 0) return new Date(Math.max(...running)).toISOString();
      const own = ownMeetingId(prompt);
      const ownEnd = own === null ? NaN : Date.parse(meetings.find((m) => m.id === own)?.end ?? '');
      return ownEnd > nowMs ? new Date(ownEnd).toISOString() : inMinutes(FALLBACK_SNOOZE_MINUTES);
    }
  }
}

function ownMeetingId(prompt: Prompt | null): string | null {
  if (prompt === null) return null;
  switch (prompt.kind) {
    case 'before':
    case 'after':
      return prompt.meetingId;
    case 'between':
      return prompt.nextMeetingId;
    case 'review':
      return null;
  }
}
