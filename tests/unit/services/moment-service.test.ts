import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Moment } from '../../../shared/domain/moment';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);

const input = { kind: 'own' as const, valence: 'helped' as const, tags: ['warmth' as const], people: ['Sam'], note: 'hi', meeting: null, source: 'tray' as const };

describe('MomentService', () => {
  it('fills in id, times and the user’s zone, and announces the change', async () => {
    const { services, events, startupEvents } = await startServices(dir.path);
    expect(startupEvents).toEqual([{ event: 'moments.changed', payload: { change: 'loaded', id: null, at: '2026-11-21T09:30:00.000Z' } }]);
    const m = await services.moments.add(input);
    expect(m).toMatchObject({ id: 'id-0001', occurredAt: '2026-11-21T09:30:00.000Z', createdAt: '2026-11-21T09:30:00.000Z', timeZone: 'Europe/Berlin' });
    expect(events).toEqual([{ event: 'moments.changed', payload: { change: 'added', id: 'id-0001', at: '2026-11-21T09:30:00.000Z' } }]);
  });

  it('edits keep id and creation time, bump updatedAt, and survive a restart', async () => {
    const { services, clock } = await startServices(dir.path);
    const m = await services.moments.add(input);
    clock.advance(60_000);
    const edited = await services.moments.update(m.id, { valence: 'harmed', note: 'on reflection, I rushed', occurredAt: '2026-11-20T16:00:00.000Z' });
    expect(edited).toMatchObject({ id: m.id, createdAt: m.createdAt, updatedAt: '2026-11-21T09:31:00.000Z', valence: 'harmed', tags: ['warmth'], occurredAt: '2026-11-20T16:00:00.000Z' });
    await services.close();
    const again = await startServices(dir.path);
    expect(again.services.moments.get(m.id)).toEqual(edited);
  });

  it('pages newest first by when it happened, with a cursor that never repeats or skips', async () => {
    const { services, clock } = await startServices(dir.path);
    const added: Moment[] = [];
    for (let i = 0; i < 25; i++) {
      clock.advance(1000);
      // Several moments share a time: the id breaks the tie.
      added.push(await services.moments.add({ ...input, occurredAt: new Date(Date.UTC(2026, 10, 1 + (i % 10), 12)).toISOString() }));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = services.moments.list(7, cursor);
      expect(page.total).toBe(25);
      seen.push(...page.moments.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = [...added].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id)).map((m) => m.id);
    expect(seen).toEqual(expected);
  });

  it('remove then restore brings the same moment back; restoring twice is refused', async () => {
    const { services, events } = await startServices(dir.path);
    const m = await services.moments.add(input);
    const removed = await services.moments.remove(m.id);
    expect(services.moments.count).toBe(0);
    await services.moments.restore(removed);
    expect(services.moments.get(m.id)).toEqual(m);
    await expect(services.moments.restore(removed)).rejects.toThrow('already in your log');
    expect(events.map((e) => (e.payload as { change: string }).change)).toEqual(['added', 'removed', 'restored']);
  });

  it('suggests people by prefix first, then word prefix, then substring, most recent first', async () => {
    const { services, clock } = await startServices(dir.path);
    for (const people of [['Alex Chen'], ['Samira Haddad'], ['Sam Rivera'], ['Jessa Lim'], ['Sam Rivera', 'alex chen']]) {
      clock.advance(60_000);
      await services.moments.add({ ...input, people });
    }
    expect(services.moments.suggestPeople('sa', 10)).toEqual(['Sam Rivera', 'Samira Haddad', 'Jessa Lim']);
    expect(services.moments.suggestPeople('ch', 10)).toEqual(['alex chen']);
    expect(services.moments.suggestPeople('ss', 10)).toEqual(['Jessa Lim']);
    expect(services.moments.suggestPeople('', 2)).toEqual(['Sam Rivera', 'alex chen']);
  });

  it('when the disk refuses a write, keeps the moment, tells the user, and saves it on the next upkeep', async () => {
    const { services, events } = await startServices(dir.path);
    await mkdir(join(dir.path, 'data', 'store', 'moments', '2026-11.json'), { recursive: true });
    const m = await services.moments.add(input);
    expect(services.moments.get(m.id)).toEqual(m);
    const notices = services.notices.list();
    expect(notices.map((n) => n.id)).toEqual(['unsaved-changes']);
    expect(notices[0]!.title).toBe('Some changes are not saved to disk yet');
    expect(events.some((e) => e.event === 'notices.changed')).toBe(true);

    const { rm } = await import('node:fs/promises');
    await rm(join(dir.path, 'data', 'store', 'moments', '2026-11.json'), { recursive: true });
    await services.maintain();
    expect(services.notices.list()).toEqual([]);
    await services.close();
    expect((await startServices(dir.path)).services.moments.get(m.id)).toEqual(m);
  });
});

describe('MomentService with history loading in the background', () => {
  it('takes in older months as they arrive and keeps the log in order', async () => {
    const { services, clock } = await startServices(dir.path);
    const months = ['2026-03', '2026-05', '2026-07', '2026-09', '2026-11'];
    for (const month of months) {
      clock.set(`${month}-10T10:00:00.000Z`);
      await services.moments.add({ ...input, note: month });
    }
    await services.close();

    const { DataStore } = await import('../../../electron/services/storage/data-store');
    const { COLLECTIONS } = await import('../../../electron/services/app-services');
    const { MomentService } = await import('../../../electron/services/moments/moment-service');
    const store = await DataStore.open({ directory: join(dir.path, 'data'), clock, timeZone: () => 'UTC', collections: COLLECTIONS, eagerPartitions: 2 });
    const service = new MomentService({
      collection: store.collection<Moment>('moments'),
      clock,
      timeZone: () => 'UTC',
      newId: () => 'x',
      emit: () => undefined,
      onWriteFailed: () => undefined,
    });
    expect(service.list(10).moments.map((m) => m.note)).toEqual(['2026-11', '2026-09']);
    await store.loadRemaining();
    expect(service.list(10).moments.map((m) => m.note)).toEqual(['2026-11', '2026-09', '2026-07', '2026-05', '2026-03']);
    expect(service.suggestPeople('s', 5)).toEqual(['Sam']);
  });
});
