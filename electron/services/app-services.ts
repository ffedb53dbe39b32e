import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { MomentSchema, type Moment } from '../../shared/domain/moment';
import type { Clock } from './clock';
import type { Emit } from './events';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { createHandlers, type WindowShell } from './ipc/handlers';
import { MomentService } from './moments/moment-service';
import { NoticeBoard } from './notices';
import { SettingsService, type SettingsBackend } from './settings/settings-service';
import type { FileCodec } from './storage/codec';
import type { CollectionSpec, StoredRecord } from './storage/collection';
import { DataStore } from './storage/data-store';
import type { Migration } from './storage/migrations';

export const COLLECTIONS: readonly CollectionSpec<StoredRecord>[] = [
  { name: 'moments', recordSchema: MomentSchema, partition: 'month' },
];

export interface AppServicesOptions {
  /** The user-data folder; the database lives in its `data/` subfolder. */
  userDataDirectory: string;
  clock: Clock;
  timeZone: () => string;
  settingsBackend: SettingsBackend;
  shell: WindowShell;
  emit: Emit;
  version: string;
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
  codec?: FileCodec;
  migrations?: readonly Migration[];
}

export interface AppServices {
  dispatch: Dispatch;
  store: DataStore;
  moments: MomentService;
  settings: SettingsService;
  notices: NoticeBoard;
  /** Periodic upkeep: the daily backup, and retrying writes the disk refused. */
  maintain(): Promise<void>;
  /** Resolves when all history (not just the newest months) is loaded. */
  whenLoaded(): Promise<void>;
  /** Waits for pending writes; call before quitting. */
  close(): Promise<void>;
}

/** Wires every service over one data folder. The Electron main process and the e2e harness both use it. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const dataDirectory = join(options.userDataDirectory, 'data');
  const store = await DataStore.open({
    directory: dataDirectory,
    clock: options.clock,
    timeZone: options.timeZone,
    collections: COLLECTIONS,
    codec: options.codec,
    migrations: options.migrations,
  });
  const notices = new NoticeBoard(options.clock, options.emit);
  notices.adopt(store.notices);

  const moments = new MomentService({
    collection: store.collection<Moment>('moments'),
    clock: options.clock,
    timeZone: options.timeZone,
    newId: options.newId ?? randomUUID,
    emit: options.emit,
    onWriteFailed: (error) => {
      log('Write failed; kept in memory', error);
      notices.post({
        key: 'unsaved-changes',
        level: 'error',
        title: 'Some changes are not saved to disk yet',
        detail: `${describeWriteProblem(error.cause)} Touchpoint keeps them in memory and keeps trying; please keep it running until this message goes away.`,
      });
    },
  });
  const settings = new SettingsService(options.settingsBackend, options.emit);

  const dispatch = createDispatcher(
    createHandlers({
      moments,
      settings,
      notices,
      shell: options.shell,
      info: { version: options.version, dataDirectory, timeZone: options.timeZone },
    }),
    log,
  );

  async function maintain(): Promise<void> {
    if (store.unsavedFiles.length > 0) {
      try {
        await store.saveUnsaved();
        notices.dismiss('unsaved-changes');
      } catch (error) {
        log('Retry of unsaved changes failed', error);
      }
    }
    try {
      await store.dailyBackupIfDue();
    } catch (error) {
      log('Daily backup failed', error);
      notices.post({ key: 'backup-failed', level: 'warning', title: 'Today’s backup could not be made', detail: describeWriteProblem(error) });
    }
  }

  store.onNotice((notice) => notices.adopt([notice]));
  // The newest months are loaded; the rest of the history streams in without blocking.
  const loaded = store.loadRemaining().then(
    () => options.emit('moments.changed', { change: 'loaded', id: null, at: options.clock.now().toISOString() }),
    (error: unknown) => log('Loading older history failed', error),
  );

  await maintain();
  return {
    dispatch,
    store,
    moments,
    settings,
    notices,
    maintain,
    whenLoaded: () => loaded,
    close: async () => {
      await loaded;
      await store.idle();
    },
  };
}

export function describeWriteProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full.';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'Touchpoint is not allowed to write to its data folder.';
    case undefined:
    default:
      return `The data folder could not be written (${error instanceof Error ? error.message : String(error)}).`;
  }
}
