/** The languages Touchpoint's words are written in. Formats (dates, numbers) follow the full OS locale. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language for a locale tag ("de-AT" → "de"); any language without a catalog reads English. */
export function languageOf(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}
