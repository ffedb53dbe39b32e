import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shouldAutoLock } from '../../../electron/services/host/auto-lock';
import { convertDataFolder } from '../../../electron/services/vault/convert';
import { encryptFile, SCRYPT } from '../../../electron/services/vault/crypto';
import { readVault, unlockVault } from '../../../electron/services/vault/vault-file';
import { closeAllHosts, startHost } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { TEST_KEY_DERIVATION } from '../../support/key-derivation';

const dir = tempFolderPerTest(closeAllHosts);

const SECRET = 'Told Sam the reorg news before the team heard it';
const PASS = 'correct horse battery staple';
const ctx = { window: 'main' as const };
const moment = (note: string) => ({ kind: 'own' as const, valence: 'helped' as const, tags: [], people: ['Sam'], note, meeting: null, source: 'tray' as const });

/** Every byte Touchpoint keeps under data/, as one string, to search for plain text. */
async function everythingOnDisk(): Promise<string> {
  const root = join(dir.path, 'data');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'latin1')))).join('\n');
}

async function seededHost() {
  const started = await startHost(dir.path);
  const services = started.host.services!;
  await services.moments.add(moment(SECRET));
  await services.store.backupNow('manual');
  return started;
}

describe('the passphrase lock', () => {
  it('encrypts the log and its backups: no entry can be read on disk, and the app still reads everything', async () => {
    const { host } = await seededHost();
    expect(await everythingOnDisk()).toContain(SECRET);
    const reply = await host.dispatch('vault.enable', { passphrase: PASS, understood: true }, ctx);
    expect(reply).toMatchObject({ ok: true, value: { enabled: true, locked: false } });
    await host.services!.whenIdle();
    expect(await everythingOnDisk()).not.toContain(SECRET);
    expect(await everythingOnDisk()).not.toContain('Sam');
    expect(host.services!.moments.all().map((m) => m.note)).toEqual([SECRET]);
    // The backup is encrypted too, and still verifies and restores.
    const [backup] = await host.services!.store.listBackups();
    expect(backup?.reason).toBe('manual');
  });

  it('after a restart the log is locked; a wrong passphrase is refused plainly and nothing changes', async () => {
    const first = await seededHost();
    await first.host.enable(PASS);
    await first.host.close();
    const { host, events } = await startHost(dir.path);
    expect(host.state()).toMatchObject({ enabled: true, locked: true });
    expect(await host.dispatch('log.query', {}, ctx)).toEqual({ ok: false, error: { code: 'locked', message: 'Touchpoint is locked. Unlock it with your passphrase to open your log.' } });
    expect(await host.dispatch('vault.unlock', { passphrase: 'correct horse battery stapler' }, ctx)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'That passphrase is not right. Capitals and spaces count.', fields: { passphrase: 'wrong' } },
    });
    expect(host.state().locked).toBe(true);
    // The windows are told the attempt is over, or they would show "Unlocking…" for ever.
    expect(events.filter((e) => e.event === 'vault.changed').at(-1)?.payload).toMatchObject({ locked: true, busy: null });
    expect(await host.dispatch('vault.unlock', { passphrase: PASS }, ctx)).toMatchObject({ ok: true, value: { locked: false } });
    expect(host.services!.moments.all().map((m) => m.note)).toEqual([SECRET]);
  });

  it('while locked, "Log a moment" still works: sealed to disk unreadably, added to the log on unlock', async () => {
    const first = await seededHost();
    await first.host.enable(PASS);
    await first.host.lock();
    const { host } = first;
    expect(host.state().locked).toBe(true);
    const added = await host.dispatch('moments.add', moment('Logged from the popup while locked'), { window: 'popup' });
    expect(added).toMatchObject({ ok: true, value: { note: 'Logged from the popup while locked' } });
    expect(host.state().queued).toBe(1);
    expect(await everythingOnDisk()).not.toContain('Logged from the popup');
    expect(await host.dispatch('people.suggest', { query: 'S' }, { window: 'popup' })).toEqual({ ok: true, value: [] });

    await host.unlock(PASS);
    expect(host.services!.moments.all().map((m) => m.note).sort()).toEqual(['Logged from the popup while locked', SECRET]);
    expect(host.state().queued).toBe(0);
    expect(host.notices.list().map((n) => n.title)).toContain('A moment you logged while locked was added');
  });

  it('changing the passphrase only re-wraps the key: the old one stops working, the data is not rewritten', async () => {
    const { host } = await seededHost();
    await host.enable(PASS);
    await host.services!.whenIdle(); // the reopened store takes its daily backup first
    const before = await everythingOnDisk();
    expect(await host.dispatch('vault.change', { current: 'nope nope nope', next: 'a brand new passphrase' }, ctx)).toMatchObject({ ok: false, error: { message: 'Your current passphrase is not right.' } });
    await host.changePassphrase(PASS, 'a brand new passphrase');
    const vault = (await readVault(join(dir.path, 'data')))!;
    await expect(unlockVault(vault, PASS)).rejects.toThrow('That passphrase is not right.');
    await expect(unlockVault(vault, 'a brand new passphrase')).resolves.toBeDefined();
    const after = await everythingOnDisk();
    expect(after.replace(/"kdf"[\s\S]*?"queue"/g, '')).toBe(before.replace(/"kdf"[\s\S]*?"queue"/g, ''));
  });

  it('turning the lock off decrypts everything again and removes the key file', async () => {
    const { host } = await seededHost();
    await host.enable(PASS);
    expect(await host.dispatch('vault.disable', { passphrase: 'wrong one' }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await host.disable(PASS);
    expect(host.state()).toMatchObject({ enabled: false, locked: false });
    expect(await readVault(join(dir.path, 'data'))).toBeNull();
    expect(await everythingOnDisk()).toContain(SECRET);
    await host.close();
    const again = await startHost(dir.path);
    expect(again.host.services!.moments.all().map((m) => m.note)).toEqual([SECRET]);
  });

  it('a crash halfway through encrypting loses nothing: mixed files all read after unlock', async () => {
    const first = await seededHost();
    await first.host.services!.moments.add({ ...moment('second month'), occurredAt: '2026-10-01T10:00:00.000Z' });
    const { host } = first;
    await host.enable(PASS);
    await host.disable(PASS);
    // Enable again, but "crash" after the key file and the first converted file.
    const { createVault, writeVault } = await import('../../../electron/services/vault/vault-file');
    await host.close();
    const { file, keys } = await createVault(PASS, TEST_KEY_DERIVATION);
    // As enable does: the journal first, then the key file, then the files.
    const { writeLockChange } = await import('../../../electron/services/vault/lock-change');
    await writeLockChange(join(dir.path, 'data'), 'on', new Date());
    await writeVault(join(dir.path, 'data'), file);
    let converted = 0;
    await expect(
      convertDataFolder(join(dir.path, 'data'), (bytes, name) => {
        if (++converted > 1) throw new Error('power cut');
        return encryptFile(keys.dataKey, name, bytes);
      }, () => undefined),
    ).rejects.toThrow('power cut');
    const { host: after } = await startHost(dir.path);
    await after.unlock(PASS);
    expect(after.services!.moments.all().map((m) => m.note).sort()).toEqual(['second month', SECRET].sort());
    expect(after.notices.list()).toEqual([]);
  });
});

describe('the cost of deriving the key', () => {
  it('is injected: the key file records the cost the host was given, and the app keeps scrypt N = 2^17', async () => {
    expect(SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const { host } = await seededHost();
    await host.enable(PASS);
    expect((await readVault(join(dir.path, 'data')))!.kdf).toMatchObject(TEST_KEY_DERIVATION);
    await host.changePassphrase(PASS, 'a brand new passphrase');
    expect((await readVault(join(dir.path, 'data')))!.kdf).toMatchObject(TEST_KEY_DERIVATION);
  });
});

describe('auto-lock', () => {
  it('locks after the chosen idle time, only when the lock is on and the log open', () => {
    const privacy = { autoLockMinutes: 15, lockOnScreenLock: true };
    expect(shouldAutoLock({ enabled: true, locked: false }, 15 * 60, privacy)).toBe(true);
    expect(shouldAutoLock({ enabled: true, locked: false }, 14 * 60, privacy)).toBe(false);
    expect(shouldAutoLock({ enabled: false, locked: false }, 3600, privacy)).toBe(false);
    expect(shouldAutoLock({ enabled: true, locked: true }, 3600, privacy)).toBe(false);
    expect(shouldAutoLock({ enabled: true, locked: false }, 99_999, { ...privacy, autoLockMinutes: null })).toBe(false);
  });
});
