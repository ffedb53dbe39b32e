import { tzOffset } from '@date-fns/tz';

/**
 * Time-zone arithmetic on epoch milliseconds, independent of the process zone (TZ). Offsets come
 * from the runtime's tz database via @date-fns/tz. Zone names as files write them: zone-names.ts.
 */

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Zone names come from untrusted files: caches keyed by them are emptied when they grow large. */
const MAX_NAME_CACHE = 5_000;

export function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_NAME_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

const canonicalCache = new Map<string, string | null>();

/** The canonical IANA id for a zone name the runtime knows ("europe/berlin" → "Europe/Berlin"), else null. */
export function canonicalZone(name: string): string | null {
  if (name.charCodeAt(0) === 126) return readCanonicalZone(name);
  const cached = canonicalCache.get(name);
  if (cached !== undefined) return cached;
  return remember(canonicalCache, name, readCanonicalZone(name));
}

const customZones = new Map<string, (epochMs: number) => number>();
/** Distinct private definitions kept for the process; past that the IANA match is used. */
const MAX_CUSTOM_ZONES = 1_000;

/**
 * Registers the offsets of a VTIMEZONE (see vtimezone.ts) under a name made from its content,
 * so the same definition in the next download is the same zone. Null when too many are known.
 */
export function registerCustomZone(contentKey: string, offsets: (epochMs: number) => number): string | null {
  let hash = 0x811c9dc5;
  for (let index = 0; index < contentKey.length; index++) hash = Math.imul(hash ^ contentKey.charCodeAt(index), 0x01000193) >>> 0;
  const name = `~vtimezone-${hash.toString(16)}-${contentKey.length}`;
  if (customZones.has(name)) return name;
  if (customZones.size >= MAX_CUSTOM_ZONES) return null;
  customZones.set(name, offsets);
  return name;
}

function readCanonicalZone(name: string): string | null {
  if (name.charCodeAt(0) === 126) return customZones.has(name) ? name : null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null; // RangeError: not a zone this runtime knows
  }
}

export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const offsetCache = new Map<string, Map<number, number>>();
let offsetCacheSize = 0;

/**
 * UTC offset of `zone` at an instant, in ms. Intl is slow (~2 µs a call), and a calendar asks
 * about the same few days thousands of times, so days whose offset is the same at both ends
 * (no DST change that day) are remembered.
 */
export function offsetMs(zone: string, epochMs: number): number {
  if (zone.charCodeAt(0) === 126) return customZones.get(zone)?.(epochMs) ?? 0; // '~': a file's own VTIMEZONE
  const day = Math.floor(epochMs / DAY_MS);
  let days = offsetCache.get(zone);
  const cached = days?.get(day);
  if (cached !== undefined) return cached;
  const offset = tzOffset(zone, new Date(epochMs)) * MINUTE_MS;
  if (tzOffset(zone, new Date(day * DAY_MS)) * MINUTE_MS === offset && tzOffset(zone, new Date(day * DAY_MS + DAY_MS - 1)) * MINUTE_MS === offset) {
    if (offsetCacheSize > 200_000) {
      offsetCache.clear();
      offsetCacheSize = 0;
    }
    if (!days) offsetCache.set(zone, (days = new Map<number, number>()));
    days.set(day, offset);
    offsetCacheSize++;
  }
  return offset;
}

/**
 * The instant a wall-clock time names in `zone`, with RFC 5545's rules for DST changes: a time
 * in a gap is read with the offset before the gap (02:30 → 03:30 summer time), a repeated time
 * means its first occurrence.
 */
export function wallToInstant(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetMs(zone, asUtc - DAY_MS);
  const after = offsetMs(zone, asUtc + DAY_MS);
  // The larger offset gives the earlier instant: try it first so a repeated hour resolves to its first pass.
  for (const offset of before === after ? [before] : [Math.max(before, after), Math.min(before, after)]) {
    const candidate = asUtc - offset;
    if (offsetMs(zone, candidate) === offset) return candidate;
  }
  return asUtc - before;
}

export function instantToWall(epochMs: number, zone: string): WallTime {
  const local = new Date(zone === 'UTC' ? epochMs : epochMs + offsetMs(zone, epochMs));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Days since 1970-01-01 of a calendar date: how all-day dates are kept, free of any zone. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dayNumberInZone(epochMs: number, zone: string): number {
  return Math.floor((epochMs + offsetMs(zone, epochMs)) / DAY_MS);
}

/** The instant a calendar day begins in `zone` (not always 00:00 where DST starts at midnight). */
export function startOfDayInZone(day: number, zone: string): number {
  const date = new Date(day * DAY_MS);
  return wallToInstant({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0, second: 0 }, zone);
}

export function dayNumberToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `YYYYMMDDTHHMMSS`, the iCalendar form of a wall-clock time. */
export function formatWallTime(wall: WallTime): string {
  return `${wall.year}${pad2(wall.month)}${pad2(wall.day)}T${pad2(wall.hour)}${pad2(wall.minute)}${pad2(wall.second)}`;
}

/** "+05:30" and other offset-only zones, and a file's own VTIMEZONE rules: zones node-ical cannot take. */
export function isEngineOnlyZone(zone: string): boolean {
  return zone.startsWith('+') || zone.startsWith('-') || zone.startsWith('~');
}

/** A zone with a constant offset: Etc/GMT±h for whole hours (sign inverted by POSIX), else "+05:45". */
export function fixedOffsetZone(minutes: number): string {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Zones tried first when matching a VTIMEZONE by its offsets, so the usual answer is the familiar one. */
export const PREFERRED_ZONES = [
  'Europe/Berlin', 'Europe/London', 'Europe/Helsinki', 'Europe/Moscow', 'America/New_York', 'America/Chicago',
  'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Halifax',
  'America/St_Johns', 'America/Sao_Paulo', 'America/Mexico_City', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Dubai',
  'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Sydney', 'Australia/Adelaide',
  'Australia/Brisbane', 'Australia/Perth', 'Pacific/Auckland', 'Africa/Johannesburg', 'Africa/Lagos', 'Asia/Jerusalem',
];

const observanceCache = new Map<string, string>();

/**
 * The zone a VTIMEZONE describes, from its current standard and daylight offsets (minutes east
 * of UTC): a zone whose January and July offsets are exactly those two. Outlook's "Customized
 * Time Zone" and other private names only come with such a definition.
 */
export function zoneFromObservances(standard: number, daylight: number | null, year: number): string {
  if (daylight === null || daylight === standard) return canonicalZone(fixedOffsetZone(standard)) ?? 'UTC';
  const key = `${standard}|${daylight}|${year}`;
  const cached = observanceCache.get(key);
  if (cached) return cached;
  const january = Date.UTC(year, 0, 15, 12);
  const july = Date.UTC(year, 6, 15, 12);
  const wanted = new Set([standard * MINUTE_MS, daylight * MINUTE_MS]);
  let found: string | null = null;
  for (const zone of [...PREFERRED_ZONES, ...Intl.supportedValuesOf('timeZone')]) {
    const jan = offsetMs(zone, january);
    const jul = offsetMs(zone, july);
    if (jan !== jul && wanted.has(jan) && wanted.has(jul)) {
      found = zone;
      break;
    }
  }
  // No zone observes that pair: the standard offset is right for most of the year.
  const result = found ?? canonicalZone(fixedOffsetZone(standard)) ?? 'UTC';
  remember(observanceCache, key, result);
  return result;
}
