import { findIana } from 'windows-iana';

/**
 * The system's time zone as it is NOW. `Intl...resolvedOptions().timeZone` is read once per
 * process (V8 caches the zone), so after the user travels or changes the zone it would never
 * change: the OS setting is read instead.
 * - TZ in the environment wins (the process was started under it).
 * - Linux and macOS: /etc/localtime is a link into the zone database (…/zoneinfo/Europe/Berlin);
 *   Debian also keeps the name in /etc/timezone.
 * - Windows: `tzutil /g` prints the Windows zone id, mapped to IANA.
 * Anything unreadable falls back to the process's zone.
 */
export interface ZoneReaders {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  readLink: (path: string) => Promise<string>;
  readText: (path: string) => Promise<string>;
  run: (file: string, args: readonly string[]) => Promise<string>;
  /** The zone the process started with. */
  fallback: () => string;
}

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export function zoneFromLocaltimeLink(target: string): string | null {
  const match = /zoneinfo\/(?:posix\/|right\/)?(.+)$/.exec(target);
  return match?.[1] && isValidZone(match[1]) ? match[1] : null;
}

export async function readSystemTimeZone(readers: ZoneReaders): Promise<string> {
  const fromEnv = readers.env.TZ?.replace(/^:/, '');
  if (fromEnv && isValidZone(fromEnv)) return fromEnv;
  const found = await readOsZone(readers).catch(() => null);
  return found ?? readers.fallback();
}

async function readOsZone(readers: ZoneReaders): Promise<string | null> {
  if (readers.platform === 'win32') {
    const windowsId = (await readers.run('tzutil', ['/g'])).trim();
    const iana = findIana(windowsId).find(isValidZone);
    return iana ?? null;
  }
  const linked = await readers.readLink('/etc/localtime').then(zoneFromLocaltimeLink, () => null);
  if (linked) return linked;
  if (readers.platform !== 'linux') return null;
  const named = (await readers.readText('/etc/timezone').catch(() => '')).trim();
  return isValidZone(named) ? named : null;
}
