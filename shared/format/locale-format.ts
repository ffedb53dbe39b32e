/**
 * The one place that turns dates, times, numbers, durations, relative times and lists
 * into text for people to read. Every function takes the locale (the OS's, handed to the
 * renderer by the main process) and, for instants, the IANA zone, so the same call gives the
 * same text in the main process, the renderer and the tests. A lint rule keeps Intl and
 * toLocale*String out of every other file, so a format cannot drift into a second style
 * ("9:30" on cards, "09:30" on Today).
 *
 * Calendar days ("YYYY-MM-DD") are formatted at noon UTC, so no zone moves them to a neighbour.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and lists format hundreds of rows: keep one per shape. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options.hour === 'numeric' ? { ...options, hour: hourDigits(locale) } : options);
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

const hourDigitsOf = new Map<string, 'numeric' | '2-digit'>();

/**
 * How the locale writes the hour in its own short time ("09:30" in en-GB and de-DE, "9:30 AM"
 * in en-US). Intl's `hour: 'numeric'` drops the zero in en-GB on its own but keeps it in a
 * range, which is how one screen read "9:30" and another "09:30".
 */
function hourDigits(locale: string): 'numeric' | '2-digit' {
  let digits = hourDigitsOf.get(locale);
  if (!digits) {
    const hour = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 0, 1, 7)).find((p) => p.type === 'hour');
    digits = hour?.value.length === 2 ? '2-digit' : 'numeric';
    hourDigitsOf.set(locale, digits);
  }
  return digits;
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const asDate = (instant: string | number | Date) => (instant instanceof Date ? instant : new Date(instant));

/**
 * The shapes of dates and times the app shows. `hour: 'numeric'` stands for the locale's own
 * hour (see hourDigits): "09:30" in en-GB and de-DE, "9:30 AM" in en-US, everywhere.
 */
const SHAPES = {
  time: { hour: 'numeric', minute: '2-digit' },
  /** "Saturday 21 November" */
  weekdayDayMonth: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "Saturday, 21 November 2026" */
  weekdayDayMonthYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "21 Nov" */
  dayMonthShort: { day: 'numeric', month: 'short' },
  /** "21 November" */
  dayMonth: { day: 'numeric', month: 'long' },
  /** "21 November 2026" */
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "Sat 21 Nov" */
  weekdayShortDayMonth: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "Sat 21 Nov, 09:30" */
  weekdayShortDayMonthTime: { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  /** "Sat 21 Nov 2026, 09:30" */
  weekdayShortDayMonthYearTime: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  /** "21 November 2026 at 09:30" */
  dayMonthYearTime: { dateStyle: 'long', timeStyle: 'short' },
  /** "Saturday 09:30" */
  weekdayTime: { weekday: 'long', hour: 'numeric', minute: '2-digit' },
  /** "Saturday" */
  weekday: { weekday: 'long' },
  /** "Nov 2026" */
  monthYearShort: { month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateShape = keyof typeof SHAPES;

/** An instant as seen in a zone, in one of the app's shapes. */
export function formatInstant(locale: string, instant: string | number | Date, timeZone: string, shape: DateShape): string {
  return dateFormat(locale, { ...SHAPES[shape], timeZone }).format(asDate(instant));
}

/** A calendar day ("YYYY-MM-DD"): the same text in every zone. */
export function formatDay(locale: string, day: string, shape: DateShape): string {
  return dateFormat(locale, { ...SHAPES[shape], timeZone: 'UTC' }).format(noon(day));
}

/** A month key ("YYYY-MM"). */
export function formatMonth(locale: string, month: string, shape: DateShape = 'monthYearShort'): string {
  return formatDay(locale, `${month}-15`, shape);
}

/** Clock time of an instant in a zone: "09:30" (en-GB, de-DE) or "9:30 AM" (en-US). */
export function formatTime(locale: string, instant: string | number | Date, timeZone: string): string {
  return formatInstant(locale, instant, timeZone, 'time');
}

/** "09:30–10:00" (en-GB) or "9:30 – 10:00 AM" (en-US): the locale decides what is repeated. */
export function formatTimeRange(locale: string, start: string, end: string, timeZone: string): string {
  const from = asDate(start);
  const to = asDate(end);
  if (to.getTime() < from.getTime()) return formatTime(locale, start, timeZone);
  return dateFormat(locale, { ...SHAPES.time, timeZone }).formatRange(from, to);
}

/** Two calendar days as a range: "16–22 Nov", "30 Nov – 6 Dec". */
export function formatDayRange(locale: string, from: string, to: string, shape: DateShape = 'dayMonthShort'): string {
  return dateFormat(locale, { ...SHAPES[shape], timeZone: 'UTC' }).formatRange(noon(from), noon(to));
}

/** A plain count or figure with the locale's grouping: "1,234" / "1.234". */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A share between 0 and 1: "40%" / "40 %". */
export function formatPercent(locale: string, rate: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** "0.4 KB", "12 KB", "1.4 MB" with the locale's decimal mark. */
export function formatByteSize(locale: string, bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 10) return formatNumber(locale, kb, { style: 'unit', unit: 'kilobyte', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (kb < 1024) return formatNumber(locale, Math.round(kb), { style: 'unit', unit: 'kilobyte' });
  return formatNumber(locale, kb / 1024, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A duration of whole minutes: "45 min", "1 hr, 5 min" / "1 Std., 5 Min.". */
export function formatDuration(locale: string, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const unit = (value: number, unit: 'hour' | 'minute') => formatNumber(locale, value, { style: 'unit', unit, unitDisplay: 'short' });
  if (hours === 0) return unit(rest, 'minute');
  if (rest === 0) return unit(hours, 'hour');
  return formatList(locale, [unit(hours, 'hour'), unit(rest, 'minute')], 'unit');
}

/** "yesterday", "3 days ago", "in 2 days" / "vor 3 Tagen". */
export function formatRelative(locale: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}

/** Whole calendar days from `today` to `day` (both "YYYY-MM-DD"): negative in the past. */
export function daysBetween(today: string, day: string): number {
  return Math.round((noon(day).getTime() - noon(today).getTime()) / 86_400_000);
}

/** "Sam, Alex and Kim" / "Sam, Alex und Kim". */
export function formatList(locale: string, items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: type === 'unit' ? 'narrow' : 'long', type }).format(items);
}

/** The locale Intl settles on for a tag (unknown or malformed tags fall back to the default), e.g. "en-GB". */
export function resolveLocale(tag: string | null | undefined, fallback = 'en-US'): string {
  if (!tag) return fallback;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A tag in its canonical form ("en-gb" → "en-GB"), or the fallback when it is missing or
 * malformed. Unlike `resolveLocale` it does not ask which locales Intl has data for: that
 * question loads the locale data (40–50 ms in a fresh window), which a window should pay only
 * when it first formats something, not before its first control. For tags that already come
 * from a resolved source (the main process's answer, the browser's own language).
 */
export function canonicalLocale(tag: string | null | undefined, fallback = 'en-US'): string {
  if (!tag) return fallback;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** The IANA zone this runtime shows local times in (the OS's zone in the renderer). */
export function localTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
