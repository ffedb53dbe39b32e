import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { COMMAND_NAMES, commandChannel } from '../../shared/contract/names';
import type { Result } from '../../shared/domain/errors';
import type { Dispatch, WindowRole } from '../services/ipc/dispatcher';
import { trustedRole } from '../services/ipc/sender';
import { t } from '../services/text/main-text';

/**
 * One ipcMain handler per contract command. A call is served only when it comes from the
 * top frame of one of our windows showing our own page; everything else is refused.
 */
export function registerCommandHandlers(options: {
  dispatch: Dispatch;
  roleOf: (webContentsId: number) => WindowRole | null;
  isAppUrl: (url: string) => boolean;
}): void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(commandChannel(name), async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      const role = trustedRole(
        { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isTopFrame: frame !== null && frame.parent === null },
        options.roleOf,
        options.isAppUrl,
      );
      if (!role) return { ok: false, error: { code: 'forbidden', message: t('errors:forbiddenWindow') } };
      return options.dispatch(name, input, { window: role });
    });
  }
}
