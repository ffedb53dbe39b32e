import ical from 'node-ical';
import { buildModel } from './build-model';
import type { CalendarWarning } from './errors';
import { pushWarning } from './errors';
import type { ParsedCalendar } from './model';
import type { PreparedCalendar } from './prepare';
import { prepareCalendar } from './prepare';
import { DAY_MS, canonicalZone, systemTimeZone } from './zones';

export interface ParseOptions {
  /** IANA zone for floating times and all-day dates when the calendar names none. Default: the system's. */
  timeZone?: string;
  /**
   * Read only the events that can touch this period (recurring series are always kept unless
   * they ended before it). Makes huge calendars cheap; expanding outside it is then refused.
   */
  window?: { from: Date; to: Date };
}

/** The expensive half: text → model, once per download. */
export function parseCalendar(icsText: string, options: ParseOptions = {}): ParsedCalendar {
  const timeZone = resolveTimeZoneOption(options.timeZone);
  const window = options.window ? toMsRange(options.window) : undefined;
  // Two days of slack on each side cover every UTC offset and the day an event ends.
  const windowDays = window ? { from: Math.floor(window.from / DAY_MS) - 2, to: Math.floor(window.to / DAY_MS) + 2 } : undefined;
  const prepared = prepareCalendar(icsText, { timeZone, ...(windowDays ? { windowDays } : {}) });
  const data = parseWithNodeIcal(prepared);
  const parsed = buildModel(data, prepared.details, timeZone, prepared.floatZone, prepared.warnings);
  return window ? { ...parsed, window } : parsed;
}

export function resolveTimeZoneOption(timeZone: string | undefined): string {
  if (timeZone === undefined) return systemTimeZone();
  const zone = canonicalZone(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as "Europe/Berlin".`);
  return zone;
}

export function toMsRange(range: { from: Date; to: Date }): { from: number; to: number } {
  const from = range.from instanceof Date ? range.from.getTime() : Number.NaN;
  const to = range.to instanceof Date ? range.to.getTime() : Number.NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('The range needs two valid dates.');
  if (from > to) throw new RangeError('The range starts after it ends.');
  return { from, to };
}

const wrap = (events: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\n');

/**
 * node-ical reads the prepared text in one go. If it still throws on something the prepass let
 * through, each UID (a series with its overrides) is read on its own and only the bad one is lost.
 */
function parseWithNodeIcal(prepared: PreparedCalendar): unknown[] {
  try {
    return Object.values(ical.sync.parseICS(wrap(prepared.events.map((event) => event.text))));
  } catch {
    return parseEachUid(prepared, prepared.warnings);
  }
}

function parseEachUid(prepared: PreparedCalendar, warnings: CalendarWarning[]): unknown[] {
  const groups = new Map<string, string[]>();
  for (const event of prepared.events) {
    const group = groups.get(event.uid);
    if (group) group.push(event.text);
    else groups.set(event.uid, [event.text]);
  }
  // A list, not an object: a hostile UID such as "__proto__" must stay an ordinary value.
  const merged: unknown[] = [];
  for (const [uid, texts] of groups) {
    try {
      merged.push(...Object.values(ical.sync.parseICS(wrap(texts))));
    } catch {
      pushWarning(warnings, { code: 'event-skipped', uid, message: 'An event that could not be read was skipped.' });
    }
  }
  return merged;
}
