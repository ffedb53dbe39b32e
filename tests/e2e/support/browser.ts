import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium where installed (Playwright's own download is not reachable here). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Chromium in the given OS locale. On Linux its native date and time fields read the locale from
 * the environment (the app's Electron gets `--lang` instead), and need the locale files Debian
 * ships in chromium-l10n: "23/11/2026" and "14:05" in en-GB, "23.11.2026" in de-DE.
 */
export function browserLaunchOptions(locale: string): LaunchOptions {
  const posix = locale.replace('-', '_');
  return {
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    env: { ...process.env, LANGUAGE: posix, LANG: `${posix}.UTF-8`, LC_ALL: '' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
