import { COLLECTIONS } from '../../electron/services/app-services';
import { DataStore, type DataStoreOptions } from '../../electron/services/storage/data-store';
import type { Clock } from '../../electron/services/clock';

export function openStore(directory: string, clock: Clock, extra: Partial<DataStoreOptions> = {}): Promise<DataStore> {
  return DataStore.open({ directory, clock, timeZone: () => 'Europe/Berlin', collections: COLLECTIONS, ...extra });
}
