import type { CommandOutput } from '../../../shared/contract/index';
import type { WindowShell } from './window-shell';

/** `app.info`, the same whether the log is open or locked. */
export function appInfo(deps: { shell: WindowShell; version: string; dataDirectory: string; timeZone: () => string; accelerator: string | null }): CommandOutput<'app.info'> {
  const status = deps.shell.status();
  return {
    version: deps.version,
    dataDirectory: deps.dataDirectory,
    timeZone: deps.timeZone(),
    shortcut: { accelerator: deps.accelerator, registered: status.shortcutRegistered, confirmed: status.shortcutConfirmed },
    platform: status.platform,
    locale: status.locale,
  };
}
