import type { CheckIn } from '../../../shared/domain/checkin';
import type { PromptOutcome, SuppressionReason } from '../../../shared/domain/coach';
import { MIN_ANSWERS_FOR_RATE, type NotShownReason, type ResponseStats } from '../../../shared/domain/insights';
import type { WeekBuckets } from './week-buckets';

const CHECK_IN_ID = /^(before|after|between):/;

export function emptyResponse(): ResponseStats {
  return { shown: 0, answered: 0, filledInLater: 0, later: 0, skipped: 0, missed: 0, notShown: { 'quiet-time': 0, paused: 0, away: 0, 'too-late': 0 }, rate: null };
}

export function notShownReason(reason: SuppressionReason): NotShownReason {
  switch (reason) {
    case 'not-working-day':
    case 'outside-working-hours':
    case 'quiet-hours':
      return 'quiet-time';
    case 'paused':
      return 'paused';
    case 'screen-locked':
    case 'do-not-disturb':
    case 'user-idle':
    case 'full-screen': // busy presenting: counted with the other times the user could not be asked
    case 'screen-shared':
      return 'away';
    case 'stale':
      return 'too-late';
  }
}

/**
 * The questions a check-in prompt id asks, as "after:<meeting id>" / "before:<meeting id>"
 * ("between:<a>:<b>" asks both); none for other ids (reviews, tests).
 */
export function questionsOfPromptId(promptId: string): string[] {
  const [kind, ...rest] = promptId.split(':');
  try {
    if ((kind === 'before' || kind === 'after') && rest.length === 1) return [`${kind}:${decodeURIComponent(rest[0]!)}`];
    if (kind === 'between' && rest.length === 2) return [`after:${decodeURIComponent(rest[0]!)}`, `before:${decodeURIComponent(rest[1]!)}`];
  } catch {
    // A malformed escape: not an id the coach made.
  }
  return [];
}

/**
 * Check-in response per week. Each card (prompt id) counts once, by its last outcome, in the
 * week that outcome happened (so a card suppressed while paused and shown later counts as
 * shown). Review cards are not check-ins and are left out; a card whose last outcome is a
 * snooze is still open and not counted yet. A card skipped, put off ("Later") or left to time
 * out, whose meeting was then filled in from the review, counts as answered later.
 */
export function computeResponse(outcomes: Iterable<PromptOutcome>, checkIns: readonly CheckIn[], buckets: WeekBuckets): ResponseStats[] {
  const last = new Map<string, PromptOutcome>();
  // Outcomes older than the first week cannot be a card's last outcome in it: skip them first.
  const floor = new Date(buckets.scanFloorMs).toISOString();
  for (const o of outcomes) {
    if (o.at < floor || !CHECK_IN_ID.test(o.promptId)) continue;
    const known = last.get(o.promptId);
    if (!known || o.at >= known.at) last.set(o.promptId, o);
  }
  const filledLater = new Set<string>();
  for (const c of checkIns) {
    if (c.source === 'prompt' || c.createdAt < floor) continue;
    if (c.reflectionOn) filledLater.add(`after:${c.reflectionOn.meeting.id}`);
    if (c.intentionFor) filledLater.add(`before:${c.intentionFor.meeting.id}`);
  }
  const weeks = buckets.weeks.map(emptyResponse);
  for (const o of last.values()) {
    if (o.outcome === 'snoozed') continue;
    const i = buckets.indexOf(Date.parse(o.at));
    if (i < 0) continue;
    const week = weeks[i]!;
    if (o.outcome === 'suppressed') {
      week.notShown[notShownReason(isSuppression(o.reason) ? o.reason : 'stale')]++;
      continue;
    }
    if (o.outcome === 'answered') week.answered++;
    else if (questionsOfPromptId(o.promptId).some((q) => filledLater.has(q))) week.filledInLater++;
    else if (o.outcome === 'skipped') week.skipped++;
    else if (o.reason === 'log-later') week.later++;
    else week.missed++;
  }
  return weeks.map(withRate);
}

export function sumResponse(parts: readonly ResponseStats[]): ResponseStats {
  const total = emptyResponse();
  for (const p of parts) {
    total.answered += p.answered;
    total.filledInLater += p.filledInLater;
    total.later += p.later;
    total.skipped += p.skipped;
    total.missed += p.missed;
    for (const key of Object.keys(total.notShown) as NotShownReason[]) total.notShown[key] += p.notShown[key];
  }
  return withRate(total);
}

/** A rate only from enough cards: below that the counts say it better. */
function withRate(r: ResponseStats): ResponseStats {
  const shown = r.answered + r.filledInLater + r.later + r.skipped + r.missed;
  return { ...r, shown, rate: shown >= MIN_ANSWERS_FOR_RATE ? (r.answered + r.filledInLater) / shown : null };
}

function isSuppression(reason: PromptOutcome['reason']): reason is SuppressionReason {
  return reason !== undefined && reason !== 'timeout' && reason !== 'log-later';
}
