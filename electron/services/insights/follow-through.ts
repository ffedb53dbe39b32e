import type { CheckIn, Kept } from '../../../shared/domain/checkin';
import { MIN_ANSWERS_FOR_RATE, type FollowThrough } from '../../../shared/domain/insights';
import type { WeekBuckets } from './week-buckets';

export function emptyFollowThrough(): FollowThrough {
  return { intentions: 0, yes: 0, partly: 0, no: 0, notAnswered: 0, notReflected: 0, keptRate: null, atLeastPartlyRate: null };
}

interface MeetingRecord {
  start: string;
  end: string;
  zone: string;
  hadIntention: boolean;
  /** The latest reflection on the meeting: undefined when there is none. */
  kept: Kept | null | undefined;
  reflectedAt: string;
}

/**
 * Intention follow-through per week, by the meeting's start. A meeting counts once it has
 * ended and had an intention: one set on a check-in before it, or a "kept?" answer on the
 * check-in after it (the card only asks when there was one). Its latest reflection says
 * whether the intention was kept; a meeting never looked back on is `notReflected`.
 */
export function computeFollowThrough(checkIns: readonly CheckIn[], buckets: WeekBuckets, nowMs: number): FollowThrough[] {
  const meetings = new Map<string, MeetingRecord>();
  const recordFor = (meeting: { id: string; start: string; end: string }, zone: string): MeetingRecord => {
    let record = meetings.get(meeting.id);
    if (!record) meetings.set(meeting.id, (record = { start: meeting.start, end: meeting.end, zone, hadIntention: false, kept: undefined, reflectedAt: '' }));
    return record;
  };
  // Years of check-ins, a few weeks asked for: skip what cannot fall in them before any work.
  const floor = new Date(buckets.scanFloorMs).toISOString();
  for (const c of checkIns) {
    if (c.intentionFor && c.intentionFor.meeting.start >= floor) recordFor(c.intentionFor.meeting, c.timeZone).hadIntention = true;
    if (c.reflectionOn && c.reflectionOn.meeting.start >= floor) {
      const record = recordFor(c.reflectionOn.meeting, c.timeZone);
      // Several reflections on one meeting (say, a card and then the review): the latest wins.
      if (record.kept === undefined || c.createdAt > record.reflectedAt) {
        record.kept = c.reflectionOn.kept;
        record.reflectedAt = c.createdAt;
      }
    }
  }
  const weeks = buckets.weeks.map(emptyFollowThrough);
  for (const record of meetings.values()) {
    if (!record.hadIntention && (record.kept === undefined || record.kept === null)) continue;
    if (Date.parse(record.end) > nowMs) continue;
    const i = buckets.indexOf(Date.parse(record.start), record.zone);
    if (i < 0) continue;
    const week = weeks[i]!;
    week.intentions++;
    if (record.kept === undefined) week.notReflected++;
    else if (record.kept === null) week.notAnswered++;
    else week[record.kept]++;
  }
  return weeks.map(withRates);
}

export function sumFollowThrough(parts: readonly FollowThrough[]): FollowThrough {
  const total = emptyFollowThrough();
  for (const p of parts) {
    total.intentions += p.intentions;
    total.yes += p.yes;
    total.partly += p.partly;
    total.no += p.no;
    total.notAnswered += p.notAnswered;
    total.notReflected += p.notReflected;
  }
  return withRates(total);
}

/** Rates only from enough answers: "0% kept" from a single intention would be noise. */
function withRates(f: FollowThrough): FollowThrough {
  const answered = f.yes + f.partly + f.no;
  const enough = answered >= MIN_ANSWERS_FOR_RATE;
  return { ...f, keptRate: enough ? f.yes / answered : null, atLeastPartlyRate: enough ? (f.yes + f.partly) / answered : null };
}
