import { intentionText, type CheckIn, type Intention } from '../../../shared/domain/checkin';
import type { FollowUp } from '../../../shared/domain/followup';
import type { LogEntry, LogKind } from '../../../shared/domain/log';
import type { Moment } from '../../../shared/domain/moment';
import type { Note } from '../../../shared/domain/note';
import type { Review } from '../../../shared/domain/review';
import { tagLabel } from '../../../shared/domain/tags';
import { dayKey } from '../../../shared/domain/time';
import { t } from '../text/main-text';

/** One log entry with what the log needs to sort, filter and search it cheaply. */
export interface LogRow {
  /** The entry key ("moment:<id>"), unique across kinds. */
  id: string;
  at: string;
  kind: LogKind;
  entry: LogEntry;
  /** Where LogSearch keeps the entry's words (-1 until it has them); kept across edits of the entry. */
  slot: number;
  /** The entry's day in the zone it was written in; computed on first use (it costs an Intl call). */
  day?: string;
}

const joined = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');

/** A moment, with the check-in that recorded it and the intention set for its meeting (if any). */
export function momentRow(moment: Moment, checkIn: CheckIn | null, intention: Intention | null): LogRow {
  const entry: LogEntry = {
    kind: 'moment',
    key: `moment:${moment.id}`,
    at: moment.occurredAt,
    timeZone: moment.timeZone,
    moment,
    intention,
    kept: checkIn?.reflectionOn?.kept ?? null,
  };
  return {
    id: entry.key,
    at: entry.at,
    kind: moment.kind,
    entry,
    slot: -1,
  };
}

export function intentionRow(checkIn: CheckIn): LogRow | null {
  const part = checkIn.intentionFor;
  if (!part) return null;
  const entry: LogEntry = { kind: 'intention', key: `intention:${checkIn.id}`, at: checkIn.createdAt, timeZone: checkIn.timeZone, checkInId: checkIn.id, meeting: part.meeting, intention: part.intention };
  return {
    id: entry.key,
    at: entry.at,
    kind: 'intention',
    entry,
    slot: -1,
  };
}

export function reviewRow(review: Review): LogRow {
  // A review sits at the end of the day it is about, whenever it was written.
  const at = review.completedAt && review.completedAt.slice(0, 10) === review.day ? review.completedAt : `${review.day}T20:00:00.000Z`;
  const entry: LogEntry = { kind: 'review', key: `review:${review.id}`, at, timeZone: review.timeZone, review };
  return {
    id: entry.key,
    at,
    kind: 'review',
    entry,
    slot: -1,
    day: review.day,
  };
}

export function followUpRow(followUp: FollowUp, timeZone: string): LogRow {
  const entry: LogEntry = { kind: 'follow-up', key: `follow-up:${followUp.id}`, at: followUp.createdAt, timeZone, followUp };
  return { id: entry.key, at: entry.at, kind: 'follow-up', entry, slot: -1 };
}

export function noteRow(note: Note): LogRow {
  const entry: LogEntry = { kind: 'note', key: `note:${note.id}`, at: note.occurredAt, timeZone: note.timeZone, note };
  return { id: entry.key, at: entry.at, kind: 'note', entry, slot: -1 };
}

export function dayOf(row: LogRow): string {
  row.day ??= dayKey(row.at, row.entry.timeZone);
  return row.day;
}

/**
 * The text search finds an entry by: its words, the people, behaviour labels and meeting, and
 * words naming its kind. Derived when the index reads it, so no row keeps a copy of it.
 */
export function searchableText(entry: LogEntry): string {
  switch (entry.kind) {
    case 'moment': {
      const { moment } = entry;
      return joined([moment.note, ...moment.people, ...moment.tags.map(tagLabel), moment.meeting?.title, moment.valence, moment.kind === 'witnessed' ? 'witnessed' : null]);
    }
    case 'intention':
      return joined([intentionText(entry.intention, t), entry.meeting.title, ...entry.meeting.attendees.map((a) => a.name ?? a.email), 'intention']);
    case 'review': {
      const { review } = entry;
      return joined([...review.answers.flatMap((a) => [a.question, a.answer]), review.tomorrowIntention ? intentionText(review.tomorrowIntention, t) : null, 'review']);
    }
    case 'follow-up':
      return joined([entry.followUp.text, entry.followUp.person, entry.followUp.repair ? 'repair' : null, 'follow-up follow up']);
    case 'note':
      return joined([entry.note.text, 'note']);
  }
}
