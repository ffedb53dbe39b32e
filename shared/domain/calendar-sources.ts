import { z } from 'zod';
import { validationKey } from './validation';

/**
 * Calendar sources as the UI and the IPC contract see them: what the user enters (inputs)
 * and what Settings shows (views, never a secret). The sync service stores more
 * (electron/services/calendar/sync/source-schema.ts).
 */
export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, validationKey('calendar.colour'));

/** Largest ICS file the import accepts; bigger exports are refused with a clear message. */
export const MAX_IMPORT_TEXT_LENGTH = 32 * 1024 * 1024;

/** Everything that can go wrong while syncing, each shown to the user in plain words. */
export const SYNC_ERROR_KINDS = [
  'auth',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
  'http',
  'offline',
  'no-such-host',
  'connection-lost',
  'timeout',
  'tls',
  'too-big',
  'too-many-redirects',
  'insecure-redirect',
  'not-calendar',
  'web-page',
  'truncated',
  'unreadable',
  'no-calendars',
  'not-caldav',
  'secret-unavailable',
  'invalid-address',
  'storage',
  'cancelled',
  'unexpected',
] as const;
export const SyncErrorKindSchema = z.enum(SYNC_ERROR_KINDS);
export type SyncErrorKind = z.infer<typeof SyncErrorKindSchema>;

export const SourceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

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
  text: z.string().max(MAX_IMPORT_TEXT_LENGTH, validationKey('calendar.fileTooBig')),
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

export const SyncStateSchema = z.enum(['never', 'syncing', 'ok', 'error']);
export type SyncState = z.infer<typeof SyncStateSchema>;

export const SourceStatusSchema = z.object({
  sourceId: z.string(),
  state: SyncStateSchema,
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** Null while the source is disabled, is a one-off file import, or the sync loop is stopped. */
  nextSyncAt: z.string().nullable(),
  /** Plain words, safe to show and log (never an address or password). */
  lastError: z.string().nullable(),
  lastErrorKind: SyncErrorKindSchema.nullable(),
  /** The meetings shown come from an earlier good copy because the latest sync failed. */
  usingCachedCopy: z.boolean(),
  hasCachedCopy: z.boolean(),
  /** When the copy in use was fetched. */
  cachedCopyFrom: z.string().nullable(),
});
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

export const CalDavCalendarViewSchema = z.object({
  url: z.string(),
  displayName: z.string(),
  color: HexColorSchema.nullable(),
  selected: z.boolean(),
});

const viewBase = {
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  color: z.string(),
  createdAt: z.string(),
  /** False when secrets are stored unencrypted because the OS offers no key store. */
  secretsProtected: z.boolean(),
  /** The stored secret cannot be decrypted on this machine: the user must enter it again. */
  secretsUnreadable: z.boolean(),
  status: SourceStatusSchema,
};

export const CalendarSourceViewSchema = z.discriminatedUnion('kind', [
  z.object({ ...viewBase, kind: z.literal('ics-url'), displayUrl: z.string() }),
  z.object({ ...viewBase, kind: z.literal('caldav'), serverUrl: z.string(), username: z.string(), calendars: z.array(CalDavCalendarViewSchema) }),
  z.object({ ...viewBase, kind: z.literal('ics-file'), fileName: z.string().nullable(), importedAt: z.string() }),
  /** Connected over OAuth; `account` is the signed-in address once the first sync learnt it. */
  z.object({ ...viewBase, kind: z.literal('google'), account: z.string().nullable() }),
  z.object({ ...viewBase, kind: z.literal('microsoft'), account: z.string().nullable() }),
]);
export type CalendarSourceView = z.infer<typeof CalendarSourceViewSchema>;

export const ConnectionTestResultSchema = z.union([
  z.object({ ok: z.literal(true), kind: z.enum(['ics-url', 'ics-file']), suggestedName: z.string().nullable(), eventCount: z.number() }),
  z.object({ ok: z.literal(true), kind: z.literal('caldav'), suggestedName: z.string().nullable(), calendars: z.array(DiscoveredCalendarSchema) }),
  z.object({ ok: z.literal(false), error: z.string(), errorKind: SyncErrorKindSchema }),
]);
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;

export const LegendEntrySchema = z.object({ id: z.string(), name: z.string(), color: z.string() });
