import { SuppressionReasonSchema, type PromptOutcome } from '../../../shared/domain/coach';
import type { AfterCard } from '../../../shared/domain/review-day';
import { afterPromptId, facetsOf } from '../coach/prompt-ids';

/**
 * The fate of each meeting's after card, from the prompt outcome history. A between card also
 * asks about the meeting before it, so outcomes are matched per question (facet), and only a
 * card's last outcome counts: a snooze that was answered later is answered, a skip is a skip.
 * Outcomes before `since` cannot be about these meetings and are passed over cheaply.
 */
export function afterCardsOf(outcomes: Iterable<PromptOutcome>, meetingIds: readonly string[], since: string): Map<string, AfterCard> {
  const meetingOfFacet = new Map(meetingIds.map((id) => [afterPromptId(id), id]));
  const last = new Map<string, PromptOutcome>();
  for (const o of outcomes) {
    if (o.at < since) continue;
    for (const facet of facetsOf(o.promptId)) {
      const meetingId = meetingOfFacet.get(facet);
      if (meetingId === undefined) continue;
      const known = last.get(meetingId);
      if (!known || o.at >= known.at) last.set(meetingId, o);
    }
  }
  const cards = new Map<string, AfterCard>();
  for (const [meetingId, outcome] of last) {
    const card = afterCardOf(outcome);
    if (card) cards.set(meetingId, card);
  }
  return cards;
}

function afterCardOf(o: PromptOutcome): AfterCard | null {
  switch (o.outcome) {
    case 'answered':
    case 'snoozed': // still to come back: nothing to explain yet
      return null;
    case 'skipped':
      return { kind: 'skipped' };
    case 'missed':
      return o.reason === 'log-later' ? { kind: 'later' } : { kind: 'timed-out' };
    case 'suppressed': {
      const reason = SuppressionReasonSchema.safeParse(o.reason);
      return { kind: 'not-shown', reason: reason.success ? reason.data : 'stale' };
    }
  }
}
