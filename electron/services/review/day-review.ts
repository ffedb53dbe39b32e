import { TZDate } from '@date-fns/tz';
import type { Meeting } from '../../../shared/domain/calendar';
import type { PromptOutcome } from '../../../shared/domain/coach';
import type { CheckIn, MeetingSnapshot } from '../../../shared/domain/checkin';
import { addDays, weekdayOf } from '../../../shared/domain/days';
import type { Moment } from '../../../shared/domain/moment';
import type { Counts, ReviewDay, ReviewMeeting } from '../../../shared/domain/review-day';
import { promptsForDay, reviewPromptText } from '../../../shared/domain/review';
import { attendeeDisplayName } from '../../../shared/domain/people';
import type { PeopleDirectory } from '../../../shared/domain/people-directory';
import { selfMatcher } from '../../../shared/domain/self';
import { isBuilder, type TagId } from '../../../shared/domain/tags';
import { dayKey } from '../../../shared/domain/time';
import { snapshotOf, type CheckInService } from '../checkins/checkin-service';
import type { Clock } from '../clock';
import type { FollowUpService } from '../followups/followup-service';
import type { MomentService } from '../moments/moment-service';
import type { SettingsService } from '../settings/settings-service';
import type { ReviewService } from './review-service';
import { planCards } from '../coach/card-policy';
import { afterCardsOf } from './after-cards';
import { t } from '../text/main-text';

export interface DayReviewDeps {
  clock: Clock;
  timeZone: () => string;
  moments: MomentService;
  checkIns: CheckInService;
  followUps: FollowUpService;
  reviews: ReviewService;
  settings: SettingsService;
  meetingsBetween: (from: Date, to: Date) => Meeting[];
  sourceColor: (sourceId: string) => string | null;
  /** The coach's card outcome history (skips, misses, suppressions), to explain each missing check-in once. */
  outcomes: () => Iterable<PromptOutcome>;
  /** Who each attendee is (one person per address, merges applied): the rows name people as everywhere else. */
  directory?: () => PeopleDirectory;
}

/** Midnight to midnight of a day in a zone (23 or 25 hours across a clock change). */
export function dayBounds(day: string, timeZone: string): { from: Date; to: Date } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { from: new Date(new TZDate(y, m - 1, d, timeZone).getTime()), to: new Date(new TZDate(y, m - 1, d + 1, timeZone).getTime()) };
}

const HALF_DAY_MARGIN = 15 * 3_600_000;

/** Builds the end-of-day review for any day: timeline, counts, prompts, follow-ups, the saved review. */
export class DayReview {
  constructor(private readonly deps: DayReviewDeps) {}

  forDay(day: string): ReviewDay {
    const zone = this.deps.timeZone();
    const now = this.deps.clock.now();
    const today = dayKey(now, zone);
    const self = selfMatcher(this.deps.settings.get().meetingRules);
    // Earlier entries may name the user (before their addresses were known): read without them.
    const withoutSelf = (m: Moment): Moment => {
      const people = self.withoutSelf(m.people);
      return people === m.people ? m : { ...m, people: [...people] };
    };
    const moments = this.momentsOfDays(new Set([day]), dayBounds(day, zone)).map(withoutSelf);

    const bounds = dayBounds(day, zone);
    const checkIns = this.checkInsAround(bounds);
    const meetings = this.meetingsOf(day, zone, checkIns);
    const meetingIds = new Set(meetings.map((m) => m.id));
    // One pass over the day's check-ins instead of one scan of all of them per meeting.
    const intentions = new Map<string, CheckIn>();
    const reflections = new Map<string, CheckIn>();
    for (const c of checkIns) {
      const i = c.intentionFor?.meeting.id;
      const r = c.reflectionOn?.meeting.id;
      if (i && (intentions.get(i)?.createdAt ?? '') <= c.createdAt) intentions.set(i, c);
      if (r && (reflections.get(r)?.createdAt ?? '') <= c.createdAt) reflections.set(r, c);
    }
    const settings = this.deps.settings.get();
    const directory = this.deps.directory?.() ?? null;
    // The whole week: whether a series is a daily meeting, and its one card a week, depend on it.
    const week = weekOf(day);
    const plans = planCards(this.deps.meetingsBetween(dayBounds(week[0]!, zone).from, dayBounds(week[6]!, zone).to), settings.coach, zone, self);
    const afterCards = afterCardsOf(this.deps.outcomes(), [...meetingIds], new Date(bounds.from.getTime() - HALF_DAY_MARGIN).toISOString());
    const rows: ReviewMeeting[] = meetings.map((meeting) => {
      const plan = plans.get(meeting.id);
      const afterCard = afterCards.get(meeting.id) ?? null;
      // Explained once: a card the user skipped and then muted the series for is "not asked";
      // a card that was really shown before the policy changed keeps its own story.
      const heldBack = plan?.kind === 'held' && (afterCard === null || afterCard.kind === 'skipped') ? plan.reason : null;
      const reflection = reflections.get(meeting.id);
      const moment = reflection?.reflectionOn?.momentId ? this.safe(() => withoutSelf(this.deps.moments.get(reflection.reflectionOn!.momentId!))) : null;
      return {
        meeting: meeting.snapshot,
        sourceColor: meeting.sourceId ? this.deps.sourceColor(meeting.sourceId) : null,
        people: [...new Set(meeting.snapshot.attendees.filter((a) => !self.isSelfAttendee(a)).map((a) => (directory ? directory.attendeeName(a) : attendeeDisplayName(a))))],
        intention: intentions.get(meeting.id)?.intentionFor?.intention ?? null,
        status: reflection ? 'reflected' : Date.parse(meeting.snapshot.end) <= now.getTime() ? 'unlogged' : 'upcoming',
        kept: reflection?.reflectionOn?.kept ?? null,
        moment,
        heldBack,
        afterCard: heldBack ? null : afterCard,
      };
    });

    const weekDays = weekOf(day);
    const weekMoments = this.momentsOfDays(new Set(weekDays), { from: dayBounds(weekDays[0]!, zone).from, to: dayBounds(weekDays[6]!, zone).to });
    const { builders, damagers } = topTags(moments.filter((m) => m.kind === 'own'));
    return {
      day,
      isToday: day === today,
      meetings: rows,
      moments: moments.filter((m) => !m.meeting || !meetingIds.has(m.meeting.occurrenceId)).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
      counts: { day: count(moments), week: count(weekMoments) },
      builders,
      damagers,
      prompts: promptsForDay(day).map((p) => ({ id: p.id, text: reviewPromptText(p.id, t) })),
      followUps: this.deps.followUps.open(day),
      review: this.deps.reviews.forDay(day),
      streak: this.deps.reviews.streak(today, this.deps.settings.get().coach.workingDays),
    };
  }

  /** A meeting of the day, from the calendar or, once it is gone from there, from a check-in's snapshot. */
  findMeeting(day: string, meetingId: string): MeetingSnapshot | null {
    const zone = this.deps.timeZone();
    return this.meetingsOf(day, zone, this.checkInsAround(dayBounds(day, zone))).find((m) => m.id === meetingId)?.snapshot ?? null;
  }

  /** Check-ins about meetings that may fall on the day (cheap string bounds before any zone maths). */
  private checkInsAround(bounds: { from: Date; to: Date }): CheckIn[] {
    const from = new Date(bounds.from.getTime() - HALF_DAY_MARGIN).toISOString();
    const to = new Date(bounds.to.getTime() + HALF_DAY_MARGIN).toISOString();
    const near = (s: MeetingSnapshot | undefined) => s !== undefined && s.start >= from && s.start < to;
    return this.deps.checkIns.all().filter((c) => near(c.intentionFor?.meeting) || near(c.reflectionOn?.meeting));
  }

  private meetingsOf(day: string, zone: string, checkIns: readonly CheckIn[]): { id: string; sourceId: string | null; snapshot: MeetingSnapshot }[] {
    const bounds = dayBounds(day, zone);
    const found = new Map<string, { id: string; sourceId: string | null; snapshot: MeetingSnapshot }>();
    for (const m of this.deps.meetingsBetween(bounds.from, bounds.to)) found.set(m.id, { id: m.id, sourceId: m.sourceId, snapshot: snapshotOf(m) });
    for (const c of checkIns) {
      for (const snapshot of [c.intentionFor?.meeting, c.reflectionOn?.meeting]) {
        if (snapshot && !found.has(snapshot.id) && dayKey(snapshot.start, zone) === day) found.set(snapshot.id, { id: snapshot.id, sourceId: null, snapshot });
      }
    }
    return [...found.values()].sort((a, b) => a.snapshot.start.localeCompare(b.snapshot.start));
  }

  private momentsOfDays(days: Set<string>, bounds: { from: Date; to: Date }): Moment[] {
    // Moments are bucketed by the day in the zone they were logged in; widen the window to catch travel.
    const from = new Date(bounds.from.getTime() - HALF_DAY_MARGIN).toISOString();
    const to = new Date(bounds.to.getTime() + HALF_DAY_MARGIN).toISOString();
    return this.deps.moments.between(from, to).filter((m) => days.has(dayKey(m.occurredAt, m.timeZone)));
  }

  private safe<T>(get: () => T): T | null {
    try {
      return get();
    } catch {
      return null;
    }
  }
}

/** Monday to Sunday around a day. */
export function weekOf(day: string): string[] {
  const offset = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(day));
  const monday = addDays(day, -offset);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

function count(moments: readonly Moment[]): Counts {
  const c: Counts = { helped: 0, harmed: 0, witnessedHelped: 0, witnessedHarmed: 0 };
  for (const m of moments) {
    if (m.kind === 'own') c[m.valence]++;
    else if (m.valence === 'helped') c.witnessedHelped++;
    else c.witnessedHarmed++;
  }
  return c;
}

function topTags(moments: readonly Moment[]): { builders: { tag: TagId; count: number }[]; damagers: { tag: TagId; count: number }[] } {
  const counts = new Map<TagId, number>();
  for (const m of moments) for (const t of m.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag, n]) => ({ tag, count: n }));
  return { builders: sorted.filter((t) => isBuilder(t.tag)).slice(0, 3), damagers: sorted.filter((t) => !isBuilder(t.tag)).slice(0, 3) };
}
