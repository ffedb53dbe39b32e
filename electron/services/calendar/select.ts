import { createHash } from 'node:crypto';
import type { Attendee, Meeting, MeetingRules, Occurrence } from '../../../shared/domain/calendar';
import { isOpenableMeetingLink } from '../meetings/meeting-link-policy';
import { normalizeEmail } from './text';

/**
 * Which occurrences are meetings worth a check-in. An occurrence passes when it is timed, not
 * cancelled, not declined by the user, busy (unless free events are opted in), shared with at
 * least one other person (unless solo events are opted in), and its title matches no ignore entry.
 */
export function selectMeetings(occurrences: readonly Occurrence[], rules: MeetingRules, sourceId: string): Meeting[] {
  const user = new Set(rules.userEmails.map(normalizeEmail).filter((email) => email !== ''));
  const ignored = rules.ignoreTitles.map(words).filter((phrase) => phrase.length > 0);
  // A series repeats its title on every instance: segment each distinct title once, not per occurrence.
  const ignoredTitle = new Map<string, boolean>();
  const isIgnored = (title: string) => {
    let found = ignoredTitle.get(title);
    if (found === undefined) ignoredTitle.set(title, (found = matchesAny(words(title), ignored)));
    return found;
  };
  const meetings: Meeting[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.allDay || occurrence.status === 'CANCELLED') continue;
    if (occurrence.transparent && !rules.includeFreeEvents) continue;
    if (occurrence.attendees.some((person) => user.has(person.email) && person.partstat === 'DECLINED')) continue;
    if (!rules.includeSoloEvents && !hasSomeoneElse(occurrence, user)) continue;
    if (ignored.length > 0 && isIgnored(occurrence.title)) continue;
    meetings.push({
      id: meetingId(sourceId, occurrence),
      sourceId,
      uid: occurrence.uid,
      title: occurrence.title,
      start: occurrence.start,
      end: occurrence.end,
      organizer: occurrence.organizer,
      attendees: occurrence.attendees,
      location: occurrence.location,
      ...(occurrence.meetingUrl ? { meetingUrl: occurrence.meetingUrl, meetingUrlOpens: isOpenableMeetingLink(occurrence.meetingUrl) } : {}),
    });
  }
  return meetings;
}

/**
 * Stable across refreshes: the series' UID and the instance's original start (RECURRENCE-ID), so
 * a moved or retitled instance keeps its id, and a prompt planned for it is not duplicated.
 */
export function meetingId(sourceId: string, occurrence: Pick<Occurrence, 'uid' | 'recurrenceId' | 'start'>): string {
  const key = JSON.stringify([sourceId, occurrence.uid, occurrence.recurrenceId ?? occurrence.start]);
  return `mtg_${createHash('sha256').update(key).digest('base64url').slice(0, 24)}`;
}

/**
 * Another person who has not declined: an attendee or the organizer. Without the user's
 * addresses we cannot tell which entry is the user, so it takes two distinct people.
 */
function hasSomeoneElse(occurrence: Occurrence, user: ReadonlySet<string>): boolean {
  const people: Attendee[] = occurrence.organizer ? [...occurrence.attendees, occurrence.organizer] : occurrence.attendees;
  if (user.size === 0) return new Set(people.map((person) => person.email)).size >= 2;
  return people.some((person) => !user.has(person.email) && person.partstat !== 'DECLINED');
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Titles and ignore entries as lists of words (Unicode word segmentation, so it also works for
 * scripts without spaces), lower-cased. Matching whole words is the choice: "Lunch" ignores
 * "Team lunch" and "Lunch & learn", "Focus" ignores "Focus time" but not "Refocus planning"
 * nor "Focused review", and "Block" does not swallow "Blockchain sync".
 */
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const result: string[] = [];
  for (const segment of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (segment.isWordLike) result.push(segment.segment);
  }
  return result;
}

/** True when one phrase appears in the title as consecutive whole words. */
function matchesAny(title: string[], phrases: string[][]): boolean {
  return phrases.some((phrase) => {
    for (let start = 0; start + phrase.length <= title.length; start++) {
      if (phrase.every((word, offset) => title[start + offset] === word)) return true;
    }
    return false;
  });
}
