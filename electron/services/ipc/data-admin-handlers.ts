import type { DataAdminService } from '../data-admin/data-admin-service';
import type { Handlers } from './dispatcher';

type DataAdminCommand = 'data.backups' | 'data.backupNow' | 'data.checkBackup' | 'data.restore' | 'data.deleteAll';

/** Settings → Your data: backups, restore, delete everything. */
export function createDataAdminHandlers(dataAdmin: DataAdminService): Pick<Handlers, DataAdminCommand> {
  return {
    'data.backups': () => dataAdmin.listBackups(),
    'data.backupNow': () => dataAdmin.backupNow(),
    'data.checkBackup': async ({ name }) => {
      const { problem, entries } = await dataAdmin.check(name);
      return { problem, entries };
    },
    'data.restore': ({ name }) => dataAdmin.restore(name),
    // The input schema already insists on the typed confirmation word.
    'data.deleteAll': () => dataAdmin.deleteAll(),
  };
}
