/**
 * Issue 5's targets on five years of heavy use: opening the log, searching it, and computing
 * a day's review, each against a naive baseline over the same data in the same run.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LogQuerySchema } from '../../shared/domain/log';
import type { Moment } from '../../shared/domain/moment';
import { dayKey } from '../../shared/domain/time';
import { createAppServices } from '../../electron/services/app-services';
import { FakeClock } from '../support/fake-clock';
import { fileSettingsBackend } from '../support/file-settings-backend';
import { makeTempDir } from '../support/temp-dir';
import { writeHistory } from './history';
import { collectGarbage, median, report } from './report';
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

export async function runLogBench(): Promise<void> {
  const dir = await makeTempDir('bench-log-');
  try {
    const history = await writeHistory(dir.path);
    const t0 = performance.now();
    const services = await createAppServices({
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
    const usable = performance.now() - t0;
    await services.whenLoaded();
    const loaded = performance.now() - t0;
    await services.log.searchReady();
    const indexed = performance.now() - t0;
    if (services.moments.count !== history.moments) throw new Error(`loaded ${services.moments.count} moments`);

    const q = (query: object) => LogQuerySchema.parse(query);
    const moments = services.moments.all();
    report('app.open_usable_100k', usable, 'ms');
    report('app.open_all_history_100k', loaded, 'ms');
    report('log.search_index_ready_100k', indexed, 'ms');

    report('log.open_first_page_100k.ours', time(20, () => services.log.query(q({ limit: 100 }))), 'ms');
    report('log.open_first_page_100k.naive_sort', time(5, () => [...moments].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, 100)), 'ms');

    // A common topic word, a prefix being typed, two words, and a rare word with a typo.
    for (const text of ['deadline', 'budg', 'hiring feedback', 'postmortem12', 'postmortm12']) {
      const label = text.replace(/\s+/g, '_');
      report(`log.search_${label}_100k.ours`, time(10, () => services.log.query(q({ text, limit: 100 }))), 'ms');
      report(`log.search_${label}_100k.naive_scan`, time(5, () => moments.filter((m) => m.note.toLowerCase().includes(text)).slice(0, 100)), 'ms');
    }
    report('log.filter_harmed_tag_100k.ours', time(10, () => services.log.query(q({ valence: 'harmed', tag: 'rushed', limit: 100 }))), 'ms');

    const day = history.sampleDay;
    report('review.day_100k.ours', time(20, () => services.dayReview.forDay(day)), 'ms');
    report('review.day_100k.naive_scan', time(5, () => moments.filter((m: Moment) => dayKey(m.occurredAt, m.timeZone) === day)), 'ms');
    // After a collection, so the figure is what the app keeps, not garbage waiting to be freed.
    collectGarbage();
    report('memory.heap_after_load_100k', process.memoryUsage().heapUsed / 1e6, 'MB');
    await services.close();
  } finally {
    await dir.cleanup();
  }
}
