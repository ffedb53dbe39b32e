import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import { NOT_PAUSED, isPaused } from '../../../shared/domain/coach';
import type { CoachState } from '../../../shared/domain/coach-view';
import type { VaultState } from '../../../shared/domain/vault';
import { createAppServices, type AppServices, type AppServicesOptions } from '../app-services';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { NoticeBoard } from '../notices';
import { PopupController } from '../popup-controller';
import { SettingsService } from '../settings/settings-service';
import { plainCodec } from '../storage/codec';
import { finishInterruptedConversions } from '../vault/convert';
import { encryptingCodec, publicKeyOf, SCRYPT, type KeyDerivationCost } from '../vault/crypto';
import { MomentQueue } from '../vault/moment-queue';
import { createVault, readVault, removeVault, rewrapVault, writeVault, type UnlockedKeys, type VaultFile } from '../vault/vault-file';
import { clearLockChange, readLockChange, writeLockChange } from '../vault/lock-change';
import { decryptDataFolder, encryptDataFolder } from '../vault/lock-conversion';
import { replaceKeyFileCopies } from '../vault/key-file-copies';
import { everythingSaved, inPlainWords, inspectLock, keyFileNotice, keyFileRestoredNotice, readKeyFile, repairSwappedQueueKey, swappedQueueKeyNotice, unlockWith, type KeyFileProblem } from './key-file';
import { describeWriteProblem, writeProblemClause } from '../storage/write-problem';
import { createLockedHandlers } from './locked-handlers';
import { finishInterruptedErase } from '../data-admin/erase';
import { CommandGate, ReopenError, type ServicesHost } from '../data-admin/services-host';
import { t } from '../text/main-text';

export type HostOptions = Omit<AppServicesOptions, 'codec' | 'shared' | 'host'> & {
  /** "Delete all my data" also clears what the shell keeps (Electron: the browser profile's storage and caches). */
  eraseShellData?: () => Promise<void>;
  /** Called with each newly opened service graph (start the coach, the calendar sync...). */
  onOpened?: (services: AppServices) => void;
  /** Called after the graph was closed (locked, or before a restart). */
  onClosed?: () => void;
  /** scrypt's cost for a new or changed passphrase; the app keeps SCRYPT, tests pass a low cost so they never depend on the machine's speed. */
  keyDerivation?: KeyDerivationCost;
};

/**
 * Owns the service graph's lifecycle. With the passphrase lock on, the log is closed (not in
 * memory, encrypted on disk) until unlocked; meanwhile only what needs no log works: settings,
 * "Log a moment" (sealed into a queue), the lock itself. Turning the lock on or off rewrites
 * every data file and reopens the graph with the new codec.
 */
export class AppHost implements ServicesHost {
  /** Holds commands while a restore or "delete all" swaps the files (see reopen). */
  private readonly gate = new CommandGate();
  readonly settings: SettingsService;
  readonly notices: NoticeBoard;
  readonly popup: PopupController;
  readonly dispatch: Dispatch;
  private current: AppServices | null = null;
  private keys: UnlockedKeys | null = null;
  private enabled = false;
  private busy: VaultState['busy'] = null;
  private readonly dataDirectory: string;
  private readonly queue: MomentQueue;
  private queued = 0;
  /** The key file is damaged, or missing while the log is encrypted: the log stays locked. */
  private keyFileProblem: KeyFileProblem | null = null;
  /** The queue's public key as checked against its private half (see repairSwappedQueueKey). */
  private queueKey: string | null = null;

  private constructor(private readonly options: HostOptions) {
    this.dataDirectory = join(options.userDataDirectory, 'data');
    this.settings = new SettingsService(options.settingsBackend, options.emit);
    this.notices = new NoticeBoard(options.clock, options.emit);
    this.popup = new PopupController(options.shell.popup);
    this.queue = new MomentQueue(join(this.dataDirectory, 'queue'));
    const log = options.log ?? ((message, error) => console.error(message, error));
    const vault = createDispatcher(this.vaultHandlers(), log);
    const locked = createDispatcher(
      createLockedHandlers({ host: this, clock: options.clock, timeZone: options.timeZone, newId: options.newId ?? randomUUID, shell: options.shell, version: options.version, dataDirectory: this.dataDirectory, userDataDirectory: options.userDataDirectory, emit: options.emit }),
      log,
      () => ({ code: 'locked', message: t('errors:lock.locked') }),
    );
    this.dispatch = (name, input, context) =>
      this.gate.run(() => {
        if (typeof name === 'string' && name.startsWith('vault.')) return vault(name, input, context);
        return this.current ? this.current.dispatch(name, input, context) : locked(name, input, context);
      });
  }

  /** Opens the log at once, or waits locked if a passphrase protects it. */
  static start(options: HostOptions): Promise<AppHost> {
    // A disk that refuses a read at start is said in words; every multi-file operation is journaled, so nothing is lost.
    return inPlainWords('opening', async () => {
      // A "delete all my data" a crash cut short is finished before anything (settings, the lock) is read.
      await finishInterruptedErase(options.userDataDirectory);
      const host = new AppHost(options);
      await finishInterruptedConversions(join(host.dataDirectory, 'backups'));
      await host.readLockState();
      host.queued = await host.queue.count();
      if (!host.enabled) await host.open();
      return host;
    });
  }

  /**
   * Reads whether the lock is on from the files: the key file, the journal of a lock change
   * a crash interrupted, and (with no key file) whether the log is encrypted anyway. A key
   * file that is damaged or missing keeps the log locked and says so; "Delete all my data"
   * stays available on the lock screen.
   */
  private async readLockState(): Promise<void> {
    const { enabled, problem, keyFileRestoredFrom } = await inspectLock(this.dataDirectory, this.options.clock.now());
    this.keyFileProblem = problem;
    this.enabled = enabled;
    if (!enabled) {
      this.keys = null;
      this.queueKey = null;
    }
    if (problem) this.notices.post({ key: 'key-file', level: 'error', ...keyFileNotice(problem) });
    if (keyFileRestoredFrom) this.notices.post({ key: 'key-file', level: 'warning', ...keyFileRestoredNotice(keyFileRestoredFrom) });
  }

  /** The open service graph, or null while locked. */
  get services(): AppServices | null {
    return this.current;
  }

  state(): VaultState {
    return { enabled: this.enabled, locked: this.current === null, queued: this.queued, busy: this.busy };
  }

  /** The coach's state for the tray, also while locked. */
  coachState(): CoachState {
    if (this.current) return this.current.coach.state();
    const pause = this.settings.get().pause ?? NOT_PAUSED;
    return { pause, paused: isPaused(pause, this.options.clock.now()), current: null, nextCheckIn: null, nextMeeting: null };
  }

  /** Seals a moment logged while locked; it joins the log on the next unlock. */
  async queueMoment(moment: Parameters<MomentQueue['add']>[1]): Promise<void> {
    const vault = await this.readKeyFile();
    // The key checked at the last unlock, when there was one: the file's could have been swapped since.
    await this.queue.add(this.queueKey ?? vault.queue.publicKey, moment);
    this.queued++;
    this.changed();
  }

  /** Closing or reopening the log runs alone, like a restore: no command writes meanwhile. */
  lock(): Promise<void> {
    return this.gate.exclusive(() => inPlainWords('locking', () => this.lockNow()));
  }

  unlock(passphrase: string): Promise<void> {
    return this.gate.exclusive(() => inPlainWords('unlocking', () => this.unlockNow(passphrase)));
  }

  enable(passphrase: string): Promise<void> {
    return this.gate.exclusive(() => inPlainWords('turningOn', () => this.enableNow(passphrase)));
  }

  disable(passphrase: string): Promise<void> {
    return this.gate.exclusive(() => inPlainWords('turningOff', () => this.disableNow(passphrase)));
  }

  private async lockNow(): Promise<void> {
    if (!this.enabled || !this.current) return;
    // Changes the disk refused are only in memory: closing the log now would lose them.
    if (!(await everythingSaved(this.current.store))) {
      this.notices.post({ key: 'lock-postponed', level: 'warning', title: t('desktop:notices.lock.postponed'), detail: t('errors:lock.unsavedLock') });
      return;
    }
    this.notices.dismiss('lock-postponed');
    await this.closeGraph();
    this.keys = null;
    this.changed();
  }

  private async unlockNow(passphrase: string): Promise<void> {
    const vault = await this.readKeyFile();
    if (this.current) return;
    this.busy = 'unlocking';
    this.changed();
    try {
      this.keys = await unlockWith(vault, passphrase);
    } catch (error) {
      this.notBusy();
      throw error;
    }
    this.busy = null;
    this.queueKey = publicKeyOf(this.keys.queuePrivateKey);
    if (await repairSwappedQueueKey(this.dataDirectory, vault, this.keys)) this.notices.post({ key: 'queue-key', level: 'error', ...swappedQueueKeyNotice() });
    // Turning the lock on or off that a crash or failure cut short is finished first, with the same key.
    const pending = await readLockChange(this.dataDirectory);
    if (pending === 'on') await this.finishLockOn(this.keys);
    else if (pending === 'off') await this.finishLockOff(this.keys);
    else await this.open();
  }

  private async enableNow(passphrase: string): Promise<void> {
    if (this.enabled) {
      // Turning the lock on was cut short: finish it with the key already on disk, never a second one.
      if ((await readLockChange(this.dataDirectory)) !== 'on') throw new AppError('conflict', t('errors:lock.alreadyOn'));
      const keys = this.keys ?? (await unlockWith(await this.readKeyFile(), passphrase, t('errors:lock.wrongToFinish')));
      this.busy = 'enabling';
      this.changed();
      await this.closeGraph();
      return this.finishLockOn(keys);
    }
    await this.requireEverythingSaved('turningOn');
    this.busy = 'enabling';
    this.changed();
    const { file, keys } = await createVault(passphrase, this.options.keyDerivation ?? SCRYPT);
    await this.closeGraph();
    try {
      // The journal, then the key file: from here on every file, converted or not yet, can be read, and the change is finished if cut short.
      await writeLockChange(this.dataDirectory, 'on', this.options.clock.now());
      await writeVault(this.dataDirectory, file);
    } catch (error) {
      // Decided by the disk, not the error: a key file that reached the disk means the lock is on.
      if ((await readVault(this.dataDirectory).catch(() => null)) === null) {
        await clearLockChange(this.dataDirectory).catch(() => undefined);
        this.busy = null;
        await this.open();
        throw new AppError('storage', t('errors:lock.turnOnFailed', { problem: writeProblemClause(error) }));
      }
    }
    this.enabled = true;
    await this.finishLockOn(keys);
  }

  /** Encrypts what is still plain, then opens the log; on failure the log opens anyway (it reads both forms) and the user is told what is left. */
  private async finishLockOn(keys: UnlockedKeys): Promise<void> {
    this.keys = keys;
    this.queueKey = publicKeyOf(keys.queuePrivateKey);
    let failure: unknown = null;
    try {
      await encryptDataFolder(this.dataDirectory, keys.dataKey);
      await clearLockChange(this.dataDirectory);
      this.notices.dismiss('lock-unfinished');
    } catch (error) {
      failure = error;
    }
    this.busy = null;
    await this.open();
    if (failure) {
      const detail = t('desktop:notices.lock.notFinished.detail', { problem: writeProblemClause(failure) });
      this.notices.post({ key: 'lock-unfinished', level: 'warning', title: t('desktop:notices.lock.notFinished.title'), detail });
      throw new AppError('storage', detail);
    }
  }

  private async disableNow(passphrase: string): Promise<void> {
    const keys = await unlockWith(await this.readKeyFile(), passphrase);
    await this.requireEverythingSaved('turningOff');
    this.busy = 'disabling';
    this.changed();
    await this.closeGraph();
    try {
      await writeLockChange(this.dataDirectory, 'off', this.options.clock.now());
    } catch (error) {
      this.keys = keys;
      this.busy = null;
      await this.open();
      throw new AppError('storage', t('errors:lock.turnOffFailed', { problem: writeProblemClause(error) }));
    }
    await this.finishLockOff(keys);
  }

  /** Decrypts what is still encrypted and removes the key file last; on failure the lock stays on and the log opens. */
  private async finishLockOff(keys: UnlockedKeys): Promise<void> {
    let failure: unknown = null;
    let keptAsIs: string[] = [];
    try {
      await this.drainQueue(keys, null);
      ({ keptAsIs } = await decryptDataFolder(this.dataDirectory, keys.dataKey));
      // The key file last: until every file is plain again, it is needed to read them.
      await removeVault(this.dataDirectory);
    } catch (error) {
      failure = error;
    }
    // Decided by the disk, not the error: once the key file is gone the lock is off. Opening the
    // log as still locked would write an encrypted file with no key file left to open it.
    const keyFileGone = (await readVault(this.dataDirectory).catch(() => undefined)) === null;
    if (keyFileGone) {
      failure = null;
      this.enabled = false;
      this.keys = null;
      this.queueKey = null;
      this.notices.dismiss('lock-unfinished');
      // A journal the disk refuses to clear now is cleared at the next start (no key file: nothing left to do).
      await clearLockChange(this.dataDirectory).catch(() => undefined);
    } else {
      this.keys = keys;
    }
    this.busy = null;
    await this.open();
    if (keptAsIs.length > 0) {
      this.notices.post({
        level: 'warning',
        title: t('desktop:notices.lock.keptEncrypted.title'),
        detail: t('desktop:notices.lock.keptEncrypted.detail', { files: keptAsIs.join(', ') }),
      });
    }
    if (failure) {
      const detail = t('desktop:notices.lock.notOff.detail', { problem: describeWriteProblem(failure) });
      this.notices.post({ key: 'lock-unfinished', level: 'warning', title: t('desktop:notices.lock.notOff.title'), detail });
      throw new AppError('storage', detail);
    }
  }

  /** Re-wraps the data key under the new passphrase; run alone so it cannot cross turning the lock off. */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.gate.exclusive(() => inPlainWords('changingPassphrase', () => this.changePassphraseNow(current, next)));
  }

  private async changePassphraseNow(current: string, next: string): Promise<void> {
    const vault = await this.readKeyFile();
    const keys = await unlockWith(vault, current, t('errors:lock.wrongCurrent'), 'current');
    const rewrapped = await rewrapVault(vault, keys, next, this.options.keyDerivation ?? SCRYPT);
    await writeVault(this.dataDirectory, rewrapped);
    // The backups' copies too, or the old passphrase would still open them.
    await replaceKeyFileCopies(this.dataDirectory, rewrapped);
    this.changed();
  }

  /** ServicesHost: closes the log around an operation on its files (a restore, "delete all"), then opens it again. */
  reopen(operation: () => Promise<void>): Promise<AppServices | null> {
    return this.gate.exclusive(async () => {
      await this.closeGraph();
      let failure: Error | null = null;
      try {
        await operation();
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      // The files changed under the host: read again what it keeps about them ("delete all" removes the lock and settings too).
      if (this.keyFileProblem) this.notices.dismiss('key-file');
      await this.readLockState();
      this.queued = await this.queue.count();
      this.settings.reload();
      if (this.enabled && !this.keys) this.changed(); // stays locked
      else {
        try {
          await this.open();
        } catch (error) {
          throw new ReopenError(error);
        }
      }
      if (failure) throw failure;
      return this.current;
    });
  }

  eraseShellData(): Promise<void> {
    return this.options.eraseShellData?.() ?? Promise.resolve();
  }

  /** Writes waiting in memory (a full or read-only disk) are tried once more; false when some are still waiting. */
  saveWaitingWrites(): Promise<boolean> {
    return everythingSaved(this.current?.store ?? null);
  }

  async close(): Promise<void> {
    await this.gate.idle(); // a restore or "delete all" under way finishes first
    await this.closeGraph();
  }

  private readKeyFile(): Promise<VaultFile> {
    return readKeyFile(this.dataDirectory, this.keyFileProblem);
  }

  private async requireEverythingSaved(action: 'turningOn' | 'turningOff'): Promise<void> {
    if (await everythingSaved(this.current?.store ?? null)) return;
    throw new AppError('storage', action === 'turningOn' ? t('errors:lock.unsavedTurningOn') : t('errors:lock.unsavedTurningOff'));
  }

  private async open(): Promise<void> {
    // Plain files are expected under the lock only while turning it on or off is unfinished.
    const changing = this.keys ? (await readLockChange(this.dataDirectory)) !== null : false;
    const codec = this.keys ? encryptingCodec(this.keys.dataKey, { acceptPlain: changing }) : plainCodec;
    const services = await createAppServices({ ...this.options, codec, shared: { settings: this.settings, notices: this.notices, popup: this.popup }, host: this });
    this.current = services;
    if (this.keys) await this.drainQueue(this.keys, services);
    this.options.onOpened?.(services);
    this.changed();
  }

  /** Moments sealed while locked join the log (or, when turning the lock off, are parked in the store first). */
  private async drainQueue(keys: UnlockedKeys, services: AppServices | null): Promise<void> {
    if ((await this.queue.count()) === 0) return;
    let target = services;
    let temporary = false;
    if (!target) {
      target = await createAppServices({ ...this.options, codec: encryptingCodec(keys.dataKey, { acceptPlain: true }), shared: { settings: this.settings, notices: this.notices, popup: this.popup } });
      temporary = true;
    }
    const graph = target;
    const result = await this.queue.drain(keys.queuePrivateKey, async (moment) => {
      if (!graph.moments.has(moment.id)) await graph.moments.restore(moment);
    });
    if (temporary) await graph.close();
    this.queued = await this.queue.count();
    if (result.added > 0) {
      this.notices.post({
        level: 'info',
        title: t('desktop:notices.lock.queueAdded.title', { count: result.added }),
        detail: t('desktop:notices.lock.queueAdded.detail'),
      });
    }
  }

  private async closeGraph(): Promise<void> {
    const services = this.current;
    if (!services) return;
    this.current = null;
    await services.close();
    this.options.onClosed?.();
  }

  /** After a failed attempt: the windows must stop showing "Unlocking…". On success open() tells them, once the log is open. */
  private notBusy(): void {
    this.busy = null;
    this.changed();
  }

  private changed(): void {
    this.options.emit('vault.changed', this.state());
  }

  private vaultHandlers() {
    return {
      'vault.state': () => this.state(),
      'vault.unlock': async ({ passphrase }: { passphrase: string }) => (await this.unlock(passphrase), this.state()),
      'vault.lock': async () => {
        await this.lock();
        if (this.enabled && this.current) throw new AppError('storage', t('errors:lock.unsavedLock'));
        return this.state();
      },
      'vault.enable': async ({ passphrase }: { passphrase: string }) => (await this.enable(passphrase), this.state()),
      'vault.change': async ({ current, next }: { current: string; next: string }) => (await this.changePassphrase(current, next), this.state()),
      'vault.disable': async ({ passphrase }: { passphrase: string }) => (await this.disable(passphrase), this.state()),
    };
  }
}
