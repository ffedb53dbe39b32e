import { IANA_ALIAS_MAP, findIana } from 'windows-iana';
import { PREFERRED_ZONES, canonicalZone, fixedOffsetZone, offsetMs, remember, zoneFromObservances } from './zones';

/**
 * TZID values as calendar files really write them, to a zone the runtime knows: IANA ids, old
 * Lightning/libical paths, Windows ids, Windows display names ("(UTC-05:00) Eastern Time (US &
 * Canada)", "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"), and bare offsets ("GMT+0530",
 * "GMT-05.00/-04.00"). A label is read for the place it names first, so a zone with daylight
 * time keeps it; only a bare offset becomes a zone with that constant offset.
 */

/** "(UTC+05:30) Rest", "GMT-05.00/-04.00", "UTC+0530", "(UTC) Dublin": sign, hours, minutes, rest. */
const OFFSET_LABEL = /^\(?\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?:[:.]?(\d{2}))?)?\s*\)?\s*(.*)$/i;
const BARE_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
/** The daylight half of "GMT-05.00/-04.00" or "GMT +0100 (Standard) / GMT +0200 (Daylight)". */
const SECOND_OFFSET = /\/\s*(?:\(?\s*(?:UTC|GMT)\s*)?([+-])\s*(\d{1,2})(?:[:.]?(\d{2}))?/i;

/** Windows display names whose Windows id cannot be derived from the words ("Eastern Time" → "Eastern Standard Time"). */
const DISPLAY_NAME_IDS: Record<string, string> = {
  alaska: 'Alaskan Standard Time',
  'aleutian islands': 'Aleutian Standard Time',
  arizona: 'US Mountain Standard Time',
  'baja california': 'Pacific Standard Time (Mexico)',
  brasilia: 'E. South America Standard Time',
  hawaii: 'Hawaiian Standard Time',
  'indiana (east)': 'US Eastern Standard Time',
  saskatchewan: 'Canada Central Standard Time',
  'sri jayawardenepura': 'Sri Lanka Standard Time',
  'western/central europe': 'W. Europe Standard Time',
  yukon: 'Yukon Standard Time',
};

interface LabelParts {
  /** Minutes east of UTC, null when the label has no offset. */
  offset: number | null;
  daylightOffset: number | null;
  rest: string;
}

function minutesOf(sign: string | undefined, hours: string | undefined, minutes: string | undefined): number | null {
  if (sign === undefined || hours === undefined) return null;
  const h = Number(hours);
  const m = Number(minutes ?? '0');
  if (h > 14 || m > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

function labelParts(name: string): LabelParts | null {
  const bare = BARE_OFFSET.exec(name);
  if (bare) return { offset: minutesOf(bare[1], bare[2], bare[3]), daylightOffset: null, rest: '' };
  const match = OFFSET_LABEL.exec(name);
  if (!match) return null;
  const rest = (match[4] ?? '').trim();
  const second = SECOND_OFFSET.exec(rest);
  return { offset: minutesOf(match[1], match[2], match[3]) ?? (match[1] === undefined ? 0 : null), daylightOffset: second ? minutesOf(second[1], second[2], second[3]) : null, rest: second ? '' : rest };
}

const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** "Eastern Time (US & Canada)" → Windows ids worth trying: the table, "Eastern Standard Time", "Newfoundland Standard Time". */
function zoneFromDisplayName(rest: string): string | null {
  const plain = rest.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const candidates = [DISPLAY_NAME_IDS[normalise(rest)], DISPLAY_NAME_IDS[normalise(plain)], plain.replace(/\bTime$/i, 'Standard Time'), `${plain} Standard Time`];
  for (const candidate of candidates) {
    const iana = candidate ? findIana(candidate)[0] : undefined;
    const zone = iana && canonicalZone(iana);
    if (zone) return zone;
  }
  return null;
}

/** Renamed zones that the runtime lists under their old names only (Kiev, Rangoon...). */
const NEWER_SPELLINGS = ['Europe/Kyiv', 'America/Nuuk', 'Asia/Ho_Chi_Minh', 'Asia/Yangon', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Kanton'].filter((zone) => canonicalZone(zone) !== null);

let zonesByCity: Map<string, string> | undefined;

/** Cities of IANA ids, of their old and new spellings (Calcutta, Kolkata) and of CLDR's descriptions. */
function cityIndex(): Map<string, string> {
  if (zonesByCity) return zonesByCity;
  const index = new Map<string, string>();
  const add = (city: string, zone: string): void => {
    const key = normalise(city).replace(/[\s_]+/g, ' ');
    if (key !== '' && !index.has(key)) index.set(key, zone);
  };
  for (const zone of [...Intl.supportedValuesOf('timeZone'), ...NEWER_SPELLINGS]) add(zone.slice(zone.lastIndexOf('/') + 1), canonicalZone(zone) ?? zone);
  for (const entry of IANA_ALIAS_MAP) {
    const zone = entry.alias.map((alias) => canonicalZone(alias)).find((found) => found !== null);
    if (!zone) continue;
    for (const alias of entry.alias) add(alias.slice(alias.lastIndexOf('/') + 1), zone);
    add(entry.description.split(',')[0] ?? '', zone);
  }
  zonesByCity = index;
  return index;
}

/** "Amsterdam, Berlin, Bern" or "Chennai, Kolkata, Mumbai, New Delhi" → the first city that names a zone. */
function zoneFromCityList(rest: string): string | null {
  const index = cityIndex();
  for (const city of rest.split(/[,/;]/)) {
    const zone = index.get(normalise(city).replace(/[\s_]+/g, ' '));
    if (zone) return zone;
  }
  return null;
}

const constantCache = new Map<number, string>();

/**
 * A zone keeping this offset all year: Etc/GMT±h for whole hours, else a real zone that has it
 * (+05:30 → Asia/Kolkata, +05:45 → Asia/Kathmandu) so node-ical can repeat in it; else "+hh:mm".
 */
export function constantOffsetZone(minutes: number): string {
  const cached = constantCache.get(minutes);
  if (cached) return cached;
  let found = minutes % 60 === 0 ? fixedOffsetZone(minutes) : null;
  if (!found) {
    const year = new Date().getUTCFullYear();
    const january = Date.UTC(year, 0, 15, 12);
    const july = Date.UTC(year, 6, 15, 12);
    const wanted = minutes * 60_000;
    found = [...PREFERRED_ZONES, ...Intl.supportedValuesOf('timeZone')].find((zone) => offsetMs(zone, january) === wanted && offsetMs(zone, july) === wanted) ?? null;
  }
  const zone = canonicalZone(found ?? fixedOffsetZone(minutes)) ?? 'UTC';
  constantCache.set(minutes, zone);
  return zone;
}

/** Names that say which zone they mean: IANA ids, tz paths, "Z", Windows ids and display names. */
function resolveWellKnownName(name: string): string | null {
  if (name === '') return null;
  if (name.toUpperCase() === 'Z') return 'UTC';
  if (!BARE_OFFSET.test(name)) {
    const direct = canonicalZone(name);
    if (direct) return direct;
  }
  // Old Lightning/libical exports: "/mozilla.org/20070129_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/America/New_York".
  if (name.includes('/')) {
    const parts = name.split('/').filter((part) => part !== '');
    for (let take = Math.min(3, parts.length); take >= 2; take--) {
      const zone = canonicalZone(parts.slice(-take).join('/'));
      if (zone) return zone;
    }
  }
  const windows = findIana(name)[0];
  if (windows) return canonicalZone(windows);
  // RFC 2445's examples and libical write "US-Eastern" for the IANA alias "US/Eastern".
  const dashed = /^([A-Za-z]+)-([A-Za-z_]+)$/.exec(name);
  const alias = dashed ? canonicalZone(`${dashed[1]}/${dashed[2]}`) : null;
  if (alias) return alias;
  const rest = labelParts(name)?.rest ?? name;
  return rest === '' ? null : (zoneFromDisplayName(rest) ?? zoneFromCityList(rest));
}

/** Only offsets: a standard/daylight pair is matched to a zone observing both, a single one kept constant. */
function zoneFromOffsets(name: string): string | null {
  const parts = labelParts(name);
  if (!parts || parts.offset === null) return null;
  if (parts.daylightOffset !== null && parts.daylightOffset !== parts.offset) return zoneFromObservances(parts.offset, parts.daylightOffset, new Date().getUTCFullYear());
  return constantOffsetZone(parts.offset);
}

const wellKnownCache = new Map<string, string | null>();

export function unquote(value: string): string {
  return value.trim().replace(/^"(.*)"$/, '$1').trim();
}

/**
 * A TZID value to a zone the runtime knows: a known name or label first, then the file's own
 * VTIMEZONE definition (`fromDefinition`), then the offsets the label gives. Null when nothing fits.
 */
export function resolveZoneName(raw: string, fromDefinition?: (name: string) => string | null): string | null {
  let zone = wellKnownCache.get(raw);
  if (zone === undefined) zone = remember(wellKnownCache, raw, resolveWellKnownName(unquote(raw)));
  if (zone) return zone;
  const name = unquote(raw);
  return fromDefinition?.(name) ?? zoneFromOffsets(name);
}
