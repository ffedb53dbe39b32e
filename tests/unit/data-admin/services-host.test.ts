import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandGate, ReopenError } from '../../../electron/services/data-admin/services-host';
import { ctx, graphPerTest, startGraph } from './graph';

const t = graphPerTest();

const momentInput = (note: string) => ({ valence: 'helped', source: 'tray', note });
const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CommandGate', () => {
  it('holds new commands during exclusive work, waits for those in flight, and never for the command asking', async () => {
    const gate = new CommandGate();
    const log: string[] = [];
    let finishSlow = () => undefined as void;
    const slow = gate.run(async () => {
      log.push('slow started');
      await new Promise<void>((resolve) => (finishSlow = resolve));
      log.push('slow done');
    });
    // A command that asks for exclusive work (as data.restore does) does not wait for itself.
    const asking = gate.run(() => gate.exclusive(() => Promise.resolve(void log.push('exclusive work'))));
    await tick();
    const late = gate.run(() => Promise.resolve(void log.push('late command')));
    await tick();
    expect(log).toEqual(['slow started']);
    finishSlow();
    await Promise.all([slow, asking, late]);
    expect(log).toEqual(['slow started', 'slow done', 'exclusive work', 'late command']);
  });

  it('runs exclusive work one piece at a time', async () => {
    const gate = new CommandGate();
    const log: string[] = [];
    const piece = (name: string) => gate.run(() => gate.exclusive(async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    }));
    await Promise.all([piece('a'), piece('b')]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });
});

describe('AppHost.reopen', () => {
  it('holds commands sent meanwhile and gives them to the new services; the operation sees no write', async () => {
    t.world = await startGraph(t.dir.path);
    const { graph } = t.world;
    const old = graph.services;
    let release = () => undefined as void;
    let filesDuringOperation: string[] = [];
    const reopening = graph.host.reopen(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      filesDuringOperation = await readdir(join(t.dir.path, 'data', 'store'));
    });
    await tick();
    const sent = graph.host.dispatch('moments.add', momentInput('sent while reopening'), ctx);
    await tick();
    release();
    const renewed = await reopening;
    expect((await sent).ok).toBe(true);
    expect(filesDuringOperation).toEqual(['meta.json']); // the held command had not written yet
    expect(renewed).not.toBe(old);
    expect(graph.services).toBe(renewed);
    expect(graph.services.moments.all().map((m) => m.note)).toEqual(['sent while reopening']);
  });

  it('waits for commands in flight before closing the services', async () => {
    t.world = await startGraph(t.dir.path);
    const { graph } = t.world;
    const writes = Array.from({ length: 20 }, (_, i) => graph.host.dispatch('moments.add', momentInput(`in flight ${i}`), ctx));
    await graph.host.reopen(() => Promise.resolve());
    expect((await Promise.all(writes)).every((r) => r.ok)).toBe(true);
    expect(graph.services.moments.all()).toHaveLength(20);
  });

  it('opens the services again when the operation fails, and reports the operation’s error', async () => {
    t.world = await startGraph(t.dir.path);
    const { graph, control } = t.world;
    const opened = control.opened;
    await expect(graph.host.reopen(() => Promise.reject(new Error('disk on fire')))).rejects.toThrow('disk on fire');
    expect(control.opened).toBe(opened + 1);
    expect((await graph.dispatch('moments.add', momentInput('still works'))).ok).toBe(true);
  });

  it('says when the services could not be opened again', async () => {
    t.world = await startGraph(t.dir.path);
    t.world.control.failNextOpen = true;
    await expect(t.world.graph.host.reopen(() => Promise.resolve())).rejects.toBeInstanceOf(ReopenError);
    await t.world.graph.host.reopen(() => Promise.resolve());
    expect((await t.world.graph.dispatch('moments.add', momentInput('works again'))).ok).toBe(true);
  });

  it('two restores at once run one after the other', async () => {
    t.world = await startGraph(t.dir.path);
    const { graph, clock } = t.world;
    await graph.dispatch('moments.add', momentInput('A'));
    const { name } = await graph.call<{ name: string }>('data.backupNow');
    clock.advance(1000);
    const replies = await Promise.all([graph.dispatch('data.restore', { name }), graph.dispatch('data.restore', { name })]);
    expect(replies.map((r) => r.ok)).toEqual([true, true]);
    expect(graph.services.moments.all().map((m) => m.note)).toEqual(['A']);
  });
});
