import type { Meeting } from '../../../shared/domain/calendar';
import {
  ACTIVE_ENVIRONMENT,
  type CoachEnvironment,
  type CoachSettings,
  type PauseState,
  type Prompt,
  type PromptKind,
  type PromptOutcome,
  type SuppressionReason,
} from '../../../shared/domain/coach';
import { addDays } from '../../../shared/domain/days';
import { dayKey } from '../../../shared/domain/time';
import { expiry, meetingPrompts, reviewPrompts, timedMeetings } from './meeting-prompts';
import { facetsOf } from './prompt-ids';
import { calendarRuleAt, momentRuleAt, type MomentRuleReason } from './silence';

/**
 * The pure planner: what the coach should do at `now`, given the calendar, the settings
 * and what already happened to each prompt.
 *
 * Every prompt still open (not answered, skipped or missed; not suppressed at its current
 * time) lands in exactly one list:
 * - `due`: show now, earliest first (the runner shows one at a time);
 * - `held`: due, but a moment rule (pause, lock, do-not-disturb, idle) holds it; it may
 *   still appear if the rule lifts before the prompt expires;
 * - `suppressed`: will never be shown: due at a time the user is not coached (not a working
 *   day, outside working hours, quiet hours) or `stale` (now > expiresAt). The caller records
 *   each as a 'suppressed' outcome, after which it leaves the plan;
 * - `upcoming`: due later, earliest first (the runner's next wake-up).
 *
 * Prompts due before `since - staleAfterMinutes` are not considered at all: they fell due
 * before the caller was watching (e.g. while the app was not running), and neither firing nor
 * recording them late would be honest. Without `since`, only prompts still fresh count;
 * `since` reaches back two weeks at most.
 */
export interface PlanContext {
  /** The user's IANA zone: days, weekdays and wall-clock hours are read in it. */
  timeZone: string;
  pause: PauseState;
  environment?: CoachEnvironment;
  /** When the caller last planned; prompts that went stale since then are reported. */
  since?: Date;
  /** Meetings asked about only afterwards (see card-policy.ts). */
  afterOnly?: ReadonlySet<string>;
}

export interface HeldPrompt {
  prompt: Prompt;
  reason: MomentRuleReason;
}

export interface SuppressedPrompt {
  prompt: Prompt;
  reason: SuppressionReason;
}

export interface Plan {
  due: Prompt[];
  held: HeldPrompt[];
  suppressed: SuppressedPrompt[];
  upcoming: Prompt[];
}

const MINUTE = 60_000;
const MAX_LOOKBACK_MS = 14 * 24 * 60 * MINUTE;

export function planPrompts(
  meetings: readonly Meeting[],
  settings: CoachSettings,
  history: readonly PromptOutcome[],
  now: Date,
  context: PlanContext,
): Plan {
  const nowMs = now.getTime();
  const staleMs = settings.staleAfterMinutes * MINUTE;
  // Looking back more than two weeks (a laptop left asleep for a month) only adds noise.
  const sinceMs = context.since ? Math.max(Math.min(context.since.getTime(), nowMs), nowMs - MAX_LOOKBACK_MS) : nowMs;
  const horizonStart = sinceMs - staleMs;
  const past = readHistory(history);

  const timed = timedMeetings(meetings);
  const days = dayRange(addDays(dayKey(new Date(horizonStart), context.timeZone), -1), addDays(dayKey(now, context.timeZone), 1));
  const candidates = [
    ...meetingPrompts(timed, settings, context.timeZone, past.settledFacets, context.afterOnly),
    ...reviewPrompts(days, timed, settings, context.timeZone, past.settledFacets),
  ];

  const plan: Plan = { due: [], held: [], suppressed: [], upcoming: [] };
  const momentRule = momentRuleAt(now, context.pause, context.environment ?? ACTIVE_ENVIRONMENT);
  for (const scheduled of candidates) {
    const prompt = withSnooze(scheduled, past.snoozedUntil.get(scheduled.id), settings);
    const dueMs = Date.parse(prompt.dueAt);
    if (dueMs < horizonStart || past.isSuppressedAt(prompt)) continue;
    if (dueMs > nowMs) {
      plan.upcoming.push(prompt);
      continue;
    }
    const rule = calendarRuleAt(dueMs, settings, context.timeZone) ?? (nowMs > dueMs + staleMs ? 'stale' : null);
    // Held past the edge of working or quiet hours, it must not appear either.
    const ruleNow = rule ?? calendarRuleAt(nowMs, settings, context.timeZone);
    if (ruleNow) plan.suppressed.push({ prompt, reason: ruleNow });
    else if (momentRule) plan.held.push({ prompt, reason: momentRule });
    else plan.due.push(prompt);
  }

  plan.due.sort(byDueAt);
  plan.upcoming.sort(byDueAt);
  plan.held.sort((a, b) => byDueAt(a.prompt, b.prompt));
  plan.suppressed.sort((a, b) => byDueAt(a.prompt, b.prompt));
  return plan;
}

interface PastOutcomes {
  /** Facets answered, skipped or missed: never asked again, whatever the calendar does. */
  settledFacets: Set<string>;
  /** The latest snooze per prompt id. */
  snoozedUntil: Map<string, string>;
  /** A suppression settles a prompt only at the time it was due then: a moved meeting is asked again. */
  isSuppressedAt(prompt: Prompt): boolean;
}

function readHistory(history: readonly PromptOutcome[]): PastOutcomes {
  const settledFacets = new Set<string>();
  const suppressedAt = new Set<string>();
  const latestSnooze = new Map<string, { at: number; until: string }>();
  for (const entry of history) {
    switch (entry.outcome) {
      case 'answered':
      case 'skipped':
      case 'missed':
        for (const facet of facetsOf(entry.promptId)) settledFacets.add(facet);
        break;
      case 'suppressed':
        // An old record without dueAt settles the facet at any time.
        for (const facet of facetsOf(entry.promptId)) suppressedAt.add(`${facet}@${entry.dueAt ?? '*'}`);
        break;
      case 'snoozed': {
        const at = Date.parse(entry.at);
        const current = latestSnooze.get(entry.promptId);
        if (entry.snoozeUntil && (!current || at >= current.at)) latestSnooze.set(entry.promptId, { at, until: entry.snoozeUntil });
        break;
      }
    }
  }
  return {
    settledFacets,
    snoozedUntil: new Map([...latestSnooze].map(([id, s]) => [id, s.until])),
    isSuppressedAt: (prompt) =>
      facetsOf(prompt.id).every((facet) => suppressedAt.has(`${facet}@${prompt.dueAt}`) || suppressedAt.has(`${facet}@*`)),
  };
}

function withSnooze(prompt: Prompt, snoozeUntil: string | undefined, settings: CoachSettings): Prompt {
  if (snoozeUntil === undefined) return prompt;
  const dueMs = Date.parse(snoozeUntil);
  return { ...prompt, dueAt: new Date(dueMs).toISOString(), expiresAt: expiry(dueMs, settings) };
}

const KIND_ORDER: Record<PromptKind, number> = { after: 0, between: 1, before: 2, review: 3 };

/** Earliest first; at the same instant, reflecting on what ended comes before what starts. */
export function byDueAt(a: Prompt, b: Prompt): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function dayRange(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
