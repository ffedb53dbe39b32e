import type { z } from 'zod';
import type { EventName } from '../../../shared/contract/index';
import type { CheckIn, Intention } from '../../../shared/domain/checkin';
import type { LogPage, LogQuerySchema } from '../../../shared/domain/log';
import type { FollowUp } from '../../../shared/domain/followup';
import type { Moment } from '../../../shared/domain/moment';
import type { Note } from '../../../shared/domain/note';
import type { PeopleDirectory } from '../../../shared/domain/people-directory';
import type { Review } from '../../../shared/domain/review';
import type { CheckInService } from '../checkins/checkin-service';
import type { EventListener } from '../events';
import type { FollowUpService } from '../followups/followup-service';
import type { MomentService } from '../moments/moment-service';
import { NewestFirstIndex } from '../moments/sorted-index';
import { ShardedMap } from '../sharded-map';
import { MomentsByMeeting } from './moments-by-meeting';
import type { NoteService } from '../notes/note-service';
import type { ReviewService } from '../review/review-service';
import type { AdoptedRecords } from '../storage/collection';
import { dayOf, followUpRow, intentionRow, momentRow, noteRow, reviewRow, type LogRow } from './log-rows';
import { asPeople, personMatcher } from './log-people';
import { LogSearch, type YieldPolicy } from './log-search';

type Query = z.output<typeof LogQuerySchema>;

/** Records a collection took in at once: a month of history loaded after start-up, or an import. */
export type LogAdoption =
  | { collection: 'moments'; records: AdoptedRecords<Moment> }
  | { collection: 'check-ins'; records: AdoptedRecords<CheckIn> }
  | { collection: 'reviews'; records: AdoptedRecords<Review> }
  | { collection: 'follow-ups'; records: AdoptedRecords<FollowUp> }
  | { collection: 'notes'; records: AdoptedRecords<Note> };

export interface LogServiceDeps {
  moments: MomentService;
  checkIns: CheckInService;
  followUps: FollowUpService;
  notes: NoteService;
  reviews: ReviewService;
  timeZone: () => string;
  listen: (listener: EventListener) => () => void;
  /** Tells the log of records taken in at once (history loading, imports), after their service has them. */
  adoptions: (listener: (adoption: LogAdoption) => void) => void;
  /** Who each written name means (one person per address, merges applied); names as written without it. */
  directory?: () => PeopleDirectory;
  /** When the search's first reading of the log lets other work run (tests: after every block). */
  searchYield?: YieldPolicy;
}

/**
 * The reflection log: moments, intentions, reviews, follow-ups and notes in one chronological
 * list, with full-text search and filters. Kept in step with every change through the event
 * bus, so a query never rebuilds anything.
 */
export class LogService {
  // Sharded: years of history are over 100k rows, and a Map that size stops the app to rehash.
  private readonly rows = new ShardedMap<LogRow>();
  private readonly index = new NewestFirstIndex<LogRow>((row) => row.at);
  private readonly momentsByMeeting = new MomentsByMeeting();
  private readonly search: LogSearch;
  private checkInByMoment = new Map<string, CheckIn>();
  /** The latest intention per meeting id, for the moments recorded about that meeting. */
  private intentionByMeeting = new Map<string, { at: string; intention: Intention }>();

  constructor(private readonly deps: LogServiceDeps) {
    const searchYield = deps.searchYield;
    this.search = new LogSearch(searchYield ? () => searchYield : undefined);
    this.rebuild();
    deps.listen((event, payload) => this.onEvent(event, payload));
    deps.adoptions((adoption) => this.adopt(adoption));
  }

  /** Resolves when the search has read every entry's words (tests and benchmarks wait for it). */
  searchReady(): Promise<void> {
    return this.search.whenRead();
  }

  query(q: Query): LogPage {
    const text = q.text.trim();
    const matches = text ? this.search.search(text) : null;
    const people = this.deps.directory?.() ?? null;
    const filter = rowFilter(q, people);
    const accept = (row: LogRow) => filter(row) && (!matches || matches(row));

    const all = this.index.all();
    const start = q.before ? this.index.positionAfter(q.before) : 0;
    const entries: LogRow[] = [];
    let total = 0;
    let nextCursor: string | null = null;
    for (let i = 0; i < all.length; i++) {
      const row = all[i]!;
      if (!accept(row)) continue;
      total++;
      if (i < start) continue;
      if (entries.length < q.limit) entries.push(row);
      else nextCursor ??= NewestFirstIndex.cursorOf(entries.at(-1)!.at, entries.at(-1)!.id);
    }
    return { entries: entries.map((r) => (people ? asPeople(r.entry, people) : r.entry)), nextCursor, total, search: text ? 'index' : 'none' };
  }

  private onEvent(event: EventName, payload: unknown): void {
    if (event === 'moments.changed') {
      const { change, id } = payload as { change: string; id: string | null };
      // 'loaded' (history or an import complete) needs nothing: the records came in through adopt().
      if (change !== 'loaded' && id !== null) this.refreshMoment(id);
    } else if (event === 'log.changed') {
      const { kind, id } = payload as { kind: 'follow-up' | 'check-in' | 'review' | 'note'; id: string };
      this.refresh(kind, id);
    }
  }

  private refresh(kind: 'follow-up' | 'check-in' | 'review' | 'note', id: string): void {
    switch (kind) {
      case 'note':
        return this.put(`note:${id}`, this.safe(() => noteRow(this.deps.notes.get(id))));
      case 'review':
        return this.put(`review:${id}`, this.safe(() => reviewRow(this.deps.reviews.get(id))));
      case 'follow-up':
        return this.put(`follow-up:${id}`, this.safe(() => followUpRow(this.deps.followUps.get(id), this.deps.timeZone())));
      case 'check-in': {
        const checkIn = this.safe(() => this.deps.checkIns.get(id));
        this.put(`intention:${id}`, checkIn ? intentionRow(checkIn) : null);
        if (!checkIn) return;
        const momentId = checkIn.reflectionOn?.momentId;
        if (momentId) {
          this.checkInByMoment.set(momentId, checkIn);
          this.refreshMoment(momentId);
        }
        if (checkIn.intentionFor && this.noteIntention(checkIn)) {
          // The moments already recorded about this meeting now show the intention too.
          for (const momentId of this.momentsByMeeting.momentIds(checkIn.intentionFor.meeting.id)) this.refreshMoment(momentId);
        }
      }
    }
  }

  private refreshMoment(id: string): void {
    const moment = this.safe(() => this.deps.moments.get(id));
    this.put(`moment:${id}`, moment ? this.rowOf(moment) : null);
  }

  private rowOf(moment: Moment): LogRow {
    const meetingId = moment.meeting?.occurrenceId;
    return momentRow(moment, this.checkInByMoment.get(moment.id) ?? null, meetingId ? (this.intentionByMeeting.get(meetingId)?.intention ?? null) : null);
  }

  /** Remembers a check-in's intention if it is the latest for its meeting; true when it changed. */
  private noteIntention(checkIn: CheckIn): boolean {
    const part = checkIn.intentionFor;
    if (!part) return false;
    const known = this.intentionByMeeting.get(part.meeting.id);
    if (known && known.at > checkIn.createdAt) return false;
    this.intentionByMeeting.set(part.meeting.id, { at: checkIn.createdAt, intention: part.intention });
    return true;
  }

  private put(key: string, row: LogRow | null): void {
    const before = this.rows.get(key);
    this.momentsByMeeting.track(before, row);
    if (row) {
      this.rows.set(key, row);
      if (before) this.index.replace(before, row);
      else this.index.insert(row);
    } else if (before) {
      this.rows.delete(key);
      this.index.remove(before);
    }
    this.search.update(before, row);
  }

  /**
   * Takes in a batch of records with one merge into the list and a time-sliced reading of their
   * words, rather than a rebuild of the whole log: a month of history costs about what it holds.
   * The result is the same as a rebuild's (the log tests compare them).
   */
  private adopt(adoption: LogAdoption): void {
    const fresh: LogRow[] = [];
    const take = (row: LogRow | null) => {
      if (!row) return;
      if (this.rows.has(row.id)) this.put(row.id, row);
      else {
        this.rows.set(row.id, row);
        this.momentsByMeeting.track(undefined, row);
        fresh.push(row);
      }
    };
    const latest = <T>(records: AdoptedRecords<T>) => [...records.added, ...records.replaced.map((r) => r.after)];
    switch (adoption.collection) {
      case 'moments':
        for (const moment of latest(adoption.records)) take(this.rowOf(moment));
        break;
      case 'reviews':
        for (const review of latest(adoption.records)) take(reviewRow(review));
        break;
      case 'follow-ups':
        for (const followUp of latest(adoption.records)) take(followUpRow(followUp, this.deps.timeZone()));
        break;
      case 'notes':
        for (const note of latest(adoption.records)) take(noteRow(note));
        break;
      case 'check-ins':
        this.adoptCheckIns(latest(adoption.records), take);
        break;
    }
    if (fresh.length === 0) return;
    this.index.insertMany(fresh);
    this.search.addMany(fresh);
  }

  /** Check-ins bring intentions, and change the rows of the moments they recorded or whose meeting they are about. */
  private adoptCheckIns(checkIns: readonly CheckIn[], take: (row: LogRow | null) => void): void {
    const reflected: string[] = [];
    const meetings = new Set<string>();
    for (const checkIn of checkIns) {
      take(intentionRow(checkIn));
      const momentId = checkIn.reflectionOn?.momentId;
      if (momentId) {
        this.checkInByMoment.set(momentId, checkIn);
        reflected.push(momentId);
      }
      if (this.noteIntention(checkIn)) meetings.add(checkIn.intentionFor!.meeting.id);
    }
    for (const id of reflected) if (this.rows.has(`moment:${id}`)) this.refreshMoment(id);
    for (const meeting of meetings) for (const momentId of this.momentsByMeeting.momentIds(meeting)) this.refreshMoment(momentId);
  }

  private rebuild(): void {
    const checkIns = this.deps.checkIns.all();
    this.checkInByMoment = new Map();
    this.intentionByMeeting = new Map();
    for (const c of checkIns) {
      if (c.reflectionOn?.momentId) this.checkInByMoment.set(c.reflectionOn.momentId, c);
      this.noteIntention(c);
    }
    const zone = this.deps.timeZone();
    const rows: LogRow[] = [
      ...this.deps.moments.all().map((m) => this.rowOf(m)),
      ...checkIns.map(intentionRow).filter((r): r is LogRow => r !== null),
      ...this.deps.reviews.all().map(reviewRow),
      ...this.deps.followUps.all().map((f) => followUpRow(f, zone)),
      ...this.deps.notes.all().map(noteRow),
    ];
    this.rows.clear();
    for (const row of rows) this.rows.set(row.id, row);
    this.momentsByMeeting.reset(rows);
    this.index.reset(rows);
    void this.search.rebuild(rows);
  }

  private safe<T>(get: () => T): T | null {
    try {
      return get();
    } catch {
      return null;
    }
  }
}

function rowFilter(q: Query, people: PeopleDirectory | null): (row: LogRow) => boolean {
  const kinds = q.kinds.length > 0 ? new Set(q.kinds) : null;
  const person = personMatcher(q.person, people);
  const meeting = q.meeting.toLocaleLowerCase();
  return (row) => {
    if (kinds && !kinds.has(row.kind)) return false;
    const e = row.entry;
    if ((q.valence || q.tag) && (e.kind !== 'moment' || (q.valence && e.moment.valence !== q.valence) || (q.tag && !e.moment.tags.includes(q.tag)))) return false;
    if (person) {
      const names = e.kind === 'moment' ? e.moment.people : e.kind === 'follow-up' ? [e.followUp.person ?? ''] : e.kind === 'intention' ? e.meeting.attendees.map((a) => a.name ?? a.email) : [];
      if (!names.some(person)) return false;
    }
    if (meeting) {
      const title = e.kind === 'moment' ? e.moment.meeting?.title : e.kind === 'intention' ? e.meeting.title : undefined;
      if (!title?.toLocaleLowerCase().includes(meeting)) return false;
    }
    if (q.from || q.to) {
      const day = dayOf(row);
      if ((q.from && day < q.from) || (q.to && day > q.to)) return false;
    }
    return true;
  };
}
