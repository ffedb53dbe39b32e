import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ERASE_MARKER } from '../../../electron/services/data-admin/erase';
import { graphPerTest, ICS, startGraph, type TestGraph } from './graph';

const t = graphPerTest();


/** Every file under the user-data folder, relative, sorted. */
async function allFiles(): Promise<string[]> {
  const entries = await readdir(t.dir.path, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(t.dir.path, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A profile with something of every kind Touchpoint keeps, and a file of the browser shell's. */
async function fullProfile(): Promise<TestGraph> {
  t.world = await startGraph(t.dir.path);
  const { graph, clock } = t.world;
  await graph.services.moments.add({ kind: 'own', valence: 'harmed', tags: ['interrupting'], people: ['Priya'], note: 'Interrupted Priya', meeting: null, source: 'tray' });
  await graph.services.notes.add({ text: 'A private thought' });
  await graph.call('settings.update', { onboarded: true, theme: 'dark' });
  await graph.call('calendar.add', { kind: 'ics-file', name: 'Exported', text: ICS });
  // A private feed address is a secret: it is kept encrypted in calendar/sources.json.
  await graph.services.calendar.sync.addSource({ kind: 'ics-url', url: 'https://calendar.example.com/private-abc123/basic.ics', name: 'Work' });
  await graph.call('data.backupNow');
  clock.advance(86_400_000);
  await graph.services.maintain(); // the day's backup
  await mkdir(join(t.dir.path, 'data', 'quarantine'), { recursive: true });
  await writeFile(join(t.dir.path, 'data', 'quarantine', '2026-11-20__moments__2026-10.json'), '{"records": [damaged');
  await writeFile(join(t.dir.path, 'settings.json.unreadable-2026-11-01T00-00-00-000Z'), '{ old settings');
  // Not Touchpoint's: the browser engine's profile file, which the shell manages.
  await writeFile(join(t.dir.path, 'Preferences'), '{}');
  return graph;
}

describe('delete all my data', () => {
  it('removes everything Touchpoint stored and starts over as on the first run', async () => {
    const graph = await fullProfile();
    const before = await allFiles();
    expect(before.filter((f) => f.startsWith('data/backups/')).length).toBeGreaterThan(2);
    expect(before).toEqual(expect.arrayContaining(['settings.json', 'data/calendar/sources.json', 'data/store/notes/2026-11.json']));
    expect(await readFile(join(t.dir.path, 'data/calendar/sources.json'), 'utf8')).not.toContain('private-abc123');

    const reply = await graph.call<{ removed: string[] }>('data.deleteAll', { confirm: 'DELETE' });
    expect(reply.removed).toEqual(['data/', 'settings.json', 'settings.json.unreadable-2026-11-01T00-00-00-000Z']);

    // What is left: the browser engine's file (not Touchpoint's, the shell clears its storage),
    // and what the fresh start wrote: the empty store's version file.
    expect(await allFiles()).toEqual(['Preferences', 'data/store/meta.json']);
    expect((await readdir(t.dir.path, { recursive: true })).sort()).toEqual(['Preferences', 'data', 'data/store', 'data/store/meta.json']);
    expect(await readFile(join(t.dir.path, 'data/store/meta.json'), 'utf8')).toBe('{"format":"touchpoint-data","schemaVersion":2}');

    const services = graph.services;
    expect(services.moments.all()).toEqual([]);
    expect(services.settings.get()).toMatchObject({ onboarded: false, theme: 'system' });
    expect(services.calendar.sync.listSources()).toEqual([]);
    expect(await graph.call('data.backups')).toEqual([]);
    expect(t.world!.control.erasedShell).toBe(1);
    expect(t.world!.events.filter((e) => e.event === 'data.replaced').map((e) => (e.payload as { change: string }).change)).toEqual(['deleted']);

    // And it stays that way after quitting and starting again.
    await graph.close();
    t.world = await startGraph(t.dir.path);
    expect(t.world.graph.services.moments.all()).toEqual([]);
    expect(t.world.graph.services.settings.get().onboarded).toBe(false);
    expect(await allFiles()).toEqual(['Preferences', 'data/store/meta.json']);
  });

  it('needs the typed confirmation', async () => {
    const graph = await fullProfile();
    const before = await allFiles();
    for (const confirm of [undefined, 'delete', 'yes', ' DELETE']) {
      const reply = await graph.dispatch('data.deleteAll', confirm === undefined ? {} : { confirm });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!reply.ok) expect(reply.error.message).toContain('Type DELETE to confirm.');
    }
    expect(await allFiles()).toEqual(before);
    expect(graph.services.moments.all()).toHaveLength(1);
  });

  it('with the passphrase lock on: the lock goes too, and the fresh log is not encrypted', async () => {
    t.world = await startGraph(t.dir.path);
    const { graph } = t.world;
    await graph.call('moments.add', { valence: 'helped', source: 'tray', note: 'secret' });
    await graph.host.enable('correct horse battery');
    await graph.settled();
    expect(graph.host.state()).toMatchObject({ enabled: true, locked: false });
    await graph.call('data.deleteAll', { confirm: 'DELETE' });
    expect(graph.host.state()).toMatchObject({ enabled: false, locked: false, queued: 0 });
    await graph.call('moments.add', { valence: 'helped', source: 'tray', note: 'a new start' });
    await graph.services.store.idle();
    expect(await readFile(join(t.dir.path, 'data/store/moments/2026-11.json'), 'utf8')).toContain('a new start');
    expect(await allFiles()).toEqual(['data/store/meta.json', 'data/store/moments/2026-11.json']);
  });

  it('a delete that a crash cut short is finished on the next start', async () => {
    const graph = await fullProfile();
    await graph.close();
    t.world = null;
    // Killed after renaming data/ away, before the recursive delete and the settings.
    await writeFile(join(t.dir.path, ERASE_MARKER), '{}');
    await rename(join(t.dir.path, 'data'), join(t.dir.path, 'data.deleting'));
    t.world = await startGraph(t.dir.path);
    expect(t.world.graph.services.moments.all()).toEqual([]);
    expect(t.world.graph.services.settings.get().onboarded).toBe(false);
    expect(await allFiles()).toEqual(['Preferences', 'data/store/meta.json']);
  });
});
