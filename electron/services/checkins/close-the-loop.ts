import type { Attendee } from '../../../shared/domain/calendar';
import type { CheckIn } from '../../../shared/domain/checkin';
import { LOOP_MAX_FOLLOW_UPS, type LastIntention, type Loop, type LoopFollowUp } from '../../../shared/domain/close-the-loop';
import type { FollowUp } from '../../../shared/domain/followup';
import { nameMatchesAttendee, normaliseEmail } from '../../../shared/domain/people';

export interface LoopInput {
  /** The people in the coming meeting, the user already left out. */
  attendees: readonly Pick<Attendee, 'name' | 'email'>[];
  /** The coming meeting: its own intention is not "last time". */
  meetingId: string;
  now: Date;
  checkIns: Iterable<CheckIn>;
  followUps: Iterable<FollowUp>;
}

/**
 * The loop to close with the people of a coming meeting. A past meeting was "with them" when
 * one of its attendees has the same address (names vary, addresses do not); a follow-up is
 * with them when its person is one of them by name, or, naming no one, it came from a check-in
 * on a meeting with them.
 */
export function loopWith(input: LoopInput): Loop {
  const emails = new Set(input.attendees.map((a) => normaliseEmail(a.email)));
  if (emails.size === 0) return { followUps: [], moreFollowUps: 0, lastIntention: null };
  const nowIso = input.now.toISOString();
  const withThem = (attendees: readonly { email: string }[]) => attendees.some((a) => emails.has(normaliseEmail(a.email)));

  let last: { checkIn: CheckIn; start: string } | null = null;
  const keptFor = new Map<string, CheckIn>();
  const checkInsWithThem = new Set<string>();
  for (const c of input.checkIns) {
    if (c.reflectionOn && withThem(c.reflectionOn.meeting.attendees)) {
      checkInsWithThem.add(c.id);
      const known = keptFor.get(c.reflectionOn.meeting.id);
      if (!known || c.createdAt > known.createdAt) keptFor.set(c.reflectionOn.meeting.id, c);
    }
    const meeting = c.intentionFor?.meeting;
    if (!meeting || meeting.id === input.meetingId || meeting.start >= nowIso || !withThem(meeting.attendees)) continue;
    if (!last || meeting.start > last.start || (meeting.start === last.start && c.createdAt > last.checkIn.createdAt)) last = { checkIn: c, start: meeting.start };
  }

  let lastIntention: LastIntention | null = null;
  if (last?.checkIn.intentionFor) {
    const { meeting, intention } = last.checkIn.intentionFor;
    lastIntention = { intention, meetingTitle: meeting.title, meetingStart: meeting.start, kept: keptFor.get(meeting.id)?.reflectionOn?.kept ?? null };
  }

  const open: LoopFollowUp[] = [];
  for (const f of input.followUps) {
    if (f.status !== 'open') continue;
    const named = f.person !== null && input.attendees.some((a) => nameMatchesAttendee(f.person!, a));
    const fromMeeting = f.person === null && f.origin.kind === 'check-in' && f.origin.id !== null && checkInsWithThem.has(f.origin.id);
    if (named || fromMeeting) open.push({ id: f.id, text: f.text, person: f.person, repair: f.repair, createdAt: f.createdAt });
  }
  // Repairs first: a harm not yet repaired matters most; then the oldest, owed the longest.
  open.sort((a, b) => Number(b.repair) - Number(a.repair) || a.createdAt.localeCompare(b.createdAt));
  return { followUps: open.slice(0, LOOP_MAX_FOLLOW_UPS), moreFollowUps: Math.max(0, open.length - LOOP_MAX_FOLLOW_UPS), lastIntention };
}
