import type { Meeting } from '../../../shared/domain/calendar';
import type { NotReached, NotReachedPerson, ReachGroup, TeamMember } from '../../../shared/domain/insights';
import type { Moment } from '../../../shared/domain/moment';
import { attendeeDisplayName, normaliseEmail } from '../../../shared/domain/people';

const WEEK_MS = 7 * 86_400_000;
/** A meeting with more people than this, the user included, is where nobody is reached one to one: ignored. */
export const LARGE_MEETING_PEOPLE = 8;
/** The list is a nudge, not a roster: only the first few are shown. */
export const NOT_REACHED_TOP = 5;
/** How far ahead "the next chance" is looked for. */
export const NEXT_CHANCE_DAYS = 14;
/** Past meetings are read this many "not reached" windows back, to know since when someone has been met. */
export const PAST_WINDOWS = 2;

const GROUP_ORDER: Record<ReachGroup, number> = { team: 0, 'one-on-one': 1, 'small-meeting': 2 };

export interface NotReachedInput {
  /** Meetings that started in the last PAST_WINDOWS × `weeks` weeks. */
  pastMeetings: readonly Meeting[];
  /** Meetings in the next NEXT_CHANCE_DAYS days. */
  upcomingMeetings: readonly Meeting[];
  ownEmails: readonly string[];
  team: readonly TeamMember[];
  /** The whole log, newest first. */
  newestFirst: readonly Pick<Moment, 'occurredAt' | 'kind' | 'valence' | 'people'>[];
  nowMs: number;
  weeks: number;
}

interface Candidate {
  email: string;
  name: string | null;
  onTeam: boolean;
  oneOnOnes: number;
  smallMeetings: number;
  firstSeenMs: number;
  lastMeeting: { title: string; start: string } | null;
  nextMeeting: { title: string; start: string; oneOnOne: boolean } | null;
  lastPositiveAt: string | null;
}

/** The people in a meeting other than the user, declined ones left out, each once. */
export function othersIn(meeting: Meeting, own: ReadonlySet<string>): Meeting['attendees'] {
  const seen = new Map<string, Meeting['attendees'][number]>();
  for (const a of meeting.organizer ? [...meeting.attendees, meeting.organizer] : meeting.attendees) {
    const email = normaliseEmail(a.email);
    if (!email || own.has(email) || a.partstat.toUpperCase() === 'DECLINED') continue;
    const known = seen.get(email);
    // Listed twice (say, as organiser and attendee): keep the entry that has a name.
    if (!known) seen.set(email, { ...a, email });
    else if (!known.name?.trim() && a.name?.trim()) known.name = a.name;
  }
  return [...seen.values()];
}

/**
 * "Not reached lately" as a short ranked list. Who is considered: the user's team, and people
 * met in a 1:1 or a small meeting in the last `weeks` weeks; large meetings are ignored. Who
 * is listed: only those with no own "helped" moment for at least `weeks` weeks, counted from
 * the later of their last helped moment, the first meeting seen with them, and the start of
 * the log — so nobody is listed on day one, or hours after a first meeting. Order: team, then
 * 1:1s, then small meetings; within each, the longest quiet first. Each comes with the next
 * meeting together, the next chance to reach them.
 */
export function rankNotReached(input: NotReachedInput): { notReached: NotReached; met: { name: string; email: string }[] } {
  const sinceMs = input.nowMs - input.weeks * WEEK_MS;
  const own = new Set(input.ownEmails.map(normaliseEmail));
  const candidates = new Map<string, Candidate>();
  const candidate = (email: string, name: string | null): Candidate => {
    let c = candidates.get(email);
    if (!c) candidates.set(email, (c = { email, name, onTeam: false, oneOnOnes: 0, smallMeetings: 0, firstSeenMs: Infinity, lastMeeting: null, nextMeeting: null, lastPositiveAt: null }));
    else if (!c.name && name) c.name = name;
    return c;
  };
  for (const member of input.team) candidate(normaliseEmail(member.email), member.name.trim() || null).onTeam = true;

  // Everyone met in a 1:1 or small meeting in the window: the people search offers them too.
  const metInWindow = new Map<string, { name: string | null; start: string }>();
  let largeMeetingsIgnored = 0;
  // Series (one calendar event) with exactly one other person, and who: recurring 1:1s.
  const oneOnOneSeries = new Map<string, { email: string; name: string | null; count: number }>();
  const noteSeries = (meeting: Meeting, other: Meeting['attendees'][number]) => {
    const key = `${meeting.sourceId}\u0000${meeting.uid}\u0000${other.email}`;
    const series = oneOnOneSeries.get(key);
    if (series) series.count++;
    else oneOnOneSeries.set(key, { email: other.email, name: other.name?.trim() || null, count: 1 });
  };

  for (const meeting of input.pastMeetings) {
    const startMs = Date.parse(meeting.start);
    if (!(startMs < input.nowMs)) continue;
    const others = othersIn(meeting, own);
    const inWindow = startMs >= sinceMs;
    if (others.length + 1 > LARGE_MEETING_PEOPLE) {
      if (inWindow) largeMeetingsIgnored++;
      continue;
    }
    if (inWindow) {
      for (const a of others) {
        const known = metInWindow.get(a.email);
        // The name from the latest meeting that gives one.
        if (!known || (a.name?.trim() && (!known.name || meeting.start >= known.start))) metInWindow.set(a.email, { name: a.name?.trim() || known?.name || null, start: meeting.start });
      }
    }
    if (others.length === 1) noteSeries(meeting, others[0]!);
    for (const a of others) {
      const c = candidate(a.email, a.name?.trim() || null);
      c.firstSeenMs = Math.min(c.firstSeenMs, startMs);
      if (!inWindow) continue;
      if (others.length === 1) c.oneOnOnes++;
      else c.smallMeetings++;
      if (!c.lastMeeting || meeting.start >= c.lastMeeting.start) {
        c.lastMeeting = { title: meeting.title, start: meeting.start };
        if (a.name?.trim()) c.name = a.name.trim();
      }
    }
  }
  for (const meeting of input.upcomingMeetings) {
    if (Date.parse(meeting.start) < input.nowMs) continue;
    const others = othersIn(meeting, own);
    if (others.length + 1 > LARGE_MEETING_PEOPLE) continue;
    if (others.length === 1) noteSeries(meeting, others[0]!);
    for (const a of others) {
      const c = candidates.get(a.email);
      if (c && (!c.nextMeeting || meeting.start < c.nextMeeting.start)) c.nextMeeting = { title: meeting.title, start: meeting.start, oneOnOne: others.length === 1 };
    }
  }

  const considered = [...candidates.values()].filter((c) => c.onTeam || c.oneOnOnes + c.smallMeetings > 0);
  findLastPositive(considered, input.newestFirst);
  const loggingSince = input.newestFirst.length > 0 ? input.newestFirst[input.newestFirst.length - 1]!.occurredAt : null;
  const loggingSinceMs = loggingSince === null ? Infinity : Date.parse(loggingSince);

  const listed = considered
    .map((c) => {
      // Quiet since: the last helped moment; without one, since the log and the acquaintance began.
      const quietSinceMs = c.lastPositiveAt !== null ? Date.parse(c.lastPositiveAt) : Math.max(loggingSinceMs, Number.isFinite(c.firstSeenMs) ? c.firstSeenMs : -Infinity);
      return { c, quietSinceMs };
    })
    .filter(({ quietSinceMs }) => Number.isFinite(quietSinceMs) && quietSinceMs <= sinceMs)
    .map(({ c, quietSinceMs }): NotReachedPerson & { rank: number } => ({
      name: displayOf(c),
      email: c.email,
      group: c.onTeam ? 'team' : c.oneOnOnes > 0 ? 'one-on-one' : 'small-meeting',
      lastPositiveAt: c.lastPositiveAt,
      quietSince: new Date(quietSinceMs).toISOString(),
      lastMeeting: c.lastMeeting,
      nextMeeting: c.nextMeeting,
      meetingsInWindow: c.oneOnOnes + c.smallMeetings,
      rank: quietSinceMs,
    }))
    .sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || a.rank - b.rank || a.name.localeCompare(b.name));

  const team = input.team.map((m) => {
    const email = normaliseEmail(m.email);
    const c = candidates.get(email);
    return { email, name: c ? displayOf(c) : m.name };
  });
  const onTeam = new Set(team.map((m) => m.email));
  const suggested = new Map<string, TeamMember>();
  for (const s of oneOnOneSeries.values()) {
    if (s.count < 2 || onTeam.has(s.email) || suggested.has(s.email)) continue;
    suggested.set(s.email, { email: s.email, name: attendeeDisplayName({ name: candidates.get(s.email)?.name ?? s.name, email: s.email }) });
  }

  return {
    notReached: {
      weeks: input.weeks,
      since: new Date(sinceMs).toISOString(),
      peopleMet: considered.filter((c) => c.oneOnOnes + c.smallMeetings > 0).length,
      largeMeetingsIgnored,
      ownAddressesKnown: own.size > 0,
      loggingSince,
      team,
      teamSuggestions: [...suggested.values()].sort((a, b) => a.name.localeCompare(b.name)),
      people: listed.slice(0, NOT_REACHED_TOP).map(({ rank: _rank, ...person }) => person),
      more: Math.max(0, listed.length - NOT_REACHED_TOP),
    },
    met: [...metInWindow.entries()].map(([email, { name }]) => ({ email, name: attendeeDisplayName({ name, email }) })),
  };
}

/** Walks the log once, newest first, until every candidate has their latest own helped moment. */
function findLastPositive(people: Candidate[], newestFirst: NotReachedInput['newestFirst']): void {
  const byKey = new Map<string, Candidate[]>();
  const index = (key: string, person: Candidate) => {
    const list = byKey.get(key);
    if (list) list.push(person);
    else byKey.set(key, [person]);
  };
  // The names a moment may call someone by: the full name, the address, or the first name alone.
  for (const person of people) {
    const display = displayOf(person).toLocaleLowerCase();
    index(`full:${display}`, person);
    index(`full:${person.email}`, person);
    index(`first:${display.split(/\s+/)[0]}`, person);
  }
  const lowered = new Map<string, string>();
  let remaining = people.length;
  for (const m of newestFirst) {
    if (remaining === 0) break;
    if (m.kind !== 'own' || m.valence !== 'helped') continue;
    for (const p of m.people) {
      let typed = lowered.get(p);
      if (typed === undefined) lowered.set(p, (typed = p.trim().toLocaleLowerCase()));
      const found = [...(byKey.get(`full:${typed}`) ?? []), ...(typed.includes(' ') ? [] : (byKey.get(`first:${typed}`) ?? []))];
      for (const person of found) {
        if (person.lastPositiveAt !== null) continue;
        person.lastPositiveAt = m.occurredAt;
        remaining--;
      }
    }
  }
}

function displayOf(c: Pick<Candidate, 'name' | 'email'>): string {
  return attendeeDisplayName({ name: c.name, email: c.email });
}
