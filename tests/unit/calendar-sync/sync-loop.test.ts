import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CalendarSyncService } from '../../../electron/services/calendar/sync/calendar-sync-service';
import type { Scheduler } from '../../../electron/services/calendar/sync/sync-loop';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { calendarText } from '../../fixtures/calendar-sync/events';
import { FakeClock } from '../../support/fake-clock';
import { makeTempDir } from '../../support/temp-dir';

/** Timers the test fires by hand. */
class ManualScheduler implements Scheduler {
  timers: { callback: () => void; delayMs: number; cancelled: boolean }[] = [];

  schedule(callback: () => void, delayMs: number): () => void {
    const timer = { callback, delayMs, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  get pending(): { delayMs: number } | undefined {
    return this.timers.filter((timer) => !timer.cancelled).at(-1);
  }

  fire(): void {
    const timer = this.timers.filter((t) => !t.cancelled).at(-1);
    if (!timer) throw new Error('No timer pending');
    timer.cancelled = true;
    timer.callback();
  }
}

const MINUTE = 60_000;
/** Syncs finish on their own time (disk, a local server): waits are generous, never a speed check. */
const SETTLE = { timeout: 30_000 };
let dir: { path: string; cleanup: () => Promise<void> };
let server: Server;
let baseUrl: string;
let requests = 0;
let failing = false;
let hanging = false;
let abandoned = 0;
const body = calendarText([{ uid: 'a', title: 'Standup', start: '2030-05-06T09:00:00Z', end: '2030-05-06T09:15:00Z' }]);

beforeEach(async () => {
  dir = await makeTempDir('touchpoint-loop-');
  requests = 0;
  failing = false;
  hanging = false;
  abandoned = 0;
  server = createServer((req, res) => {
    requests++;
    if (hanging) {
      // Never answers: only the client giving up ends the request.
      res.on('close', () => abandoned++);
    } else if (failing) {
      res.writeHead(503).end();
    } else if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' }).end();
    } else {
      res.writeHead(200, { etag: '"v1"', 'content-type': 'text/calendar' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dir.cleanup();
});

describe('the sync loop', () => {
  it('syncs at start, every 10 minutes, backs off after failures, and stops', async () => {
    const clock = new FakeClock('2030-05-06T08:00:00Z');
    const scheduler = new ManualScheduler();
    const service = await CalendarSyncService.open({ dataDirectory: dir.path, secretBox: createTestSecretBox(), clock, scheduler, timeZone: () => 'UTC', log: () => undefined });
    const source = await service.addSource({ kind: 'ics-url', url: `${baseUrl}/feed.ics` });
    expect(service.status(source.id).nextSyncAt).toBeNull();

    service.start();
    expect(scheduler.pending?.delayMs).toBe(0);
    scheduler.fire();
    await vi.waitFor(() => expect(service.status(source.id).state).toBe('ok'), SETTLE);
    // The source is marked synced before the loop plans the next run: wait for that timer.
    await vi.waitFor(() => expect(scheduler.pending).toBeDefined(), SETTLE);
    expect(requests).toBe(1);
    expect(service.status(source.id).nextSyncAt).toBe('2030-05-06T08:10:00.000Z');
    expect(scheduler.pending?.delayMs).toBe(10 * MINUTE);

    clock.advance(10 * MINUTE);
    scheduler.fire();
    await vi.waitFor(() => expect(service.status(source.id).lastSuccessAt).toBe('2030-05-06T08:10:00.000Z'), SETTLE);
    expect(requests).toBe(2);

    failing = true;
    const retries: number[] = [];
    for (let i = 0; i < 4; i++) {
      await vi.waitFor(() => expect(scheduler.pending).toBeDefined(), SETTLE);
      clock.advance(scheduler.pending?.delayMs ?? 0);
      scheduler.fire();
      await vi.waitFor(() => expect(service.status(source.id).lastAttemptAt).toBe(clock.now().toISOString()), SETTLE);
      await vi.waitFor(() => expect(service.status(source.id).state).toBe('error'), SETTLE);
      // The loop marks the source failed before it plans the retry: wait for the retry's timer.
      await vi.waitFor(() => expect(scheduler.pending).toBeDefined(), SETTLE);
      retries.push(scheduler.pending?.delayMs ?? -1);
    }
    expect(retries).toEqual([1 * MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]);
    expect(service.status(source.id)).toMatchObject({ lastErrorKind: 'server', usingCachedCopy: true, lastSuccessAt: '2030-05-06T08:10:00.000Z' });

    service.stop();
    expect(scheduler.pending).toBeUndefined();
    expect(service.status(source.id).nextSyncAt).toBeNull();
    await service.close();
  });

  it('syncs a source added while running at once, and never a disabled one', async () => {
    const clock = new FakeClock('2030-05-06T08:00:00Z');
    const scheduler = new ManualScheduler();
    const service = await CalendarSyncService.open({ dataDirectory: dir.path, secretBox: createTestSecretBox(), clock, scheduler, timeZone: () => 'UTC', log: () => undefined });
    service.start();
    expect(scheduler.pending).toBeUndefined();
    const source = await service.addSource({ kind: 'ics-url', url: `${baseUrl}/feed.ics` });
    expect(scheduler.pending?.delayMs).toBe(0);
    await service.setSourceEnabled(source.id, false);
    expect(scheduler.pending).toBeUndefined();
    expect(await service.syncAll()).toEqual([]);
    expect(requests).toBe(0);

    await service.setSourceEnabled(source.id, true);
    scheduler.fire();
    await vi.waitFor(() => expect(service.status(source.id).state).toBe('ok'), SETTLE);
    expect(requests).toBe(1);
    await service.close();
  });

  it('closing aborts a sync that is still waiting for the server, instead of waiting it out (quit stays fast)', async () => {
    const clock = new FakeClock('2030-05-06T08:00:00Z');
    const scheduler = new ManualScheduler();
    const service = await CalendarSyncService.open({ dataDirectory: dir.path, secretBox: createTestSecretBox(), clock, scheduler, timeZone: () => 'UTC', log: () => undefined });
    const source = await service.addSource({ kind: 'ics-url', url: `${baseUrl}/feed.ics` });
    hanging = true;
    const syncing = service.syncAll();
    await vi.waitFor(() => expect(requests).toBe(1), SETTLE);
    await service.close();
    await syncing;
    await vi.waitFor(() => expect(abandoned).toBe(1), SETTLE);
    expect(service.status(source.id).state).not.toBe('ok');
  });
});
