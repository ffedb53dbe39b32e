import { COLLECTIONS } from '../../electron/services/app-services';
import { DataStore, type DataStoreOptions } from '../../electron/services/storage/data-store';
import type { Clock } from '../../electron/services/clock';

/** Opens a store and waits until all of it is loaded, as most tests want. */
export async function openStore(directory: string, clock: Clock, extra: Partial<DataStoreOptions> = {}): Promise<DataStore> {
  const store = await DataStore.open({ directory, clock, timeZone: () => 'Europe/Berlin', collections: COLLECTIONS, ...extra });
  await store.loadRemaining();
  return store;
}
