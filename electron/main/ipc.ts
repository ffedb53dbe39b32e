import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { COMMAND_NAMES, commandChannel } from '../../shared/contract/names';
import type { Result } from '../../shared/domain/errors';
import type { Dispatch, WindowRole } from '../services/ipc/dispatcher';

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
      const role = trustedRole(event, options);
      if (!role) return { ok: false, error: { code: 'forbidden', message: 'This window is not allowed to use Touchpoint.' } };
      return options.dispatch(name, input, { window: role });
    });
  }
}

function trustedRole(
  event: IpcMainInvokeEvent,
  options: { roleOf: (id: number) => WindowRole | null; isAppUrl: (url: string) => boolean },
): WindowRole | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return null;
  if (!options.isAppUrl(frame.url)) return null;
  return options.roleOf(event.sender.id);
}
