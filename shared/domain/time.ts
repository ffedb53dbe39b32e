import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';

/**
 * Time helpers shared by main and renderer. Instants are ISO 8601 UTC strings; days are
 * bucketed in the user's IANA zone, so "today" means the user's today even when the
 * process runs in another zone.
 */
const dayKeyFormatters = new Map<string, Intl.DateTimeFormat>();

function dayKeyFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayKeyFormatters.get(timeZone);
  if (!f) {
    // en-CA formats dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayKeyFormatters.set(timeZone, f);
  }
  return f;
}

/** The calendar day (YYYY-MM-DD) of an instant as seen in `timeZone`. */
export function dayKey(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return dayKeyFormatter(timeZone).format(date);
}

/**
 * Zones this runtime accepted. Asking Intl costs tens of microseconds, and every stored record's
 * zone is checked when the history loads (a hundred thousand times), and a log uses a handful of
 * zones. Intl also accepts other spellings ("europe/berlin", offsets), so the memory is capped;
 * rejected names are not kept.
 */
const knownZones = new Set<string>();
const KNOWN_ZONES_KEPT = 1000;

export function isValidTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  if (knownZones.size < KNOWN_ZONES_KEPT) knownZones.add(timeZone);
  return true;
}

/** An IANA zone this runtime knows: a record with any other could not be shown, exported or put on a day. */

/** Month bucket (YYYY-MM, UTC) used to partition stored records. */
export function utcMonthKey(instant: string): string {
  return instant.slice(0, 7);
}

/**
 * "YYYY-MM-DDTHH:mm" wall-clock time of an instant in a zone (the value of an <input type=datetime-local>).
 * lightFormat: digits only, so no locale data comes with it (format's is 18 KB in a window's start-up).
 */
export function toWallTime(instant: string, timeZone: string): string {
  return lightFormat(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant (ISO UTC) at which the clocks in `timeZone` show `wallTime`. A wall time in a
 * spring-forward gap does not exist; it is moved forward by the gap, as clocks do. One that
 * happens twice (fall-back overlap) gives the earlier instant.
 */
export function fromWallTime(wallTime: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!match) throw new Error(`Not a wall time: ${wallTime}`);
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  let instant = new TZDate(y, mo - 1, d, h, mi, timeZone).getTime();
  // In a fall-back overlap the wall time happens twice; TZDate's pick depends on the process
  // zone, so settle on the earlier one explicitly.
  for (const back of [3_600_000, 1_800_000]) {
    if (toWallTime(new Date(instant - back).toISOString(), timeZone) === wallTime) {
      instant -= back;
      break;
    }
  }
  return new Date(instant).toISOString();
}
