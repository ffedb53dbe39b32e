import { z } from 'zod';
import { SealedSecretSchema } from './secret-box';
import type { SyncErrorKind } from './sync-error';

/**
 * Calendar sources: what the user connected, as stored in `<data>/calendar/sources.json`
 * (Stored*), as accepted from the UI (*Input), and as shown to the UI (views, never secrets).
 * The input schemas and view types import only zod, so they can move to shared/ for the IPC
 * contract as they are.
 */
export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #4f7df3');

/** Largest ICS file the import accepts; bigger exports are refused with a clear message. */
export const MAX_IMPORT_TEXT_LENGTH = 32 * 1024 * 1024;

const sourceBase = {
  /** Also a file name (cache/<id>.json), hence the narrow alphabet. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  name: z.string().min(1).max(200),
  enabled: z.boolean(),
  color: HexColorSchema,
  createdAt: z.iso.datetime(),
};

export const StoredCalDavCalendarSchema = z.object({
  url: z.string().min(1),
  displayName: z.string(),
  color: HexColorSchema.nullable(),
  selected: z.boolean(),
});
export type StoredCalDavCalendar = z.infer<typeof StoredCalDavCalendarSchema>;

export const StoredSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    ...sourceBase,
    kind: z.literal('ics-url'),
    url: SealedSecretSchema,
    /** Scheme and host only: what Settings may show of a private address. */
    displayUrl: z.string(),
  }),
  z.object({
    ...sourceBase,
    kind: z.literal('caldav'),
    serverUrl: z.string().min(1),
    username: z.string(),
    password: SealedSecretSchema,
    /** Empty until the first discovery; then every calendar the server lists, chosen or not. */
    calendars: z.array(StoredCalDavCalendarSchema),
  }),
  z.object({
    ...sourceBase,
    kind: z.literal('ics-file'),
    fileName: z.string().nullable(),
    importedAt: z.iso.datetime(),
  }),
]);
export type StoredSource = z.infer<typeof StoredSourceSchema>;
export type SourceKind = StoredSource['kind'];

export const SourcesFileSchema = z.object({
  version: z.literal(1),
  sources: z.array(StoredSourceSchema),
});
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

// ---- Input from the UI ----

const nameInput = z.string().trim().min(1).max(200).optional();

export const DiscoveredCalendarSchema = z.object({
  url: z.string().min(1).max(2000),
  displayName: z.string().max(500),
  color: HexColorSchema.nullable(),
});
export type DiscoveredCalendar = z.infer<typeof DiscoveredCalendarSchema>;

export const IcsUrlConnectionSchema = z.object({ kind: z.literal('ics-url'), url: z.string().trim().min(1).max(4000) });
export const CalDavConnectionSchema = z.object({
  kind: z.literal('caldav'),
  serverUrl: z.string().trim().min(1).max(2000),
  username: z.string().max(500),
  password: z.string().max(2000),
});
export const IcsFileConnectionSchema = z.object({
  kind: z.literal('ics-file'),
  fileName: z.string().max(500).nullable().default(null),
  text: z.string().max(MAX_IMPORT_TEXT_LENGTH, 'This file is too big to import (over 32 MB).'),
});

/** What "Test connection" needs. */
export const SourceConnectionSchema = z.discriminatedUnion('kind', [IcsUrlConnectionSchema, CalDavConnectionSchema, IcsFileConnectionSchema]);
export type SourceConnection = z.input<typeof SourceConnectionSchema>;

/** What "Add calendar" needs: the connection plus naming and, for CalDAV, the chosen calendars. */
export const SourceInputSchema = z.discriminatedUnion('kind', [
  IcsUrlConnectionSchema.extend({ name: nameInput, color: HexColorSchema.optional() }),
  CalDavConnectionSchema.extend({
    name: nameInput,
    color: HexColorSchema.optional(),
    /** The calendars "Test connection" found; when omitted they are discovered on the first sync. */
    calendars: z.array(DiscoveredCalendarSchema).max(500).optional(),
    /** Which of them count; when omitted, all of them. */
    selectedCalendarUrls: z.array(z.string().max(2000)).max(500).optional(),
  }),
  IcsFileConnectionSchema.extend({ name: nameInput, color: HexColorSchema.optional() }),
]);
export type SourceInput = z.input<typeof SourceInputSchema>;

/** New secrets for an existing source, e.g. after "The server said the password is wrong". */
export const CredentialsPatchSchema = z.object({
  url: z.string().trim().min(1).max(4000).optional(),
  username: z.string().max(500).optional(),
  password: z.string().max(2000).optional(),
});
export type CredentialsPatch = z.infer<typeof CredentialsPatchSchema>;

// ---- What the UI sees ----

export type SyncState = 'never' | 'syncing' | 'ok' | 'error';

export interface SourceStatus {
  sourceId: string;
  state: SyncState;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Null while the source is disabled, is a one-off file import, or the sync loop is stopped. */
  nextSyncAt: string | null;
  /** Plain words, safe to show and log (never an address or password). */
  lastError: string | null;
  lastErrorKind: SyncErrorKind | null;
  /** The meetings shown come from an earlier good copy because the latest sync failed. */
  usingCachedCopy: boolean;
  hasCachedCopy: boolean;
  /** When the copy in use was fetched. */
  cachedCopyFrom: string | null;
}

interface SourceViewBase {
  id: string;
  name: string;
  enabled: boolean;
  color: string;
  createdAt: string;
  /** False when secrets are stored unencrypted because the OS offers no key store. */
  secretsProtected: boolean;
  /** The stored secret cannot be decrypted on this machine: the user must enter it again. */
  secretsUnreadable: boolean;
  status: SourceStatus;
}

export type CalendarSourceView =
  | (SourceViewBase & { kind: 'ics-url'; displayUrl: string })
  | (SourceViewBase & { kind: 'caldav'; serverUrl: string; username: string; calendars: StoredCalDavCalendar[] })
  | (SourceViewBase & { kind: 'ics-file'; fileName: string | null; importedAt: string });

export type ConnectionTestResult =
  | { ok: true; kind: 'ics-url' | 'ics-file'; suggestedName: string | null; eventCount: number }
  | { ok: true; kind: 'caldav'; suggestedName: string | null; calendars: DiscoveredCalendar[] }
  | { ok: false; error: string; errorKind: SyncErrorKind };

/** What the sync service reports; the main process forwards these to the windows. */
export type CalendarSyncEvent =
  | { type: 'sources-changed'; sources: CalendarSourceView[] }
  | { type: 'status-changed'; status: SourceStatus }
  /** New data, or a source edit that changes which meetings exist. */
  | { type: 'data-changed'; sourceIds: string[] };
