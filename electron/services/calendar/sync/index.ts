/**
 * Calendar sync: sources (ICS subscriptions, CalDAV accounts, ICS imports), their last good
 * copies and statuses, and the merged meetings view. Electron-free: the main process passes in
 * safeStorage (as a SecretBox), the data folder, the clock and the timers.
 */
import type { MeetingRules } from '../../../../shared/domain/calendar';
import { CalendarService } from './calendar-service';
import { CalendarSyncService, type CalendarSyncOptions } from './calendar-sync-service';

export { CalendarService, type CalendarServiceOptions, type SourceLegendEntry } from './calendar-service';
export { CalendarSyncService, type CalendarFeed, type CalendarSyncEvent, type CalendarSyncOptions } from './calendar-sync-service';
export { DEFAULT_HTTP_LIMITS, type FetchLike, type HttpLimits } from './http-limits';
export { redactUrl } from './redact';
export type { SecretBox } from './secret-box';
export {
  CredentialsPatchSchema,
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
} from './source-schema';
export { UnknownSourceError } from './source-store';
export { SyncError, type SyncErrorKind } from './sync-error';
export { systemScheduler, type Scheduler } from './sync-loop';

export interface CalendarServices {
  sync: CalendarSyncService;
  calendar: CalendarService;
}

/** Opens the sync service and the meetings view over it. Call `sync.start()` to begin syncing. */
export async function openCalendarServices(
  options: CalendarSyncOptions & { rules: () => MeetingRules; onMeetingsChanged?: () => void },
): Promise<CalendarServices> {
  const sync = await CalendarSyncService.open(options);
  const calendar = new CalendarService({
    sync,
    rules: options.rules,
    timeZone: options.timeZone,
    onMeetingsChanged: options.onMeetingsChanged,
    log: options.log,
  });
  return { sync, calendar };
}
