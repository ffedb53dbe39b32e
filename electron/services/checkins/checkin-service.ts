import type { Attendee, Meeting } from '../../../shared/domain/calendar';
import type { CheckIn, Intention, Kept, MeetingSnapshot } from '../../../shared/domain/checkin';
import type { CheckInMomentSchema } from '../../../shared/domain/checkin-answer';
import type { FollowUpInputSchema } from '../../../shared/domain/followup';
import type { Moment } from '../../../shared/domain/moment';
import { AppError } from '../../../shared/domain/errors';
import { attendeeDisplayName, nameMatchesAttendee, normaliseEmail } from '../../../shared/domain/people';
import type { PeopleDirectory } from '../../../shared/domain/people-directory';
import { personKey } from '../../../shared/domain/person-aliases';
import type { z } from 'zod';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { FollowUpService } from '../followups/followup-service';
import type { MomentService } from '../moments/moment-service';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import type { Loop } from '../../../shared/domain/close-the-loop';
import { loopWith } from './close-the-loop';
import { t } from '../text/main-text';

export interface CheckInServiceDeps {
  collection: PartitionedCollection<CheckIn>;
  moments: MomentService;
  followUps: FollowUpService;
  clock: Clock;
  timeZone: () => string;
  newId: () => string;
  emit: Emit;
  onWriteFailed: (error: StorageWriteError) => void;
}

export interface RecordCheckIn {
  kind: CheckIn['kind'];
  promptId: string | null;
  source: CheckIn['source'];
  intentionFor: { meeting: MeetingSnapshot; intention: Intention } | null;
  reflectionOn: {
    meeting: MeetingSnapshot;
    kept: Kept | null;
    moment: z.output<typeof CheckInMomentSchema>;
    followUp: z.output<typeof FollowUpInputSchema> | null;
  } | null;
}

export interface PersonHistory {
  person: string;
  moments: Pick<Moment, 'id' | 'occurredAt' | 'valence' | 'tags' | 'note' | 'kind'>[];
}

export function snapshotOf(meeting: Meeting): MeetingSnapshot {
  return {
    id: meeting.id,
    title: meeting.title,
    start: meeting.start,
    end: meeting.end,
    attendees: meeting.attendees.map((a) => ({ name: a.name, email: normaliseEmail(a.email) })),
  };
}

/** Check-ins around meetings; each reflection's moment and follow-up live in their own stores, linked. */
export class CheckInService {
  constructor(private readonly deps: CheckInServiceDeps) {}

  async record(input: RecordCheckIn): Promise<CheckIn> {
    const now = this.deps.clock.now().toISOString();
    const id = this.deps.newId();
    let reflection: CheckIn['reflectionOn'] = null;
    if (input.reflectionOn) {
      const { meeting, kept, moment, followUp } = input.reflectionOn;
      const saved = await this.deps.moments.add({
        kind: 'own',
        ...moment,
        // The moment happened in the meeting, not when the card was answered.
        occurredAt: meeting.end < now ? meeting.end : now,
        meeting: { occurrenceId: meeting.id, title: meeting.title, start: meeting.start },
        source: 'check-in',
      });
      if (followUp) await this.deps.followUps.add(followUp, { kind: 'check-in', id });
      reflection = { meeting, kept, momentId: saved.id };
    }
    const checkIn: CheckIn = {
      id,
      promptId: input.promptId,
      kind: input.kind,
      source: input.source,
      intentionFor: input.intentionFor,
      reflectionOn: reflection,
      timeZone: this.deps.timeZone(),
      createdAt: now,
      updatedAt: now,
    };
    await writeOrKeep(() => this.deps.collection.insert(checkIn), this.deps.onWriteFailed);
    this.deps.emit('log.changed', { kind: 'check-in', id, at: now });
    return checkIn;
  }

  all(): CheckIn[] {
    return [...this.deps.collection.values()];
  }

  get count(): number {
    return this.deps.collection.size;
  }

  get(id: string): CheckIn {
    const found = this.deps.collection.get(id);
    if (!found) throw new AppError('not_found', t('errors:entries.checkInGone'));
    return found;
  }

  /** Deletes a check-in (its moment and follow-up are separate entries and stay). */
  async remove(id: string): Promise<CheckIn> {
    const checkIn = this.get(id);
    await writeOrKeep(() => this.deps.collection.remove(id), this.deps.onWriteFailed);
    this.deps.emit('log.changed', { kind: 'check-in', id, at: this.deps.clock.now().toISOString() });
    return checkIn;
  }

  /**
   * Undo of record(): the check-in goes, and so do the moment and the follow-up it created
   * (unless the user already removed them). Returns false if it was already gone.
   */
  async unrecord(id: string): Promise<boolean> {
    const checkIn = this.deps.collection.get(id);
    if (!checkIn) return false;
    const momentId = checkIn.reflectionOn?.momentId;
    if (momentId && this.deps.moments.has(momentId)) await this.deps.moments.remove(momentId);
    for (const f of this.deps.followUps.all()) {
      if (f.origin.kind === 'check-in' && f.origin.id === id) await this.deps.followUps.remove(f.id);
    }
    await this.remove(id);
    return true;
  }

  async restore(checkIn: CheckIn): Promise<CheckIn> {
    if (this.deps.collection.get(checkIn.id)) throw new AppError('conflict', t('errors:entries.checkInExists'));
    await writeOrKeep(() => this.deps.collection.insert(checkIn), this.deps.onWriteFailed);
    this.deps.emit('log.changed', { kind: 'check-in', id: checkIn.id, at: this.deps.clock.now().toISOString() });
    return checkIn;
  }

  /** The latest check-in that reflected on a meeting (its kept answer and moment). */
  reflectionFor(meetingId: string): CheckIn | null {
    let latest: CheckIn | null = null;
    for (const c of this.deps.collection.values()) {
      if (c.reflectionOn?.meeting.id === meetingId && (!latest || c.createdAt > latest.createdAt)) latest = c;
    }
    return latest;
  }

  /** The latest intention set for a meeting, to ask afterwards whether it was kept. */
  intentionFor(meetingId: string): Intention | null {
    let latest: CheckIn | null = null;
    for (const c of this.deps.collection.values()) {
      if (c.intentionFor?.meeting.id === meetingId && (!latest || c.createdAt > latest.createdAt)) latest = c;
    }
    return latest?.intentionFor?.intention ?? null;
  }

  /**
   * "Last time with these people": each attendee's most recent moments, notes included, so
   * what was learned about a person comes back before the next meeting with them.
   */
  lastTimeWith(attendees: readonly Pick<Attendee, 'name' | 'email'>[], ownEmails: readonly string[], perPerson = 2, directory: PeopleDirectory | null = null): PersonHistory[] {
    const own = new Set(ownEmails.map(normaliseEmail));
    const others = attendees.filter((a) => !own.has(normaliseEmail(a.email)));
    const result: PersonHistory[] = [];
    for (const attendee of others) {
      const moments: PersonHistory['moments'] = [];
      // With the directory, a name merged into this person ("Sammy" is Sam Rivera) counts too.
      const person = directory ? personKey(directory.attendeeName(attendee)) : null;
      const isThem = (name: string) => nameMatchesAttendee(name, attendee) || (person !== null && personKey(directory!.canonical(name)) === person);
      for (const m of this.deps.moments.all()) {
        if (m.people.some(isThem)) {
          moments.push({ id: m.id, occurredAt: m.occurredAt, valence: m.valence, tags: m.tags, note: m.note, kind: m.kind });
          if (moments.length >= perPerson) break;
        }
      }
      if (moments.length > 0) result.push({ person: directory ? directory.attendeeName(attendee) : attendeeDisplayName(attendee), moments });
    }
    return result;
  }

  /** Before a meeting: what is still open with its people, and how last time's intention with them went. */
  loopWith(attendees: readonly Pick<Attendee, 'name' | 'email'>[], meetingId: string): Loop {
    return loopWith({ attendees, meetingId, now: this.deps.clock.now(), checkIns: this.deps.collection.values(), followUps: this.deps.followUps.all() });
  }
}
