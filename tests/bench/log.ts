/**
 * Issue 5's and 14's targets on five years of heavy use: opening the log, searching it as you
 * type, the longest the process is held while loading, searching and appending, the heap it
 * keeps, and computing a day's review, each against a naive baseline over the same data.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { LogQuerySchema } from '../../shared/domain/log';
import type { Moment } from '../../shared/domain/moment';
import { dayKey } from '../../shared/domain/time';
import { searchableText } from '../../electron/services/log/log-rows';
import { createAppServices } from '../../electron/services/app-services';
import { FakeClock } from '../support/fake-clock';
import { fileSettingsBackend } from '../support/file-settings-backend';
import { makeTempDir } from '../support/temp-dir';
import { writeHistory } from './history';
import { collectGarbage, median, percentile, report } from './report';
import { testShellStatus } from '../support/shell-status';

function time(runs: number, work: () => unknown): number {
  work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Every keystroke of typing these into the search box. */
const TYPED = ['deadline', 'budget', 'hiring feedback', 'person a1', 'postmortem12', 'café rushed'].flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1)).filter((t) => !t.endsWith(' ')));

/** The longest the event loop was held (ms) while `work` ran: what a user would feel as a freeze. */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await work();
  await new Promise((resolve) => setTimeout(resolve, 5)); // let the monitor see the last block
  histogram.disable();
  return histogram.max / 1e6;
}

type Services = Awaited<ReturnType<typeof createAppServices>>;

/** Search as you type: every keystroke's query, the way the log's search box sends them. */
function searchAsYouType(services: Services): void {
  const q = (query: object) => LogQuerySchema.parse(query);
  const rows = [...(function* () {
    let before: string | undefined;
    for (;;) {
      const page = services.log.query(q({ limit: 500, before }));
      yield* page.entries;
      if (!page.nextCursor) return;
      before = page.nextCursor;
    }
  })()].map((entry) => searchableText(entry).toLocaleLowerCase());
  const typing = (search: (text: string) => unknown) => {
    const samples: number[] = [];
    for (let run = 0; run < 5; run++)
      for (const text of TYPED) {
        const t = performance.now();
        search(text);
        samples.push(performance.now() - t);
      }
    return samples;
  };
  typing((text) => services.log.query(q({ text, limit: 100 }))); // warm-up
  const ours = typing((text) => services.log.query(q({ text, limit: 100 })));
  // The plain scan: every typed word as a substring of each entry's lower-case text, already in memory.
  const scan = typing((text) => {
    const words = text.toLocaleLowerCase().split(/\s+/);
    return rows.filter((row) => words.every((w) => row.includes(w))).slice(0, 100);
  });
  report('log.search_as_you_type_p95_100k.ours', percentile(ours, 95), 'ms');
  report('log.search_as_you_type_p95_100k.plain_scan', percentile(scan, 95), 'ms');
  report('log.search_as_you_type_median_100k.ours', median(ours), 'ms');
  report('log.search_as_you_type_median_100k.plain_scan', median(scan), 'ms');
  report('main.block.search_max', Math.max(...ours), 'ms');
}

/**
 * The baseline for the longest-block figures: the longest the event loop waits while the process
 * does nothing for as long, with the same heap — what the machine itself (other processes on the
 * cores, garbage collection) adds to any figure.
 */
async function idleBlock(ms: number): Promise<number> {
  return longestBlock(() => new Promise((resolve) => setTimeout(resolve, ms)));
}

export async function runLogBench(): Promise<void> {
  const dir = await makeTempDir('bench-log-');
  try {
    const history = await writeHistory(dir.path);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    let usable = 0;
    let loaded = 0;
    let indexed = 0;
    let services!: Services;
    const loadingBlock = await longestBlock(async () => {
      services = await createAppServices({
      userDataDirectory: dir.path,
      clock: new FakeClock('2026-11-20T18:00:00.000Z'),
      timeZone: () => 'Europe/Berlin',
      settingsBackend: fileSettingsBackend(join(dir.path, 'settings.json')),
      shell: { openMain: () => undefined, popup: { show: () => undefined, hide: () => undefined }, status: () => testShellStatus('bench') },
      emit: () => undefined,
      version: 'bench',
      log: () => undefined,
      calendar: { secretBox: null, scheduler: { schedule: () => () => undefined } },
      });
      usable = performance.now() - t0;
      await services.whenLoaded();
      loaded = performance.now() - t0;
      await services.log.searchReady();
      indexed = performance.now() - t0;
    });
    if (services.moments.count !== history.moments) throw new Error(`loaded ${services.moments.count} moments`);

    const q = (query: object) => LogQuerySchema.parse(query);
    const moments = services.moments.all();
    report('app.open_usable_100k', usable, 'ms');
    report('app.open_all_history_100k', loaded, 'ms');
    report('log.search_index_ready_100k', indexed, 'ms');
    report('main.block.load_max', loadingBlock, 'ms');
    report('main.block.idle_max.baseline', await idleBlock(Math.min(indexed, 3000)), 'ms');

    report('log.open_first_page_100k.ours', time(20, () => services.log.query(q({ limit: 100 }))), 'ms');
    report('log.open_first_page_100k.naive_sort', time(5, () => [...moments].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, 100)), 'ms');

    // A common topic word, a prefix being typed, two words, and a rare word with a typo.
    for (const text of ['deadline', 'budg', 'hiring feedback', 'postmortem12', 'postmortm12']) {
      const label = text.replace(/\s+/g, '_');
      report(`log.search_${label}_100k.ours`, time(10, () => services.log.query(q({ text, limit: 100 }))), 'ms');
      report(`log.search_${label}_100k.naive_scan`, time(5, () => moments.filter((m) => m.note.toLowerCase().includes(text)).slice(0, 100)), 'ms');
    }
    searchAsYouType(services);

    // Appending: moments added one after another, with the log and its search kept up to date.
    const appendingBlock = await longestBlock(async () => {
      for (let i = 0; i < 50; i++) await services.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people: ['Person A1'], note: `Bench append ${i} about the roadmap`, meeting: null, source: 'tray' });
    });
    if (services.log.query(q({ text: 'bench append roadm' })).total !== 50) throw new Error('appended moments are not found');
    report('main.block.append_max', appendingBlock, 'ms');
    report('log.filter_harmed_tag_100k.ours', time(10, () => services.log.query(q({ valence: 'harmed', tag: 'rushed', limit: 100 }))), 'ms');

    const day = history.sampleDay;
    report('review.day_100k.ours', time(20, () => services.dayReview.forDay(day)), 'ms');
    report('review.day_100k.naive_scan', time(5, () => moments.filter((m: Moment) => dayKey(m.occurredAt, m.timeZone) === day)), 'ms');
    // After a collection, so the figure is what the app keeps, not garbage waiting to be freed.
    collectGarbage();
    const heapAfter = process.memoryUsage().heapUsed;
    report('memory.heap_after_load_100k', heapAfter / 1e6, 'MB');
    // The baseline: what the process held before opening the log (the bench's own code and data).
    report('memory.heap_before_load', heapBefore / 1e6, 'MB');
    // What opening five years of history added: the records, the log and its search.
    report('memory.heap_kept_by_history_100k', (heapAfter - heapBefore) / 1e6, 'MB');
    await services.close();
  } finally {
    await dir.cleanup();
  }
}
