import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileIfExists, writeFileDurably } from '../storage/durable-file';

/**
 * Launch at login on Linux: an XDG autostart entry (~/.config/autostart/*.desktop), which
 * GNOME, KDE, Xfce and most other desktops honour. macOS and Windows use Electron's login
 * items instead (app.setLoginItemSettings).
 */
export const AUTOSTART_FILE = 'touchpoint.desktop';

/** Quotes an argument for a desktop entry's Exec key (Desktop Entry spec, "The Exec key"). */
function quoteExecArg(arg: string): string {
  if (!/[\s"'\\$`]/.test(arg)) return arg;
  return `"${arg.replace(/([\\"$`])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Touchpoint',
    'Comment=A quiet coach for the small moments that build trust',
    `Exec=${command.map(quoteExecArg).join(' ')} --hidden`,
    'Icon=touchpoint',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export async function setLinuxAutostart(configHome: string, enabled: boolean, command: readonly string[]): Promise<void> {
  const path = join(configHome, 'autostart', AUTOSTART_FILE);
  if (enabled) await writeFileDurably(path, autostartEntry(command));
  else await rm(path, { force: true });
}

export async function isLinuxAutostartEnabled(configHome: string): Promise<boolean> {
  return (await readFileIfExists(join(configHome, 'autostart', AUTOSTART_FILE))) !== null;
}
