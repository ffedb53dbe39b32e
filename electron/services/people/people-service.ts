import type { Meeting } from '../../../shared/domain/calendar';
import type { CheckIn } from '../../../shared/domain/checkin';
import { weekSpan, weekOf } from '../../../shared/domain/insights-weeks';
import { buildPeopleDirectory, type PeopleDirectory } from '../../../shared/domain/people-directory';
import { personKey } from '../../../shared/domain/person-aliases';
import { selfMatcher } from '../../../shared/domain/self';
import type { Settings } from '../../../shared/domain/settings';
import type { Clock } from '../clock';

export interface PeopleServiceDeps {
  moments: { suggestPeople(query: string, limit: number): string[] };
  checkIns: { readonly count: number; all(): readonly CheckIn[] };
  /** The meetings around now (the coach's window: recent and coming). */
  meetings: () => readonly Meeting[];
  settings: { get(): Pick<Settings, 'meetingRules' | 'people'> };
  clock: Clock;
  timeZone: () => string;
}

/** The people in a meeting who are not the user and did not decline, organiser included. */
function attendeesOf(meeting: Meeting): Meeting['attendees'] {
  const all = meeting.organizer ? [...meeting.attendees, meeting.organizer] : meeting.attendees;
  return all.filter((a) => a.partstat.toUpperCase() !== 'DECLINED');
}

/** A name fits what is typed when it, or one of its words, starts with it. */
function fits(name: string, query: string): boolean {
  if (query === '') return true;
  const key = personKey(name);
  return key.startsWith(query) || key.split(' ').some((w) => w.startsWith(query));
}

/**
 * People as one person per email address: the directory every list of people is read through
 * (insights, person page, suggestions), and the names suggested while typing — the meeting's
 * attendees first, then people from this week's meetings, then names from earlier entries.
 */
export class PeopleService {
  private cached: { meetings: readonly Meeting[]; settings: unknown; checkIns: number; directory: PeopleDirectory } | null = null;

  constructor(private readonly deps: PeopleServiceDeps) {}

  directory(): PeopleDirectory {
    const meetings = this.deps.meetings();
    const settings = this.deps.settings.get();
    // Asked on every log query (each keystroke of a search): the count tells whether to rebuild
    // without copying thousands of check-ins to find out.
    const count = this.deps.checkIns.count;
    const c = this.cached;
    if (c && c.meetings === meetings && c.settings === settings && c.checkIns === count) return c.directory;
    const checkIns = this.deps.checkIns.all();
    const attendees: { name: string | null; email: string }[] = [];
    // Past meetings as their check-ins remember them, then the calendar (its names are the newest).
    for (const checkIn of checkIns) {
      for (const m of [checkIn.intentionFor?.meeting, checkIn.reflectionOn?.meeting]) if (m) attendees.push(...m.attendees);
    }
    for (const m of meetings) attendees.push(...attendeesOf(m));
    const directory = buildPeopleDirectory({ attendees, aliases: settings.people.aliases, self: selfMatcher(settings.meetingRules) });
    this.cached = { meetings, settings, checkIns: count, directory };
    return directory;
  }

  suggest(query: string, limit: number, meetingId?: string): string[] {
    const directory = this.directory();
    const self = selfMatcher(this.deps.settings.get().meetingRules);
    const q = personKey(query);
    const found: string[] = [];
    const seen = new Set<string>();
    const offer = (name: string) => {
      const person = directory.canonical(name);
      const key = personKey(person);
      if (key === '' || seen.has(key) || directory.isSelf(person) || directory.isSelf(name) || !(fits(person, q) || fits(name, q))) return;
      seen.add(key);
      found.push(person);
    };
    const meetings = this.deps.meetings();
    const meeting = meetingId === undefined ? undefined : meetings.find((m) => m.id === meetingId);
    for (const a of meeting ? attendeesOf(meeting) : []) if (!self.isSelfAttendee(a)) offer(directory.attendeeName(a));
    // This week's meetings, the nearest to now first: the people most on the user's mind.
    const now = this.deps.clock.now();
    const span = weekSpan(weekOf(now, this.deps.timeZone()), this.deps.timeZone());
    const thisWeek = meetings
      .filter((m) => m.start >= span.from && m.start < span.to)
      .sort((a, b) => Math.abs(Date.parse(a.start) - now.getTime()) - Math.abs(Date.parse(b.start) - now.getTime()));
    for (const m of thisWeek) for (const a of attendeesOf(m)) if (!self.isSelfAttendee(a)) offer(directory.attendeeName(a));
    for (const name of this.deps.moments.suggestPeople(query, limit * 3)) offer(name);
    return found.slice(0, limit);
  }
}
