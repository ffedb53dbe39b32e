import { z } from 'zod';
import { HexColorSchema, SourceIdSchema, type CalendarSourceView, type SourceStatus } from '../../../../shared/domain/calendar-sources';
import { SealedSecretSchema } from './secret-box';

/**
 * Calendar sources: what the user connected, as stored in `<data>/calendar/sources.json`
 * (Stored*), as accepted from the UI (*Input), and as shown to the UI (views, never secrets).
 * The input schemas and view types import only zod, so they can move to shared/ for the IPC
 * contract as they are.
 */
const sourceBase = {
  /** Also a file name (cache/<id>.json), hence the narrow alphabet. */
  id: SourceIdSchema,
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
  // Google and Microsoft accounts: their refresh tokens live in oauth-tokens.json, never here.
  z.object({ ...sourceBase, kind: z.literal('google'), account: z.string().nullable() }),
  z.object({ ...sourceBase, kind: z.literal('microsoft'), account: z.string().nullable() }),
]);
export type StoredSource = z.infer<typeof StoredSourceSchema>;
export type SourceKind = StoredSource['kind'];

export const SourcesFileSchema = z.object({
  version: z.literal(1),
  sources: z.array(StoredSourceSchema),
});
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

// The UI-facing inputs and views live in shared/ (the IPC contract uses them).
export {
  CalDavConnectionSchema,
  CredentialsPatchSchema,
  DiscoveredCalendarSchema,
  HexColorSchema,
  IcsFileConnectionSchema,
  IcsUrlConnectionSchema,
  MAX_IMPORT_TEXT_LENGTH,
  SourceConnectionSchema,
  SourceInputSchema,
  type CalendarSourceView,
  type ConnectionTestResult,
  type CredentialsPatch,
  type DiscoveredCalendar,
  type SourceConnection,
  type SourceInput,
  type SourceStatus,
  type SyncState,
} from '../../../../shared/domain/calendar-sources';

/** What the sync service reports; the main process forwards these to the windows. */
export type CalendarSyncEvent =
  | { type: 'sources-changed'; sources: CalendarSourceView[] }
  | { type: 'status-changed'; status: SourceStatus }
  /** New data, or a source edit that changes which meetings exist. */
  | { type: 'data-changed'; sourceIds: string[] };
