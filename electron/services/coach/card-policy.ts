import type { Meeting } from '../../../shared/domain/calendar';
import type { CoachSettings } from '../../../shared/domain/coach';
import { addDays, weekdayOf } from '../../../shared/domain/days';
import type { SelfMatcher } from '../../../shared/domain/self';
import { dayKey } from '../../../shared/domain/time';
import type { HoldReason } from '../../../shared/domain/card-policy';

/**
 * Which meetings get cards, so a quiet coach asks about the meetings that matter. 1:1s and
 * small meetings get a card before and after; a large meeting or a daily status meeting gets
 * one card a week (after its first occurrence of the week, never before it); a series the user
 * muted gets none; and no day has more cards than the daily budget — 1:1s first, then small
 * meetings, then the rest, earliest first. The choice depends only on the calendar and the
 * settings, never on what was answered, so re-planning during the day never adds cards.
 */
export type CardPlan = { kind: 'ask' } | { kind: 'after-only' } | { kind: 'held'; reason: HoldReason };

/** Words that mark a status meeting whatever its size. */
const STATUS_TITLE = /\b(stand-?up|daily|scrum|status)\b/iu;
const DAILY_DAYS_PER_WEEK = 3;

export function seriesKey(meeting: Pick<Meeting, 'sourceId' | 'uid'>): string {
  return `${meeting.sourceId}|${meeting.uid}`;
}

/** The people in a meeting other than the user who have not declined. */
export function othersIn(meeting: Meeting, self: SelfMatcher): number {
  const emails = new Set<string>();
  for (const person of meeting.organizer ? [meeting.organizer, ...meeting.attendees] : meeting.attendees) {
    if (person.partstat === 'DECLINED' || self.isSelfAttendee(person)) continue;
    emails.add(person.email.trim().toLocaleLowerCase());
  }
  return emails.size;
}

/**
 * A meeting too big, or too routine, for personal detail: more people than the "large meeting"
 * setting, or a status meeting by its title. Such meetings are asked about once a week, and
 * their cards never show private notes (more eyes in the room, more often a shared screen).
 */
export function isLargeOrStatus(meeting: Meeting, settings: Pick<CoachSettings, 'largeMeetingSize'>, self: SelfMatcher): boolean {
  return othersIn(meeting, self) + 1 > settings.largeMeetingSize || STATUS_TITLE.test(meeting.title);
}

function weekStart(day: string): string {
  const back = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(day));
  return addDays(day, -back);
}

export function planCards(meetings: readonly Meeting[], settings: CoachSettings, timeZone: string, self: SelfMatcher): Map<string, CardPlan> {
  const muted = new Set(settings.mutedSeries.map((s) => s.key));
  const plans = new Map<string, CardPlan>();
  const dayOf = new Map(meetings.map((m) => [m.id, dayKey(m.start, timeZone)]));

  // A series on three or more days of one week is a daily meeting.
  const seriesDays = new Map<string, Set<string>>();
  for (const m of meetings) {
    const key = `${seriesKey(m)}@${weekStart(dayOf.get(m.id)!)}`;
    seriesDays.set(key, (seriesDays.get(key) ?? new Set()).add(dayOf.get(m.id)!));
  }
  const priority = new Map<string, number>();
  const askedThisWeek = new Set<string>();
  for (const m of [...meetings].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))) {
    if (muted.has(seriesKey(m))) {
      plans.set(m.id, { kind: 'held', reason: 'muted-series' });
      continue;
    }
    const others = othersIn(m, self);
    const week = weekStart(dayOf.get(m.id)!);
    const daily = (seriesDays.get(`${seriesKey(m)}@${week}`)?.size ?? 0) >= DAILY_DAYS_PER_WEEK;
    const large = others + 1 > settings.largeMeetingSize;
    if (large || daily || STATUS_TITLE.test(m.title)) {
      const key = `${seriesKey(m)}@${week}`;
      if (askedThisWeek.has(key)) {
        plans.set(m.id, { kind: 'held', reason: large ? 'large-meeting' : 'daily-meeting' });
        continue;
      }
      askedThisWeek.add(key);
      plans.set(m.id, { kind: 'after-only' });
      priority.set(m.id, 2);
      continue;
    }
    plans.set(m.id, { kind: 'ask' });
    priority.set(m.id, others <= 1 ? 0 : 1);
  }

  // The daily budget: the meetings that matter most keep their cards.
  const byDay = new Map<string, Meeting[]>();
  for (const m of meetings) if (priority.has(m.id)) byDay.set(dayOf.get(m.id)!, [...(byDay.get(dayOf.get(m.id)!) ?? []), m]);
  for (const dayMeetings of byDay.values()) {
    dayMeetings.sort((a, b) => priority.get(a.id)! - priority.get(b.id)! || a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    let used = 0;
    for (const m of dayMeetings) {
      const cost = plans.get(m.id)!.kind === 'ask' ? 2 : 1;
      if (used + cost > settings.dailyCardBudget) plans.set(m.id, { kind: 'held', reason: 'budget' });
      else used += cost;
    }
  }
  return plans;
}
