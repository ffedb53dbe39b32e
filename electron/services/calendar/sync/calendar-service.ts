import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { AllDayEvent, Meeting, MeetingRules, Occurrence } from '../../../../shared/domain/calendar';
import { normaliseEmail } from '../../../../shared/domain/people';
import { expandParsed, selectMeetings } from '../index';
import type { CalendarFeed } from './calendar-feeds';
import type { CalendarSyncService } from './calendar-sync-service';
import { describeForLog } from './redact';

export interface CalendarServiceOptions {
  sync: CalendarSyncService;
  /** The user's meeting rules (a setting). */
  rules: () => MeetingRules;
  /** The user's IANA zone. */
  timeZone: () => string;
  /** After a sync brought new data or a source was edited: re-plan prompts, refresh views. */
  onMeetingsChanged?: () => void;
  log?: (message: string) => void;
}

export interface SourceLegendEntry {
  id: string;
  name: string;
  color: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The user's meetings across every enabled source: last good copies, parsed once per content
 * revision, expanded for the asked range, filtered by the meeting rules, merged and sorted.
 * Cheap to call every minute: only expansion runs unless a sync changed something.
 */
export class CalendarService {
  private readonly unsubscribe: () => void;
  private readonly reportedProblems = new Set<string>();

  constructor(private readonly options: CalendarServiceOptions) {
    this.unsubscribe = options.sync.subscribe((event) => {
      if (event.type === 'data-changed' || event.type === 'sources-changed') options.onMeetingsChanged?.();
    });
  }

  /** Meetings overlapping [from, to), sorted by start; each carries its sourceId. */
  meetingsBetween(from: Date, to: Date): Meeting[] {
    const rules = this.options.rules();
    const byId = new Map<string, Meeting>();
    this.eachFeed(from, to, (occurrences, feed) => {
      // Google and Microsoft say exactly who the user is: their declines count even without the setting.
      const feedRules = feed.kind === 'occurrences' && feed.selfEmails.length > 0 ? { ...rules, userEmails: [...rules.userEmails, ...feed.selfEmails] } : rules;
      // The same event can sit in two calendars of one account: the id is per source + UID + start.
      for (const meeting of selectMeetings(occurrences, feedRules, feed.sourceId)) if (!byId.has(meeting.id)) byId.set(meeting.id, meeting);
    });
    // The same event reached through two sources (say, a Google feed and the same account over
    // CalDAV) is one meeting: keep the first source's copy, so the user gets one set of cards.
    const seen = new Set<string>();
    return [...byId.values()].sort(compareMeetings).filter((m) => {
      const key = `${m.uid}|${m.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /**
   * All-day events covering `day` (from and to: that day's bounds in the user's zone). They are
   * never meetings, so they get no card; Today shows them apart. Cancelled ones and those the
   * user declined are left out; one event reached through two sources is listed once.
   */
  allDayEventsOn(day: string, from: Date, to: Date): AllDayEvent[] {
    const mine = new Set(this.options.rules().userEmails.map(normaliseEmail));
    const found = new Map<string, AllDayEvent>();
    this.eachFeed(from, to, (occurrences, feed) => {
      for (const o of occurrences) {
        if (!o.allDay || o.status === 'CANCELLED' || !(o.start <= day && day < o.end)) continue;
        if (o.attendees.some((a) => a.partstat === 'DECLINED' && mine.has(normaliseEmail(a.email)))) continue;
        const key = `${o.uid}|${o.start}`;
        if (!found.has(key)) found.set(key, { id: `${feed.sourceId}|${key}`, sourceId: feed.sourceId, title: o.title, start: o.start, end: o.end });
      }
    }, true);
    return [...found.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || a.title.localeCompare(b.title));
  }

  /** Every occurrence in [from, to) of the enabled sources, before the meeting rules (to learn the user's addresses). */
  occurrencesBetween(from: Date, to: Date): Occurrence[] {
    const all: Occurrence[] = [];
    this.eachFeed(from, to, (occurrences) => all.push(...occurrences));
    return all;
  }

  /** `allDay`: keep the API feeds' all-day events too (ICS expansion always returns them). */
  private eachFeed(from: Date, to: Date, use: (occurrences: Occurrence[], feed: CalendarFeed) => void, allDay = false): void {
    const timeZone = this.options.timeZone();
    for (const feed of this.options.sync.enabledFeeds()) {
      try {
        const occurrences = feed.kind === 'text' ? expandParsed(this.options.sync.parsed.get(feed.key, feed.revision, timeZone, feed.text), { from, to }, { timeZone }) : within(feed.occurrences(), from, to, allDay);
        use(occurrences, feed);
      } catch (error) {
        // One unreadable copy must not hide the other calendars; say it once per revision.
        const problem = `${feed.key}@${feed.kind === 'text' ? feed.revision : 'api'}`;
        if (!this.reportedProblems.has(problem)) {
          this.reportedProblems.add(problem);
          (this.options.log ?? console.warn)(`calendar source ${feed.sourceId} skipped: ${describeForLog(error, [])}`);
        }
      }
    }
  }

  /** Meetings overlapping the calendar day of `now` in `timeZone` (23 or 25 hours on DST days). */
  todaysMeetings(now: Date, timeZone: string = this.options.timeZone()): Meeting[] {
    const start = startOfDay(new TZDate(now.getTime(), timeZone));
    const end = addDays(start, 1);
    return this.meetingsBetween(new Date(start.getTime()), new Date(end.getTime()));
  }

  /** The first meeting starting at or after `now`, looking `withinMs` ahead (default 7 days). */
  nextMeeting(now: Date, withinMs: number = 7 * DAY_MS): Meeting | null {
    const nowMs = now.getTime();
    return this.meetingsBetween(now, new Date(nowMs + withinMs)).find((meeting) => Date.parse(meeting.start) >= nowMs) ?? null;
  }

  /** Name and colour of each enabled source, for the Today view's colour marks. */
  legend(): SourceLegendEntry[] {
    return this.options.sync
      .listSources()
      .filter((source) => source.enabled)
      .map(({ id, name, color }) => ({ id, name, color }));
  }

  dispose(): void {
    this.unsubscribe();
  }
}

/**
 * Timed instances overlapping [from, to); with `allDay`, also the all-day ones (days, not
 * instants: kept with a day's margin, the caller picks its day).
 */
function within(occurrences: readonly Occurrence[], from: Date, to: Date, allDay: boolean): Occurrence[] {
  const start = from.getTime();
  const end = to.getTime();
  return occurrences.filter((o) => (o.allDay ? allDay && Date.parse(o.start) < end + DAY_MS && Date.parse(o.end) > start - DAY_MS : Date.parse(o.start) < end && Date.parse(o.end) > start));
}

function compareMeetings(a: Meeting, b: Meeting): number {
  return Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
