import type { Meeting } from '../../../shared/domain/calendar';
import type { CoachSettings, Prompt } from '../../../shared/domain/coach';
import { weekdayOf } from '../../../shared/domain/days';
import { dayKey, fromWallTime } from '../../../shared/domain/time';
import { afterPromptId, beforePromptId, betweenPromptId, reviewPromptId } from './prompt-ids';

/**
 * The prompts the calendar implies, at their scheduled times (before snoozes and silence
 * rules, which the planner applies). Facets already answered, skipped or missed are left out.
 */

interface TimedMeeting {
  id: string;
  start: number;
  end: number;
}

const MINUTE = 60_000;

/** Meetings with readable times, one per id, in (start, end, id) order so the result never depends on input order. */
export function timedMeetings(meetings: readonly Meeting[]): TimedMeeting[] {
  const timed = meetings
    .map((m) => ({ id: m.id, start: Date.parse(m.start), end: Date.parse(m.end) }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end >= m.start)
    .sort(byStart);
  const seen = new Set<string>();
  return timed.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

function byStart(a: TimedMeeting, b: TimedMeeting): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Back-to-back pairs: B starts within `threshold` of A's end (a small overlap counts too),
 * after A started, and runs past A's end (a meeting nested inside another is not "next").
 * Each meeting is the first half of at most one pair and the second half of at most one, so
 * a chain A-B-C gives (A,B) and (B,C). Greedy in order of end time, taking the earliest
 * next start: deterministic for a given set of meetings.
 */
export function backToBackPairs(sorted: readonly TimedMeeting[], thresholdMs: number): [TimedMeeting, TimedMeeting][] {
  const byEnd = [...sorted].sort((a, b) => a.end - b.end || byStart(a, b));
  const taken = new Set<string>();
  const pairs: [TimedMeeting, TimedMeeting][] = [];
  for (const a of byEnd) {
    const next = sorted.find(
      (b) => b.id !== a.id && !taken.has(b.id) && b.start > a.start && b.end > a.end && Math.abs(b.start - a.end) <= thresholdMs,
    );
    if (next) {
      taken.add(next.id);
      pairs.push([a, next]);
    }
  }
  return pairs;
}

type PromptAt = { scheduledAt: number } & (
  | { kind: 'before' | 'after'; meetingId: string }
  | { kind: 'between'; previousMeetingId: string; nextMeetingId: string }
);

export function meetingPrompts(
  meetings: readonly TimedMeeting[],
  settings: CoachSettings,
  timeZone: string,
  settledFacets: ReadonlySet<string>,
  afterOnly: ReadonlySet<string> = new Set(),
): Prompt[] {
  const lead = settings.leadMinutes * MINUTE;
  // A before-card due inside the previous meeting is as disruptive as a separate one right
  // after it, so meetings closer than the lead time merge too.
  const pairs = backToBackPairs(meetings, Math.max(settings.mergeGapMinutes, settings.leadMinutes) * MINUTE);
  const hasPrevious = new Set(pairs.map(([, b]) => b.id));
  const hasNext = new Set(pairs.map(([a]) => a.id));
  const drafts: PromptAt[] = [];
  const before = (m: TimedMeeting): void => {
    if (!afterOnly.has(m.id) && !settledFacets.has(beforePromptId(m.id))) drafts.push({ kind: 'before', meetingId: m.id, scheduledAt: m.start - lead });
  };
  const after = (m: TimedMeeting): void => {
    if (!settledFacets.has(afterPromptId(m.id))) drafts.push({ kind: 'after', meetingId: m.id, scheduledAt: m.end });
  };

  for (const m of meetings) {
    if (!hasPrevious.has(m.id)) before(m);
    if (!hasNext.has(m.id)) after(m);
  }
  for (const [a, b] of pairs) {
    const afterDone = settledFacets.has(afterPromptId(a.id));
    // A meeting asked about only afterwards (large, daily) has no intention to merge in.
    const beforeDone = afterOnly.has(b.id) || settledFacets.has(beforePromptId(b.id));
    // When half of a pair was settled by an earlier card (the meetings moved together
    // later), only the other half is still worth asking.
    if (!afterDone && !beforeDone) {
      drafts.push({ kind: 'between', previousMeetingId: a.id, nextMeetingId: b.id, scheduledAt: Math.min(a.end, b.start) });
    } else if (!beforeDone) before(b);
    else if (!afterDone) after(a);
  }
  return drafts.map((d) => toPrompt(d, timeZone, settings));
}

function toPrompt(draft: PromptAt, timeZone: string, settings: CoachSettings): Prompt {
  const at = new Date(draft.scheduledAt).toISOString();
  const timing = { dueAt: at, scheduledAt: at, expiresAt: expiry(draft.scheduledAt, settings), day: dayKey(at, timeZone) };
  switch (draft.kind) {
    case 'before':
      return { ...timing, kind: 'before', meetingId: draft.meetingId, id: beforePromptId(draft.meetingId) };
    case 'after':
      return { ...timing, kind: 'after', meetingId: draft.meetingId, id: afterPromptId(draft.meetingId) };
    case 'between':
      return {
        ...timing,
        kind: 'between',
        previousMeetingId: draft.previousMeetingId,
        nextMeetingId: draft.nextMeetingId,
        id: betweenPromptId(draft.previousMeetingId, draft.nextMeetingId),
      };
  }
}

export function expiry(dueAt: number, settings: CoachSettings): string {
  return new Date(dueAt + settings.staleAfterMinutes * MINUTE).toISOString();
}

/**
 * One review per working day. 'after-last-meeting': `afterLastMeetingMinutes` after the last
 * meeting that ends inside that day's working hours, but no later than the end of working
 * hours (a review suppressed every day by its own setting would be useless); on a day
 * without such a meeting, at the fixed time.
 */
export function reviewPrompts(
  days: readonly string[],
  meetings: readonly TimedMeeting[],
  settings: CoachSettings,
  timeZone: string,
  settledFacets: ReadonlySet<string>,
): Prompt[] {
  const prompts: Prompt[] = [];
  for (const day of days) {
    const id = reviewPromptId(day);
    if (settledFacets.has(id) || !settings.workingDays.includes(weekdayOf(day))) continue;
    const at = reviewTime(day, meetings, settings, timeZone);
    const iso = new Date(at).toISOString();
    prompts.push({ kind: 'review', id, day, dueAt: iso, scheduledAt: iso, expiresAt: expiry(at, settings) });
  }
  return prompts;
}

function reviewTime(day: string, meetings: readonly TimedMeeting[], settings: CoachSettings, timeZone: string): number {
  const fixed = Date.parse(fromWallTime(`${day}T${settings.reviewPrompt.time}`, timeZone));
  if (settings.reviewPrompt.mode === 'fixed') return fixed;
  const workStart = Date.parse(fromWallTime(`${day}T${settings.workingHours.start}`, timeZone));
  const workEnd = Date.parse(fromWallTime(`${day}T${settings.workingHours.end}`, timeZone));
  let lastEnd = -Infinity;
  for (const m of meetings) if (m.end >= workStart && m.end <= workEnd && m.end > lastEnd) lastEnd = m.end;
  if (lastEnd === -Infinity) return fixed;
  return Math.min(lastEnd + settings.reviewPrompt.afterLastMeetingMinutes * MINUTE, workEnd);
}
