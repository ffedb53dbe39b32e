import ical from 'node-ical';
import { expandOccurrences, expandParsed, parseCalendar } from '../../electron/services/calendar';
import { collectGarbage, median, report } from './report';

/**
 * Calendar engine benchmark on a generated 5,000-event calendar: 500 recurring series (weekly,
 * fortnightly, daily, weekly with UNTIL, monthly) each with 2 EXDATEs and 3 overrides (moved,
 * retitled, cancelled), plus 3,000 single events (all-day, cancelled, free, DURATION), in
 * IANA and Windows zones, Google-style header (X-WR-TIMEZONE + VTIMEZONE), folded lines.
 * The week measured spans Europe's DST change (29 March 2026).
 */
export const BENCH_WEEK = { from: new Date('2026-03-23T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z') };

const SERIES_ZONES = ['Europe/Berlin', 'America/Los_Angeles', 'America/New_York', 'Asia/Kolkata', 'W. Europe Standard Time', 'Pacific Standard Time'];
const SINGLE_ZONES = [...SERIES_ZONES, 'UTC'];
const DAY = 86_400_000;

/** Deterministic PRNG (mulberry32): every run benches the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** Wall-clock times are carried in Date's UTC fields. */
const stamp = (wall: Date): string => `${wall.getUTCFullYear()}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}00`;
const dateProperty = (name: string, zone: string, wall: Date): string => (zone === 'UTC' ? `${name}:${stamp(wall)}Z` : `${name};TZID=${zone}:${stamp(wall)}`);

/** Folds at 75 characters like calendar servers do. */
function fold(line: string): string {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let index = 75; index < line.length; index += 74) parts.push(` ${line.slice(index, index + 74)}`);
  return parts.join('\r\n');
}

const HEADER = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Bench', 'X-WR-TIMEZONE:Europe/Berlin',
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

export function generateBenchCalendar(): string {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const out: string[] = [...HEADER];
  const people = (count: number): string[] => {
    const lines = ['ORGANIZER;CN=Alex Manager:mailto:alex@example.com'];
    for (let i = 0; i < count; i++) {
      const partstat = pick(['ACCEPTED', 'TENTATIVE', 'NEEDS-ACTION', 'DECLINED']);
      lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};CN=Person ${i};X-NUM-GUESTS=0:mailto:p${Math.floor(next() * 200)}@example.com`);
    }
    return lines;
  };
  const event = (lines: string[]): void => {
    out.push('BEGIN:VEVENT', 'DTSTAMP:20260301T000000Z', ...lines, 'END:VEVENT');
  };

  for (let s = 0; s < 500; s++) {
    const zone = pick(SERIES_ZONES);
    const start = new Date(Date.UTC(2024, 0, 1 + Math.floor(next() * 800), 8 + Math.floor(next() * 9), pick([0, 30])));
    const length = pick([30, 45, 60]) * 60_000;
    const kind = s % 5;
    const rule = ['FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=DAILY', 'FREQ=WEEKLY;UNTIL=20270101T000000Z', `FREQ=MONTHLY;BYMONTHDAY=${Math.min(start.getUTCDate(), 28)}`][kind]!;
    if (kind === 4) start.setUTCDate(Math.min(start.getUTCDate(), 28));
    // Instance k of the series, as a wall-clock time (every rule here has one at these steps).
    const instance = (k: number): Date =>
      kind === 4 ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes())) : new Date(start.getTime() + k * (kind === 1 ? 14 : 7) * DAY);
    const stepDays = kind === 4 ? 30.44 : kind === 1 ? 14 : 7;
    const nearBench = Math.max(2, Math.floor((BENCH_WEEK.from.getTime() - start.getTime()) / (stepDays * DAY)));
    const uid = `UID:series-${s}@bench.touchpoint`;
    event([
      uid, `SUMMARY:Series ${s} sync`, dateProperty('DTSTART', zone, start), dateProperty('DTEND', zone, new Date(start.getTime() + length)), `RRULE:${rule}`,
      dateProperty('EXDATE', zone, instance(nearBench + 1)), dateProperty('EXDATE', zone, instance(1)),
      fold(`DESCRIPTION:Recurring meeting ${s}.\\nAgenda: updates\\, blockers\\, next steps. Join: https://meet.example.com/${s}-abc-defg`),
      ...people(1 + (s % 4)).map(fold),
    ]);
    const override = (k: number, shiftMs: number, lines: string[]): void => {
      const original = instance(k);
      const moved = new Date(original.getTime() + shiftMs);
      event([uid, dateProperty('RECURRENCE-ID', zone, original), dateProperty('DTSTART', zone, moved), dateProperty('DTEND', zone, new Date(moved.getTime() + length)), ...lines]);
    };
    override(nearBench, 26 * 3_600_000, [`SUMMARY:Series ${s} sync (moved)`, 'SEQUENCE:1', ...people(2).map(fold)]);
    override(nearBench - 1, 0, [`SUMMARY:Series ${s} retro`, 'SEQUENCE:1']);
    override(nearBench + 2, 0, [`SUMMARY:Series ${s} sync`, 'STATUS:CANCELLED', 'SEQUENCE:2']);
  }

  for (let e = 0; e < 3000; e++) {
    const zone = pick(SINGLE_ZONES);
    const start = new Date(Date.UTC(2025, 6, 1 + Math.floor(next() * 540), 7 + Math.floor(next() * 11), pick([0, 15, 30, 45])));
    const lines = [`UID:single-${e}@bench.touchpoint`, `SUMMARY:One-off ${e}\\, with notes`];
    if (e % 10 === 0) {
      lines.push(`DTSTART;VALUE=DATE:${stamp(start).slice(0, 8)}`, `DTEND;VALUE=DATE:${stamp(new Date(start.getTime() + DAY)).slice(0, 8)}`, 'TRANSP:TRANSPARENT');
    } else {
      lines.push(dateProperty('DTSTART', zone, start), e % 3 === 0 ? 'DURATION:PT45M' : dateProperty('DTEND', zone, new Date(start.getTime() + 3_600_000)));
    }
    if (e % 17 === 0) lines.push('STATUS:CANCELLED');
    lines.push('LOCATION:Room 4\\; 2nd floor', fold(`DESCRIPTION:Notes for one-off ${e}: a longer description that calendar servers fold across lines\\nwith escaped newlines and commas\\, too.`), ...people(e % 3).map(fold));
    event(lines);
  }
  out.push('END:VCALENDAR', '');
  return out.join('\r\n');
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** node-ical used directly, as documented: parse, then expandRecurringEvent per VEVENT. */
function nodeIcalWeek(text: string): number {
  let count = 0;
  for (const component of Object.values(ical.sync.parseICS(text))) {
    if (component?.type !== 'VEVENT') continue;
    count += ical.expandRecurringEvent(component, { from: BENCH_WEEK.from, to: BENCH_WEEK.to, expandOngoing: true }).length;
  }
  return count;
}

/** Median of `runs` timed runs after 3 warm-up runs; `collect` clears garbage between runs (untimed). */
async function measure(run: () => unknown, runs: number, collect: boolean): Promise<number> {
  for (let warm = 0; warm < 3; warm++) run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    if (collect) collectGarbage();
    samples.push(time(run));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return median(samples);
}

export async function runCalendarBench(): Promise<void> {
  const baselineRss = process.memoryUsage().rss / 1024 / 1024;
  const text = generateBenchCalendar();
  const options = { timeZone: 'UTC' };
  const ours = (): number => expandOccurrences(text, BENCH_WEEK, options).length;
  const oursFull = (): number => expandParsed(parseCalendar(text, options), BENCH_WEEK).length;

  // Our engine first, so its peak memory is measured before node-ical's objects exist.
  // Garbage is collected between parse runs so peak RSS reflects one parse, not nine.
  const oursMs = await measure(ours, 9, true);
  const fullMs = await measure(oursFull, 9, true);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const parsed = parseCalendar(text, options);
  const reexpandMs = await measure(() => expandParsed(parsed, BENCH_WEEK), 21, false);
  collectGarbage();
  const parsedHeap = process.memoryUsage().heapUsed - heapBefore;
  const peakRss = process.resourceUsage().maxRSS / 1024;
  const nodeIcalMs = await measure(() => nodeIcalWeek(text), 9, true);

  const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
  console.log(`# calendar: ${events} events, ${(text.length / 1024 / 1024).toFixed(1)} MB, week of ${BENCH_WEEK.from.toISOString().slice(0, 10)}`);
  console.log(`# calendar: occurrences in the week: ours ${ours()}, node-ical ${nodeIcalWeek(text)} (node-ical also counts events that end exactly at the start)`);
  console.log(`# calendar: process RSS before the bench ${baselineRss.toFixed(0)} MB`);

  report('calendar.parse_expand_week.ours', oursMs, 'ms');
  report('calendar.parse_expand_week.node_ical', nodeIcalMs, 'ms');
  report('calendar.parse_expand_week.ratio', oursMs / nodeIcalMs, 'x');
  report('calendar.parse_full_expand_week.ours', fullMs, 'ms');
  report('calendar.reexpand_week.ours', reexpandMs, 'ms');
  report('calendar.peak_rss', peakRss, 'MB');
  report('calendar.parsed_heap', parsedHeap / 1024 / 1024, 'MB');
  // Keeps `parsed` alive until after the heap reading above.
  if (expandParsed(parsed, BENCH_WEEK).length === 0) console.log('# calendar: empty week?');
}
