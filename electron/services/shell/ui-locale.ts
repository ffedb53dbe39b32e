import { resolveLocale } from '../../../shared/format/locale-format';

/** What the OS says about the user's language and formats, read by electron/main before the app is ready. */
export interface LocaleFacts {
  platform: NodeJS.Platform;
  /** The locale variables of the environment (LC_ALL, LC_TIME, LANG...). */
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's app.getPreferredSystemLanguages(): the OS's language list, best first ("en-GB"). */
  preferredLanguages: readonly string[];
}

/** "en_GB.UTF-8" or "de_DE@euro" → "en-GB", "de-DE"; null for "C", "POSIX" and empty values. */
export function posixToTag(value: string | undefined): string | null {
  const name = value?.trim().split(/[.@]/)[0] ?? '';
  if (name === '' || name === 'C' || name === 'POSIX') return null;
  return name.replace(/_/g, '-');
}

/**
 * The locale the whole app formats in and Chromium runs in (passed as `--lang` before ready,
 * so native date and time inputs read "dd/mm/yyyy" in an en-GB session instead of Chromium's
 * en-US default). On Linux the date and time formats come from the locale variables, LC_TIME
 * above LANG (LC_ALL overrides both), as every other desktop app reads them; macOS and Windows
 * give their list of preferred languages, which carries the region ("en-GB").
 */
export function chooseUiLocale(facts: LocaleFacts): string {
  const candidates: (string | null)[] = [];
  if (facts.platform === 'linux') candidates.push(posixToTag(facts.env.LC_ALL), posixToTag(facts.env.LC_TIME), posixToTag(facts.env.LANG));
  candidates.push(...facts.preferredLanguages);
  for (const tag of candidates) {
    const locale = tag ? resolveLocale(tag, '') : '';
    if (locale !== '') return locale;
  }
  return 'en-US';
}
