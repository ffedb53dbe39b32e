/**
 * Insights over five years of heavy use: 100,000 moments, 15,600 meetings in the calendar
 * (60 weekly series), ~25,000 check-ins and ~31,000 prompt outcomes, seeded as the store's
 * own files and opened with the real services. Measured through the IPC dispatcher (input
 * validation, the real calendar expansion, everything the page waits for), each figure the
 * median of several runs, next to a naive baseline that buckets every record with a date
 * formatter and matches each calendar person against the whole log.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Meeting } from '../../shared/domain/calendar';
import type { CheckIn } from '../../shared/domain/checkin';
import { weekOf, weeksEndingWith } from '../../shared/domain/insights-weeks';
import type { Moment } from '../../shared/domain/moment';
import { nameMatchesAttendee, normaliseEmail } from '../../shared/domain/people';
import { BUILDER_TAGS, DAMAGER_TAGS, TAG_IDS } from '../../shared/domain/tags';
import type { StoredOutcome } from '../../electron/services/coach/coach-service';
import { PATTERN_WEEKS } from '../../shared/domain/harm-patterns';
import { dayKey, toWallTime } from '../../shared/domain/time';
import { computeHarmPatterns } from '../../electron/services/insights/harm-patterns';
import { computeTrend } from '../../electron/services/insights/trend';
import { WeekBuckets } from '../../electron/services/insights/week-buckets';
import { CURRENT_SCHEMA_VERSION } from '../../electron/services/storage/migrations';
import { FakeClock } from '../support/fake-clock';
import { closeAllServices, startServices } from '../support/services';
import { makeTempDir } from '../support/temp-dir';
import { median, report } from './report';

const NOW = '2026-11-21T09:30:00.000Z';
const ZONE = 'Europe/Berlin';
const YEARS = 5;
const MOMENTS = 100_000;
const SERIES = 60;
const RUNS = 15;
const DAY = 86_400_000;

const FIRST = ['Sam', 'Priya', 'Alex', 'Jordan', 'Mei', 'Tomás', 'Aisha', 'Lars', 'Noor', 'Kofi', 'Ines', 'Ravi', 'Hana', 'Oskar', 'Zoe'];
const LAST = ['Rivera', 'Nair', 'Chen', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Silva', 'Novak'];
const PEOPLE = FIRST.flatMap((f) => LAST.map((l) => ({ name: `${f} ${l}`, email: `${f.toLowerCase()}.${l.toLowerCase()}@acme.test` }))); // 150

/** Deterministic PRNG (mulberry32). */
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

interface Seed {
  moments: Moment[];
  checkIns: CheckIn[];
  outcomes: StoredOutcome[];
  ics: string;
}

function generate(): Seed {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const end = Date.parse(NOW);
  const start = end - YEARS * 365 * DAY;
  const iso = (ms: number) => new Date(ms).toISOString();

  const moments: Moment[] = [];
  for (let i = 0; i < MOMENTS; i++) {
    const at = iso(start + Math.floor((i / MOMENTS) * (end - start)));
    const harmed = next() < 0.25;
    const person = pick(PEOPLE);
    const name = next() < 0.3 ? person.name.split(' ')[0]! : person.name;
    const tags = harmed ? [pick(DAMAGER_TAGS).id, pick(DAMAGER_TAGS).id] : [pick(BUILDER_TAGS).id, pick(BUILDER_TAGS).id];
    moments.push({
      id: `m-${String(i).padStart(7, '0')}`,
      kind: next() < 0.08 ? 'witnessed' : 'own',
      valence: harmed ? 'harmed' : 'helped',
      tags: [...new Set(tags)],
      people: next() < 0.2 ? [name, pick(PEOPLE).name] : [name],
      note: next() < 0.5 ? `Moment ${i}: what happened with ${name}, and what to repeat or repair next time.` : '',
      occurredAt: at,
      timeZone: next() < 0.05 ? 'America/New_York' : ZONE,
      meeting: null,
      source: 'tray',
      createdAt: at,
      updatedAt: at,
    });
  }

  // 60 weekly series over five years: 15,600 meetings. Each meeting gets check-ins and outcomes.
  const checkIns: CheckIn[] = [];
  const outcomes: StoredOutcome[] = [];
  const events: string[] = [];
  const firstMonday = Date.parse('2021-11-22T08:00:00.000Z');
  for (let s = 0; s < SERIES; s++) {
    const attendees = Array.from({ length: 2 + (s % 4) }, (_, k) => PEOPLE[(s * 7 + k * 13) % PEOPLE.length]!);
    const first = firstMonday + (s % 5) * DAY + (s % 8) * 3_600_000;
    const stamp = (ms: number) => iso(ms).replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    events.push(
      'BEGIN:VEVENT',
      `UID:series-${s}@acme.test`,
      'DTSTAMP:20211101T000000Z',
      `DTSTART:${stamp(first)}`,
      `DTEND:${stamp(first + 1_800_000)}`,
      'RRULE:FREQ=WEEKLY',
      `SUMMARY:Series ${s}`,
      'ORGANIZER;CN=Robin Manager:mailto:me@acme.test',
      'ATTENDEE;CN=Robin Manager;PARTSTAT=ACCEPTED:mailto:me@acme.test',
      ...attendees.map((a) => `ATTENDEE;CN=${a.name};PARTSTAT=ACCEPTED:mailto:${a.email}`),
      'END:VEVENT',
    );
    for (let at = first; at < end; at += 7 * DAY) {
      const id = `series-${s}-${at}`;
      const meeting = { id, title: `Series ${s}`, start: iso(at), end: iso(at + 1_800_000), attendees: attendees.map((a) => ({ name: a.name, email: a.email })) };
      const before = iso(at - 120_000);
      const after = iso(at + 1_800_000 + 30_000);
      const roll = next();
      if (roll < 0.7) {
        checkIns.push({ id: `ci-${id}-b`, promptId: `before:${id}`, kind: 'before', source: 'prompt', intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null, timeZone: ZONE, createdAt: before, updatedAt: before });
        outcomes.push({ id: `o-${id}-b`, promptId: `before:${id}`, outcome: 'answered', at: before, createdAt: before });
      } else outcomes.push({ id: `o-${id}-b`, promptId: `before:${id}`, outcome: 'suppressed', reason: 'quiet-hours', at: before, createdAt: before });
      if (next() < 0.8) {
        checkIns.push({ id: `ci-${id}-a`, promptId: `after:${id}`, kind: 'after', source: 'prompt', intentionFor: null, reflectionOn: { meeting, kept: roll < 0.7 ? pick(['yes', 'partly', 'no'] as const) : null, momentId: null }, timeZone: ZONE, createdAt: after, updatedAt: after });
        outcomes.push({ id: `o-${id}-a`, promptId: `after:${id}`, outcome: 'answered', at: after, createdAt: after });
      } else outcomes.push({ id: `o-${id}-a`, promptId: `after:${id}`, outcome: pick(['skipped', 'missed'] as const), ...(next() < 0.5 ? { reason: 'timeout' as const } : {}), at: after, createdAt: after });
    }
  }
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Touchpoint bench//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
  return { moments, checkIns, outcomes, ics };
}

async function seedStore(userData: string, seed: Seed): Promise<void> {
  const store = join(userData, 'data', 'store');
  await mkdir(store, { recursive: true });
  await writeFile(join(store, 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: CURRENT_SCHEMA_VERSION }));
  const write = async (name: string, records: readonly { createdAt: string }[]) => {
    const byMonth = new Map<string, unknown[]>();
    for (const r of records) {
      const month = r.createdAt.slice(0, 7);
      const list = byMonth.get(month) ?? [];
      list.push(r);
      byMonth.set(month, list);
    }
    await mkdir(join(store, name), { recursive: true });
    for (const [month, list] of byMonth) await writeFile(join(store, name, `${month}.json`), JSON.stringify({ records: list }));
  };
  await write('moments', seed.moments);
  await write('check-ins', seed.checkIns);
  await write('prompt-outcomes', seed.outcomes);
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The obvious implementation: a date formatter per record over the whole log, and a whole-log scan per calendar person. */
function naiveOverview(moments: readonly Moment[], meetings: readonly Meeting[], weeks: readonly string[], ownEmails: readonly string[], nowMs: number, notReachedWeeks: number) {
  const index = new Map(weeks.map((w, i) => [w, i]));
  const trend = weeks.map(() => ({ own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } }));
  const tags = new Map<string, number[]>(TAG_IDS.map((t) => [t, weeks.map(() => 0)]));
  for (const m of moments) {
    const i = index.get(weekOf(m.occurredAt, m.timeZone));
    if (i === undefined) continue;
    trend[i]![m.kind === 'own' ? 'own' : 'witnessed'][m.valence]++;
    if (m.kind === 'own') for (const tag of m.tags) tags.get(tag)![i]!++;
  }
  const since = nowMs - notReachedWeeks * 7 * DAY;
  const own = new Set(ownEmails.map(normaliseEmail));
  const met = new Map<string, Meeting['attendees'][number]>();
  for (const meeting of meetings) {
    if (Date.parse(meeting.start) < since || Date.parse(meeting.start) >= nowMs) continue;
    for (const a of meeting.attendees) if (!own.has(normaliseEmail(a.email)) && a.partstat !== 'DECLINED') met.set(normaliseEmail(a.email), a);
  }
  const lastPositive = new Map<string, string | null>();
  for (const [email, attendee] of met) {
    const found = moments.find((m) => m.kind === 'own' && m.valence === 'helped' && m.people.some((p) => nameMatchesAttendee(p, attendee)));
    lastPositive.set(email, found?.occurredAt ?? null);
  }
  return { trend, tags, lastPositive };
}

/**
 * The obvious "what goes with harm": per moment, its day and hour by formatting the date, and a
 * scan of every meeting for the one it follows, its back-to-back run and its day's load.
 */
function naivePatterns(moments: readonly Moment[], meetings: readonly Meeting[], fromMs: number, nowMs: number) {
  const harm = new Map<string, [number, number]>();
  const tally = (key: string, harmed: boolean) => {
    const t = harm.get(key) ?? [0, 0];
    t[0]++;
    if (harmed) t[1]++;
    harm.set(key, t);
  };
  const byStart = [...meetings].sort((a, b) => a.start.localeCompare(b.start));
  for (const m of moments) {
    const ms = Date.parse(m.occurredAt);
    if (m.kind !== 'own' || ms < fromMs || ms > nowMs) continue;
    const harmed = m.valence === 'harmed';
    const hour = Number(toWallTime(m.occurredAt, m.timeZone).slice(11, 13));
    tally(hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening', harmed);
    const day = dayKey(m.occurredAt, ZONE);
    tally(`load:${Math.min(5, byStart.filter((x) => dayKey(x.start, ZONE) === day).length)}`, harmed);
    const current = byStart.filter((x) => Date.parse(x.start) <= ms && Date.parse(x.end) + 15 * 60_000 >= ms).at(-1);
    let streak = 0;
    for (let at = current; at; at = byStart.find((x) => Date.parse(x.end) <= Date.parse(at.start) && Date.parse(x.end) >= Date.parse(at.start) - 5 * 60_000)) streak++;
    tally(`streak:${Math.min(3, streak)}`, harmed);
    tally(`size:${current ? Math.min(9, current.attendees.length) : 0}`, harmed);
    for (const p of m.people) tally(`person:${p.toLowerCase()}`, harmed);
  }
  return harm;
}

export async function runInsightsBench(): Promise<void> {
  const seed = generate();
  const dir = await makeTempDir('bench-insights-');
  try {
    await seedStore(dir.path, seed);
    const { services } = await startServices(dir.path, { clock: new FakeClock(NOW), timeZone: () => ZONE });
    services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] }, insights: { notReachedWeeks: 3 } });
    await services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: seed.ics });
    const loaded = { moments: services.moments.count, checkIns: services.checkIns.all().length, meetings: services.calendar.calendar.meetingsBetween(new Date(Date.parse(NOW) - YEARS * 365 * DAY), new Date(NOW)).length };
    console.log(`insights bench: ${loaded.moments} moments, ${loaded.checkIns} check-ins, ${seed.outcomes.length} prompt outcomes, ${loaded.meetings} meetings`);

    const dispatch = async (name: Parameters<typeof services.dispatch>[0], input: unknown) => {
      const reply = await services.dispatch(name, input, { window: 'main' });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    };
    await dispatch('insights.overview', {}); // warm-up: the calendar parses its copy once per revision

    report('insights.overview_100k.ours', await timeAsync(() => dispatch('insights.overview', { weeks: 12 })), 'ms');
    report('insights.overview_52w_100k.ours', await timeAsync(() => dispatch('insights.overview', { weeks: 52 })), 'ms');
    report('insights.people_100k.ours', await timeAsync(() => dispatch('insights.people', {})), 'ms');
    // What opening the page waits for: the overview and the people list, both asked at once.
    report('insights.page_100k.ours', await timeAsync(() => Promise.all([dispatch('insights.overview', {}), dispatch('insights.people', {})])), 'ms');
    report('insights.person_history_100k.ours', await timeAsync(() => dispatch('insights.person', { name: 'Priya Nair' })), 'ms');
    report('insights.weekly_summary_100k.ours', await timeAsync(() => dispatch('insights.weeklySummary', { includeNotes: true })), 'ms');

    // The same trend and "not reached" figures the naive way, checked equal to ours.
    const now = new Date(NOW);
    const weeks = weeksEndingWith(weekOf(now, ZONE), 12);
    const all = services.moments.all();
    const meetings = services.calendar.calendar.meetingsBetween(new Date(now.getTime() - 3 * 7 * DAY), now);
    const naive = naiveOverview(all, meetings, weeks, ['me@acme.test'], now.getTime(), 3);
    const ours = computeTrend(all, new WeekBuckets(weeks, ZONE));
    if (JSON.stringify(naive.trend) !== JSON.stringify(ours.weeks)) throw new Error('naive and indexed trends differ');
    report('insights.overview_100k.naive', time(() => naiveOverview(all, meetings, weeks, ['me@acme.test'], now.getTime(), 3)), 'ms');
    report('insights.trend_100k.ours', time(() => computeTrend(all, new WeekBuckets(weeks, ZONE))), 'ms');

    // What goes with harm over the last 52 weeks (~20,000 moments, ~3,100 meetings), ours and
    // naive. The naive one is timed on a twentieth of the moments and scaled: whole, it takes minutes.
    const fromMs = now.getTime() - PATTERN_WEEKS * 7 * DAY;
    const yearOfMeetings = services.calendar.calendar.meetingsBetween(new Date(fromMs), now);
    const patterns = () => computeHarmPatterns({ newestFirst: all, meetings: yearOfMeetings, ownEmails: ['me@acme.test'], timeZone: ZONE, fromMs, nowMs: now.getTime(), weeks: PATTERN_WEEKS, calendarKnown: true });
    const found = patterns();
    console.log(`insights bench: patterns over ${found.moments} own moments and ${yearOfMeetings.length} meetings; ${found.groups.reduce((n, g) => n + g.rows.length, 0)} situations shown`);
    report('insights.patterns_52w_100k.ours', time(patterns), 'ms');
    const sample = all.filter((_, i) => i % 20 === 0);
    const naiveTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      naivePatterns(sample, yearOfMeetings, fromMs, now.getTime());
      naiveTimes.push((performance.now() - t) * 20);
    }
    report('insights.patterns_52w_100k.naive', median(naiveTimes), 'ms');
  } finally {
    await closeAllServices();
    await dir.cleanup();
  }
}
