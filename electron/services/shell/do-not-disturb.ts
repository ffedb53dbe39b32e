import { execFile } from 'node:child_process';

/**
 * Whether the desktop is in do-not-disturb, where the OS lets an app read it:
 * - Linux, GNOME (and GNOME-based desktops): `org.gnome.desktop.notifications show-banners`
 *   is false while do-not-disturb is on.
 * - macOS (Focus) and Windows (Focus assist): no public API an app can read; reported as off.
 * Any failure to read is "off": better one card too many than the coach silenced for good.
 */
export type RunCommand = (file: string, args: readonly string[]) => Promise<string>;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 2000 }, (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)));
  });

export async function readDoNotDisturb(platform: NodeJS.Platform, run: RunCommand = runCommand): Promise<boolean> {
  if (platform !== 'linux') return false;
  try {
    const out = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']);
    return out.trim() === 'false';
  } catch {
    return false;
  }
}
