import { weekSpan } from '../../../shared/domain/insights-weeks';
import { isValidTimeZone } from '../../../shared/domain/time';

const DAY_MS = 86_400_000;

/**
 * Places instants into a run of consecutive weeks, each week read in a given zone. The week
 * boundaries (Monday 00:00 local) are worked out once per zone and found by binary search,
 * so bucketing 100,000 records costs no date formatting per record.
 */
export class WeekBuckets {
  private readonly boundaries = new Map<string, number[]>();
  private readonly validZones = new Map<string, boolean>();

  /**
   * @param weeks Mondays, oldest first, consecutive.
   * @param defaultZone used for records without a zone, or with one this system does not know.
   */
  constructor(
    readonly weeks: readonly string[],
    readonly defaultZone: string,
  ) {
    if (weeks.length === 0) throw new Error('WeekBuckets needs at least one week');
  }

  get length(): number {
    return this.weeks.length;
  }

  /**
   * A safe lower bound for a newest-first scan: no record older than this can fall in any
   * week, whatever its zone (offsets reach from -12 to +14 hours; two days covers them all).
   */
  get scanFloorMs(): number {
    return this.boundariesFor(this.defaultZone)[0]! - 2 * DAY_MS;
  }

  /** The index of the week `ms` falls in, read in `zone`; -1 when outside every week. */
  indexOf(ms: number, zone: string = this.defaultZone): number {
    return slotOf(this.boundariesFor(zone), ms);
  }

  /** [from, to) of week `index` in `zone`, in milliseconds. */
  spanMs(index: number, zone: string = this.defaultZone): { from: number; to: number } {
    const b = this.boundariesFor(zone);
    return { from: b[index]!, to: b[index + 1]! };
  }

  private boundariesFor(zone: string): number[] {
    const known = this.boundaries.get(zone);
    if (known) return known;
    let valid = this.validZones.get(zone);
    if (valid === undefined) {
      valid = isValidTimeZone(zone);
      this.validZones.set(zone, valid);
    }
    if (!valid) return this.boundariesFor(zone === this.defaultZone ? 'UTC' : this.defaultZone);
    const list = this.weeks.map((monday) => Date.parse(weekSpan(monday, zone).from));
    list.push(Date.parse(weekSpan(this.weeks[this.weeks.length - 1]!, zone).to));
    this.boundaries.set(zone, list);
    return list;
  }
}

/**
 * The slot `ms` falls in between sorted boundaries: i where b[i] <= ms < b[i + 1]; -1 before the
 * first boundary, at or after the last, or for NaN. Binary search: weeks and days of a long period.
 */
export function slotOf(b: readonly number[], ms: number): number {
  if (!(ms >= b[0]!) || ms >= b[b.length - 1]!) return -1;
  let lo = 0;
  let hi = b.length - 1;
  // Invariant: b[lo] <= ms < b[hi].
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (b[mid]! <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}
