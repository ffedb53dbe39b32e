import type { Meeting } from '../../../shared/domain/calendar';
import { MIN_MOMENTS_FOR_PATTERN, wilsonInterval, type HarmPatterns, type PatternDimension, type PatternGroup, type PatternRow } from '../../../shared/domain/harm-patterns';
import type { Moment } from '../../../shared/domain/moment';
import { normaliseEmail } from '../../../shared/domain/people';
import { fromWallTime, isValidTimeZone, toWallTime } from '../../../shared/domain/time';
import { LARGE_MEETING_PEOPLE, othersIn } from './not-reached';
import { slotOf } from './week-buckets';
import type english from '../../../shared/i18n/en/index';
import { t } from '../text/main-text';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The people with the most moments get a row each; a long tail of rows would read as a ranking. */
const PERSON_ROWS = 12;
/** Meetings this close count as back to back (a 5-minute walk between rooms included). */
const BACK_TO_BACK_GAP = 5 * MINUTE;
/** A moment this soon after a meeting ends still belongs to it (logged on the way out). */
const AFTER_MEETING = 15 * MINUTE;

type PatternMoment = Pick<Moment, 'occurredAt' | 'timeZone' | 'kind' | 'valence' | 'people' | 'meeting'>;

interface Slot {
  startMs: number;
  endMs: number;
  /** How many back-to-back meetings end with this one (itself included). */
  streak: number;
  size: number;
  recurring: boolean;
}

/** Local day boundaries for one zone, found by binary search: no date formatting per moment. */
class Days {
  private readonly byZone = new Map<string, number[]>();
  private readonly readers = new Map<string, (ms: number) => number>();

  constructor(
    private readonly fromMs: number,
    private readonly toMs: number,
    private readonly defaultZone: string,
  ) {}

  /** [index of the local day, hours since its midnight]; days count from the period's first. */
  locate(ms: number, zone: string): [number, number] | null {
    const b = this.boundaries(zone);
    const lo = slotOf(b, ms);
    if (lo < 0) return null;
    // Hours since midnight are the wall clock's hours, except on days the clocks change: read those.
    if (b[lo + 1]! - b[lo]! !== DAY) return [lo, this.hourReader(zone)(ms)];
    return [lo, (ms - b[lo]!) / HOUR];
  }

  private hourReader(zone: string): (ms: number) => number {
    let reader = this.readers.get(zone);
    if (!reader) this.readers.set(zone, (reader = hourReader(isValidTimeZone(zone) ? zone : this.defaultZone)));
    return reader;
  }

  private boundaries(zone: string): number[] {
    const known = this.byZone.get(zone);
    if (known) return known;
    if (!isValidTimeZone(zone)) return this.boundaries(zone === this.defaultZone ? 'UTC' : this.defaultZone);
    // Midnights from two days before the period (zones reach ±14 h) to after it. Each is 24 hours
    // after the one before, checked with one cheap read of the wall clock; only on the few days
    // the clocks change is the full wall-time conversion needed.
    const hourOf = this.hourReader(zone);
    let day = toWallTime(new Date(this.fromMs - 2 * DAY).toISOString(), zone).slice(0, 10);
    const list = [Date.parse(fromWallTime(`${day}T00:00`, zone))];
    while (list[list.length - 1]! <= this.toMs + DAY) {
      day = new Date(Date.parse(`${day}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
      const next = list[list.length - 1]! + DAY;
      // Not midnight: the clocks changed that day (or the day starts in a gap): convert exactly.
      list.push(hourOf(next) === 0 ? next : Date.parse(fromWallTime(`${day}T00:00`, zone)));
    }
    this.byZone.set(zone, list);
    return list;
  }
}

/** Hours and minutes past midnight, as a fraction of an hour, on the wall clock of `zone`. */
function hourReader(zone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (ms) => {
    const [h, m] = format.format(new Date(ms)).split(':').map(Number) as [number, number];
    return h + m / 60;
  };
}

/** Meetings in start order, each with its back-to-back streak, size and whether its series repeats. */
function slotsOf(meetings: readonly Meeting[], own: ReadonlySet<string>): { slots: Slot[]; byId: Map<string, Slot> } {
  // Numeric order: localeCompare on thousands of ISO strings costs more than everything else here.
  const startOf = new Map(meetings.map((m) => [m, Date.parse(m.start)]));
  const sorted = [...meetings].sort((a, b) => startOf.get(a)! - startOf.get(b)!);
  const seriesCount = new Map<string, number>();
  for (const m of sorted) seriesCount.set(`${m.sourceId}\u0000${m.uid}`, (seriesCount.get(`${m.sourceId}\u0000${m.uid}`) ?? 0) + 1);
  const slots: Slot[] = [];
  const byId = new Map<string, Slot>();
  for (const m of sorted) {
    const startMs = startOf.get(m)!;
    let streak = 1;
    // The longest run among earlier meetings that end just before this one starts.
    for (let j = slots.length - 1; j >= 0 && slots[j]!.startMs > startMs - DAY; j--) {
      const prev = slots[j]!;
      if (prev.endMs <= startMs && prev.endMs >= startMs - BACK_TO_BACK_GAP) streak = Math.max(streak, prev.streak + 1);
    }
    const slot = { startMs, endMs: Date.parse(m.end), streak, size: othersIn(m, own).length + 1, recurring: (seriesCount.get(`${m.sourceId}\u0000${m.uid}`) ?? 0) > 1 };
    slots.push(slot);
    byId.set(m.id, slot);
  }
  return { slots, byId };
}

/** The meeting a moment belongs to: the one it names, else the latest one under way or just ended. */
function slotAt(ms: number, slots: readonly Slot[]): Slot | null {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (slots[mid]!.startMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && slots[i]!.startMs > ms - DAY; i--) if (slots[i]!.endMs + AFTER_MEETING >= ms) return slots[i]!;
  return null;
}

interface Tally {
  phrase: string;
  label: string;
  moments: number;
  harmed: number;
  order: number;
}

/** A situation: the catalog key of its phrase and label (insights:situations.phrase/label.<key>), and its place in the table. */
type Situation = [SituationKey, number];
type SituationKey = keyof typeof english.insights.situations.label;

const STREAK: Record<string, Situation> = {
  none: ['streakNone', 0],
  '1': ['streakOne', 1],
  '2': ['streakTwo', 2],
  '3+': ['streakMore', 3],
};
const DAY_LOAD: Record<string, Situation> = {
  '0-2': ['dayFew', 0],
  '3-4': ['dayMid', 1],
  '5+': ['dayMany', 2],
};
const TIME_OF_DAY: Record<string, Situation> = {
  morning: ['morning', 0],
  afternoon: ['afternoon', 1],
  evening: ['evening', 2],
};
const SIZE: Record<string, Situation> = {
  none: ['outside', 0],
  '1:1': ['oneOnOne', 1],
  small: ['small', 2],
  large: ['large', 3],
};
const SERIES: Record<string, Situation> = {
  none: ['outside', 0],
  recurring: ['recurring', 1],
  'one-off': ['oneOff', 2],
};

const TITLES = {
  streak: 'insights:situations.titleStreak',
  'day-load': 'insights:situations.titleDayLoad',
  'time-of-day': 'insights:situations.titleTimeOfDay',
  size: 'insights:situations.titleSize',
  series: 'insights:situations.titleSeries',
  person: 'insights:situations.titlePerson',
} as const satisfies Record<PatternDimension, string>;

export interface HarmPatternsInput {
  /** The whole log, newest first. */
  newestFirst: readonly PatternMoment[];
  /** The user's meetings over the period. */
  meetings: readonly Meeting[];
  ownEmails: readonly string[];
  timeZone: string;
  fromMs: number;
  nowMs: number;
  weeks: number;
  calendarKnown: boolean;
  minimum?: number;
}

/** Counts every own moment of the period into each dimension's groups, then keeps the groups with enough data. */
export function computeHarmPatterns(input: HarmPatternsInput): HarmPatterns {
  const minimum = input.minimum ?? MIN_MOMENTS_FOR_PATTERN;
  const own = new Set(input.ownEmails.map(normaliseEmail));
  const { slots, byId } = slotsOf(input.meetings, own);
  const days = new Days(input.fromMs, input.nowMs, input.timeZone);
  // Meetings per local day (the user's zone), by day index.
  const perDay = new Map<number, number>();
  for (const s of slots) {
    const at = days.locate(s.startMs, input.timeZone);
    if (at) perDay.set(at[0], (perDay.get(at[0]) ?? 0) + 1);
  }

  const tallies = new Map<PatternDimension, Map<string, Tally>>();
  const count = (dimension: PatternDimension, key: string, situation: Situation | null, harmed: boolean) => {
    let groups = tallies.get(dimension);
    if (!groups) tallies.set(dimension, (groups = new Map<string, Tally>()));
    let tally = groups.get(key);
    if (!tally) {
      // Worded once per group, in the main process's language (a person's group is named below).
      const [name, order] = situation ?? [null, 0];
      const words = { max: LARGE_MEETING_PEOPLE };
      tally = { phrase: name ? t(`insights:situations.phrase.${name}`, words) : '', label: name ? t(`insights:situations.label.${name}`, words) : '', moments: 0, harmed: 0, order };
      groups.set(key, tally);
    }
    tally.moments++;
    if (harmed) tally.harmed++;
  };

  let total = 0;
  let totalHarmed = 0;
  const spelling = new Map<string, Map<string, number>>();
  // Names repeat across thousands of moments: lower-case each spelling once.
  const lowered = new Map<string, string>();
  const lower = (name: string) => {
    let l = lowered.get(name);
    if (l === undefined) lowered.set(name, (l = name.trim().toLocaleLowerCase()));
    return l;
  };
  for (const m of input.newestFirst) {
    const ms = Date.parse(m.occurredAt);
    if (ms < input.fromMs) break;
    if (m.kind !== 'own' || ms > input.nowMs) continue;
    const harmed = m.valence === 'harmed';
    total++;
    if (harmed) totalHarmed++;
    const at = days.locate(ms, m.timeZone || input.timeZone);
    if (at) {
      const hour = at[1];
      const part = hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
      count('time-of-day', part, TIME_OF_DAY[part]!, harmed);
    }
    if (input.calendarKnown) {
      const slot = (m.meeting && byId.get(m.meeting.occurrenceId)) || slotAt(ms, slots);
      const streak = !slot ? 'none' : slot.streak >= 3 ? '3+' : String(slot.streak);
      count('streak', streak, STREAK[streak]!, harmed);
      const size = !slot ? 'none' : slot.size <= 2 ? '1:1' : slot.size <= LARGE_MEETING_PEOPLE ? 'small' : 'large';
      count('size', size, SIZE[size]!, harmed);
      const series = !slot ? 'none' : slot.recurring ? 'recurring' : 'one-off';
      count('series', series, SERIES[series]!, harmed);
      const dayIndex = days.locate(ms, input.timeZone)?.[0];
      const load = dayIndex === undefined ? 0 : (perDay.get(dayIndex) ?? 0);
      const band = load <= 2 ? '0-2' : load <= 4 ? '3-4' : '5+';
      count('day-load', band, DAY_LOAD[band]!, harmed);
    }
    for (const person of m.people) {
      const name = lower(person);
      // The same person twice in one moment counts once.
      if (m.people.length > 1 && m.people.find((p) => lower(p) === name) !== person) continue;
      const original = person.trim();
      let spellings = spelling.get(name);
      if (!spellings) spelling.set(name, (spellings = new Map<string, number>()));
      spellings.set(original, (spellings.get(original) ?? 0) + 1);
      count('person', name, null, harmed);
    }
  }
  // A person's group is named as the user most often wrote them.
  for (const [name, tally] of tallies.get('person') ?? []) {
    const written = [...spelling.get(name)!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    tally.phrase = t('insights:situations.phrase.person', { name: written });
    tally.label = written;
  }

  const dimensions: PatternDimension[] = input.calendarKnown ? ['streak', 'day-load', 'time-of-day', 'size', 'series', 'person'] : ['time-of-day', 'person'];
  const groups: PatternGroup[] = dimensions.map((dimension) => {
    const all = [...(tallies.get(dimension) ?? new Map<string, Tally>()).entries()];
    const rows: PatternRow[] = [];
    let hidden = 0;
    for (const [key, tally] of all) {
      // People are compared with every other moment; the other groups with the rest of the period.
      const restMoments = total - tally.moments;
      const restHarmed = totalHarmed - tally.harmed;
      if (tally.moments < minimum || restMoments < minimum) {
        hidden++;
        continue;
      }
      const share = tally.harmed / tally.moments;
      const restShare = restHarmed / restMoments;
      const { low, high } = wilsonInterval(tally.harmed, tally.moments);
      rows.push({ key, phrase: tally.phrase, label: tally.label, moments: tally.moments, harmed: tally.harmed, share, low, high, restMoments, restHarmed, restShare, standsOut: restShare < low || restShare > high });
    }
    const order = (key: string) => (tallies.get(dimension)?.get(key)?.order ?? 0);
    rows.sort(dimension === 'person' ? (a, b) => b.moments - a.moments || a.label.localeCompare(b.label) : (a, b) => order(a.key) - order(b.key));
    if (dimension === 'person' && rows.length > PERSON_ROWS) {
      hidden += rows.length - PERSON_ROWS;
      rows.length = PERSON_ROWS;
    }
    return { dimension, title: t(TITLES[dimension]), rows, hidden };
  });

  return { since: new Date(input.fromMs).toISOString(), weeks: input.weeks, moments: total, harmed: totalHarmed, minimum, calendarKnown: input.calendarKnown, groups };
}
