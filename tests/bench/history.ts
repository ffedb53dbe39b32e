/**
 * Five years of heavy use, written straight into a store folder: 100,000 moments, 15,000
 * meetings' check-ins (intentions and reflections), 1,300 reviews. Shared by the log and
 * insights benchmarks.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckIn } from '../../shared/domain/checkin';
import type { Review } from '../../shared/domain/review';
import { TAG_IDS } from '../../shared/domain/tags';
import { CURRENT_SCHEMA_VERSION } from '../../electron/services/storage/migrations';
import { makeMoment } from '../support/moments';

/**
 * Notes read like real ones: common words most of the time, a long tail of topic words
 * (Zipf-like), so searches behave as they would on a real journal.
 */
const COMMON = 'the a and to of in with for on at about was I we my they it that this'.split(' ');
const TOPICS = 'listened thanked release notes deadline rushed interrupted design review standup budget hiring feedback curious warmth apologised coffee hallway demo launch customer planning retro offsite onboarding roadmap pricing incident postmortem mentoring'.split(' ');
const TAIL = Array.from({ length: 3000 }, (_, i) => `${TOPICS[i % TOPICS.length]}${Math.floor(i / TOPICS.length)}`);
const PEOPLE = Array.from({ length: 150 }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);

export interface History {
  moments: number;
  checkIns: number;
  reviews: number;
  /** A day with data, for the day-review benchmark. */
  sampleDay: string;
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

export async function writeHistory(userData: string, end = Date.UTC(2026, 10, 20)): Promise<History> {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = end - 5 * 365 * 86_400_000;
  const byMonth = new Map<string, Map<string, unknown[]>>();
  const put = (collection: string, createdAt: string, record: unknown) => {
    const month = createdAt.slice(0, 7);
    const files = byMonth.get(collection) ?? new Map<string, unknown[]>();
    byMonth.set(collection, files);
    const list = files.get(month) ?? [];
    files.set(month, list);
    list.push(record);
  };
  const iso = (t: number) => new Date(t).toISOString();

  for (let i = 0; i < 100_000; i++) {
    const at = iso(start + Math.floor((i / 100_000) * (end - start)));
    const moment = makeMoment({
      id: `m-${i}`,
      kind: random() < 0.1 ? 'witnessed' : 'own',
      valence: random() < 0.3 ? 'harmed' : 'helped',
      tags: [pick(TAG_IDS), pick(TAG_IDS)].filter((t, j, a) => a.indexOf(t) === j),
      people: [pick(PEOPLE)],
      note: Array.from({ length: 8 + Math.floor(random() * 10) }, () => {
        const r = random();
        // Half common words, a third everyday topics, the rest from a long tail (rarer the further).
        return r < 0.5 ? pick(COMMON) : r < 0.83 ? pick(TOPICS) : TAIL[Math.floor(TAIL.length * random() ** 3)]!;
      }).join(' '),
      createdAt: at, // also its occurredAt and updatedAt
    });
    put('moments', at, moment);
  }
  for (let i = 0; i < 15_000; i++) {
    const startAt = start + Math.floor((i / 15_000) * (end - start));
    const meeting = { id: `meeting-${i}`, title: `${pick(TOPICS)} ${pick(TOPICS)}`, start: iso(startAt), end: iso(startAt + 1_800_000), attendees: [{ name: pick(PEOPLE), email: `p${i % 150}@acme.test` }] };
    const checkIn: CheckIn = {
      id: `c-${i}`,
      promptId: `before:${meeting.id}`,
      kind: 'before',
      source: 'prompt',
      intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } },
      reflectionOn: i % 2 ? { meeting, kept: pick(['yes', 'partly', 'no'] as const), momentId: null } : null,
      timeZone: 'Europe/Berlin',
      createdAt: iso(startAt - 120_000),
      updatedAt: iso(startAt - 120_000),
    };
    put('check-ins', checkIn.createdAt, checkIn);
  }
  for (let i = 0; i < 1_300; i++) {
    const dayMs = start + Math.floor((i / 1_300) * (end - start));
    const day = iso(dayMs).slice(0, 10);
    const at = `${day}T17:30:00.000Z`;
    const review: Review = { id: `r-${i}`, day, answers: [{ promptId: 'proudest', question: 'Which small moment today are you proudest of?', answer: `${pick(TOPICS)} ${pick(COMMON)} ${pick(TOPICS)}` }], mood: 3, energy: 3, tomorrowIntention: null, completedAt: at, timeZone: 'Europe/Berlin', createdAt: at, updatedAt: at };
    put('reviews', at, review);
  }

  const store = join(userData, 'data', 'store');
  await mkdir(store, { recursive: true });
  await writeFile(join(store, 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: CURRENT_SCHEMA_VERSION }));
  for (const [collection, files] of byMonth) {
    await mkdir(join(store, collection), { recursive: true });
    for (const [month, records] of files) await writeFile(join(store, collection, `${month}.json`), JSON.stringify({ records }));
  }
  return { moments: 100_000, checkIns: 15_000, reviews: 1_300, sampleDay: iso(end - 3 * 86_400_000).slice(0, 10) };
}
