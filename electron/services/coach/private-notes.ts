import type { Meeting } from '../../../shared/domain/calendar';
import type { CoachSettings } from '../../../shared/domain/coach';
import type { PromptView } from '../../../shared/domain/coach-view';
import type { SelfMatcher } from '../../../shared/domain/self';
import { isLargeOrStatus } from './card-policy';

/**
 * "Last time with them" on a card for `meeting`. Notes are private: a card for a meeting that is
 * not small (card-policy's large or status meetings, or a daily series asked about only
 * afterwards) carries none at all — the text never leaves the main process — while the outcome,
 * when and the behaviours stay. On small meetings the card still hides each note until asked.
 */
export function lastTimeForCard(
  history: PromptView['lastTime'],
  meeting: Meeting | undefined,
  context: { settings: Pick<CoachSettings, 'largeMeetingSize'>; self: SelfMatcher; afterOnly: ReadonlySet<string> },
): PromptView['lastTime'] {
  const small = meeting !== undefined && !context.afterOnly.has(meeting.id) && !isLargeOrStatus(meeting, context.settings, context.self);
  if (small) return history;
  return history.map((p) => ({ ...p, moments: p.moments.map((m) => ({ ...m, note: '' })) }));
}
