import { normalizeServerUrl } from './caldav-client';
import { normalizeFeedUrl } from './ics-feed';
import { suggestedCalendarName } from './ics-text';
import { redactUrl } from './redact';
import type { SealedSecret } from './secret-box';
import type { CredentialsPatch, SourceInputSchema, StoredCalDavCalendar, StoredSource } from './source-schema';
import type { z } from 'zod';
import { t } from '../../text/main-text';

type ParsedSourceInput = z.output<typeof SourceInputSchema>;

export interface NewSourceContext {
  id: string;
  color: string;
  now: string;
  seal: (plain: string) => SealedSecret;
}

const hostOf = (url: string): string => new URL(url).hostname;

/** Turns validated UI input into what is stored; addresses are normalised and secrets sealed. */
export function buildStoredSource(input: ParsedSourceInput, context: NewSourceContext): StoredSource {
  const base = { id: context.id, enabled: true, color: input.color?.toLowerCase() ?? context.color, createdAt: context.now };
  switch (input.kind) {
    case 'ics-url': {
      const url = normalizeFeedUrl(input.url);
      return { ...base, kind: 'ics-url', name: input.name ?? hostOf(url), url: context.seal(url), displayUrl: redactUrl(url) };
    }
    case 'caldav': {
      const serverUrl = normalizeServerUrl(input.serverUrl);
      const selected = input.selectedCalendarUrls ? new Set(input.selectedCalendarUrls) : null;
      const calendars: StoredCalDavCalendar[] = (input.calendars ?? []).map((calendar) => ({
        url: calendar.url,
        displayName: calendar.displayName,
        color: calendar.color,
        selected: selected ? selected.has(calendar.url) : true,
      }));
      return {
        ...base,
        kind: 'caldav',
        name: input.name ?? hostOf(serverUrl),
        serverUrl,
        username: input.username,
        password: context.seal(input.password),
        calendars,
      };
    }
    case 'ics-file':
      return {
        ...base,
        kind: 'ics-file',
        name: input.name ?? suggestedCalendarName(input.text) ?? input.fileName?.replace(/\.ics$/i, '') ?? t('calendar:sync.importedName'),
        fileName: input.fileName,
        importedAt: context.now,
      };
  }
}

/** New secrets for a source; throws a plain-words SyncError for a bad address. */
export function applyCredentials(source: StoredSource, patch: CredentialsPatch, seal: (plain: string) => SealedSecret): StoredSource {
  switch (source.kind) {
    case 'ics-url': {
      if (patch.url === undefined) return source;
      const url = normalizeFeedUrl(patch.url);
      return { ...source, url: seal(url), displayUrl: redactUrl(url) };
    }
    case 'caldav':
      return {
        ...source,
        username: patch.username ?? source.username,
        password: patch.password === undefined ? source.password : seal(patch.password),
      };
    case 'ics-file':
    case 'google':
    case 'microsoft':
      return source;
  }
}

/** Applies the user's choice of calendars; before the first discovery the chosen URLs become the list. */
export function selectCalendars(calendars: readonly StoredCalDavCalendar[], selectedUrls: readonly string[]): StoredCalDavCalendar[] {
  const selected = new Set(selectedUrls);
  if (calendars.length === 0) {
    return selectedUrls.map((url) => ({ url, displayName: url, color: null, selected: true }));
  }
  return calendars.map((calendar) => ({ ...calendar, selected: selected.has(calendar.url) }));
}

/** Refreshes names and colours from the server; new calendars start unchosen, gone ones leave. */
export function mergeDiscovered(
  stored: readonly StoredCalDavCalendar[],
  remote: readonly { url: string; displayName: string; color: string | null }[],
): StoredCalDavCalendar[] {
  const firstDiscovery = stored.length === 0;
  return remote.map((calendar) => ({
    url: calendar.url,
    displayName: calendar.displayName,
    color: calendar.color,
    selected: firstDiscovery || (stored.find((existing) => existing.url === calendar.url)?.selected ?? false),
  }));
}
