import type { Meeting } from '../../../shared/domain/calendar';
import type { CheckIn, Kept, MeetingSnapshot } from '../../../shared/domain/checkin';
import type { FollowUp } from '../../../shared/domain/followup';
import type { Moment } from '../../../shared/domain/moment';
import type { Note } from '../../../shared/domain/note';
import { nameMatchesAttendee, normaliseEmail } from '../../../shared/domain/people';
import {
  INTENTIONS_SHOWN,
  PERSON_NEXT_MEETING_DAYS,
  PERSON_NOTES_SHOWN,
  type PersonIntention,
  type PersonPage,
} from '../../../shared/domain/person-page';
import type { Settings } from '../../../shared/domain/settings';
import type { Clock } from '../clock';
import { othersIn } from './not-reached';
import { personHistory, personMatcher } from './people';

export interface PersonPageInput {
  name: string;
  /** The name the page was asked for, when the person is known by another (see PeopleDirectory). */
  asked?: string;
  /** Another spelling that means the person (one person per address, merges); the moments keep theirs. */
  samePerson?: (written: string) => boolean;
  /** Newest first. */
  newestFirst: readonly Moment[];
  checkIns: readonly CheckIn[];
  followUps: readonly FollowUp[];
  notes: readonly Note[];
  /** Meetings from now on, for the next one together. */
  upcoming: readonly Meeting[];
  ownEmails: readonly string[];
  nowMs: number;
  timeZone: string;
  momentLimit: number;
}

/** Escapes a name for a regular expression. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A note names the person: their full name, or their first name, as whole words in any case. */
function noteMatcher(name: string): (text: string) => boolean {
  const full = name.trim();
  const first = full.split(/\s+/)[0] ?? full;
  const words = [...new Set([full, first])].map((w) => escaped(w).replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => pattern.test(text);
}

/**
 * Everything the person page shows for one name, as the log writes it. The same matching
 * rules as the rest of Insights: "Sam" written in a moment or a follow-up counts for Sam
 * Rivera; an attendee counts when their name, address or first name is the page's name.
 */
export function buildPersonPage(input: PersonPageInput): PersonPage {
  const name = input.name.trim();
  const typedIsPerson = personMatcher({ name });
  const own = new Set(input.ownEmails.map(normaliseEmail));
  const withThem = (meeting: { attendees: readonly { name: string | null; email: string }[] }) =>
    meeting.attendees.some((a) => !own.has(normaliseEmail(a.email)) && nameMatchesAttendee(name, a));

  const followUps = input.followUps
    .filter((f) => f.status === 'open' && f.person !== null && typedIsPerson(f.person.trim().toLocaleLowerCase()))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((f) => ({ id: f.id, text: f.text, repair: f.repair, notBefore: f.notBefore, createdAt: f.createdAt }));

  const { intentions, counts } = intentionsWith(input.checkIns, withThem, input.nowMs);

  const names = noteMatcher(name);
  const notes = input.notes
    .filter((n) => names(n.text))
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .slice(0, PERSON_NOTES_SHOWN)
    .map((n) => ({ id: n.id, text: n.text, occurredAt: n.occurredAt, timeZone: n.timeZone }));

  const horizon = input.nowMs + PERSON_NEXT_MEETING_DAYS * 86_400_000;
  const next = input.upcoming
    .filter((m) => {
      const start = Date.parse(m.start);
      return start >= input.nowMs && start < horizon && othersIn(m, own).some((a) => nameMatchesAttendee(name, a));
    })
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  const others = next ? othersIn(next, own).length : 0;

  return {
    asked: input.asked?.trim() ?? name,
    history: personHistory(input.newestFirst, name, input.momentLimit, input.samePerson),
    followUps,
    intentions,
    intentionCounts: counts,
    notes,
    nextMeeting: next ? { title: next.title, start: next.start, end: next.end, oneOnOne: others === 1, others } : null,
    generatedAt: new Date(input.nowMs).toISOString(),
    timeZone: input.timeZone,
  };
}

interface IntentionRecord {
  meeting: MeetingSnapshot;
  zone: string;
  intention: PersonIntention['intention'] | null;
  intentionAt: string;
  /** The latest reflection: undefined when there is none. */
  kept: Kept | null | undefined;
  reflectedAt: string;
}

/**
 * Meetings with the person that had an intention, and what became of it: the latest
 * intention set for the meeting, and its latest "kept?" answer (as follow-through counts it).
 */
function intentionsWith(checkIns: readonly CheckIn[], withThem: (meeting: { attendees: readonly { name: string | null; email: string }[] }) => boolean, nowMs: number) {
  const byMeeting = new Map<string, IntentionRecord>();
  const recordFor = (meeting: IntentionRecord['meeting'], zone: string) => {
    let record = byMeeting.get(meeting.id);
    if (!record) byMeeting.set(meeting.id, (record = { meeting, zone, intention: null, intentionAt: '', kept: undefined, reflectedAt: '' }));
    return record;
  };
  for (const c of checkIns) {
    if (c.intentionFor && withThem(c.intentionFor.meeting)) {
      const record = recordFor(c.intentionFor.meeting, c.timeZone);
      if (c.createdAt >= record.intentionAt) {
        record.intention = c.intentionFor.intention;
        record.intentionAt = c.createdAt;
      }
    }
    if (c.reflectionOn && withThem(c.reflectionOn.meeting)) {
      const record = recordFor(c.reflectionOn.meeting, c.timeZone);
      if (record.kept === undefined || c.createdAt > record.reflectedAt) {
        record.kept = c.reflectionOn.kept;
        record.reflectedAt = c.createdAt;
      }
    }
  }
  const counts = { yes: 0, partly: 0, no: 0, notAnswered: 0, notLookedBack: 0 };
  const all: PersonIntention[] = [];
  for (const r of byMeeting.values()) {
    // A reflection without an intention (and without a "kept?" answer) is no intention at all.
    if (r.intention === null) continue;
    const ended = Date.parse(r.meeting.end) <= nowMs;
    const outcome: PersonIntention['outcome'] = r.kept === undefined ? (ended ? 'not-looked-back' : 'upcoming') : r.kept === null ? 'not-answered' : r.kept;
    if (outcome === 'not-looked-back') counts.notLookedBack++;
    else if (outcome === 'not-answered') counts.notAnswered++;
    else if (outcome !== 'upcoming') counts[outcome]++;
    all.push({ meetingId: r.meeting.id, meetingTitle: r.meeting.title, start: r.meeting.start, timeZone: r.zone, intention: r.intention, outcome });
  }
  all.sort((a, b) => b.start.localeCompare(a.start));
  return { intentions: all.slice(0, INTENTIONS_SHOWN), counts };
}

export interface PersonPagesDeps {
  moments: { all(): readonly Moment[] };
  checkIns: { all(): readonly CheckIn[] };
  followUps: { all(): readonly FollowUp[] };
  notes: { all(): readonly Note[] };
  calendar: { meetingsBetween(from: Date, to: Date): Meeting[] };
  settings: { get(): Pick<Settings, 'meetingRules'> };
  clock: Clock;
  timeZone: () => string;
  /** Who a written name means (one person per address, merges applied); as written without it. */
  people?: () => { canonical(name: string): string };
}

/** The person page, computed on demand. Read-only. */
export class PersonPages {
  constructor(private readonly deps: PersonPagesDeps) {}

  page(name: string, momentLimit: number): PersonPage {
    const now = this.deps.clock.now();
    const nowMs = now.getTime();
    const people = this.deps.people?.();
    const person = people?.canonical(name.trim()) ?? name;
    const key = person.trim().toLocaleLowerCase();
    return buildPersonPage({
      name: person,
      asked: name,
      samePerson: people && ((written) => people.canonical(written).trim().toLocaleLowerCase() === key),
      newestFirst: this.deps.moments.all(),
      checkIns: this.deps.checkIns.all(),
      followUps: this.deps.followUps.all(),
      notes: this.deps.notes.all(),
      upcoming: this.deps.calendar.meetingsBetween(now, new Date(nowMs + PERSON_NEXT_MEETING_DAYS * 86_400_000)),
      ownEmails: this.deps.settings.get().meetingRules.userEmails,
      nowMs,
      timeZone: this.deps.timeZone(),
      momentLimit,
    });
  }
}
