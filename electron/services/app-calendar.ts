import type { AccountConnector } from './calendar/accounts/account-connector';
import { accountConnector, calendarDirectoryOf, openOAuth, type OAuthSetup } from './calendar/accounts/open-accounts';
import { MeetingsWindow } from './calendar/meetings-window';
import { openCalendarServices, type CalendarServices, type FetchLike, type SecretBox, type Scheduler as SyncScheduler } from './calendar/sync/index';
import type { Clock } from './clock';
import type { Emit } from './events';
import { OwnAddressService } from './identity/own-address-service';
import type { NoticeBoard } from './notices';
import type { SettingsService } from './settings/settings-service';
import { t } from './text/main-text';

/** Without a shell's setup (unit tests): accounts stay readable, but connecting says no client is configured. */
const NO_OAUTH: OAuthSetup = {
  buildClients: { google: null, microsoft: null },
  openExternal: () => Promise.reject(new Error('No browser in this process')),
};

/** Calendar sync: the OS key store for secrets (null where there is none), network and timers. */
export interface AppCalendarOptions {
  secretBox: SecretBox | null;
  fetch?: FetchLike;
  scheduler?: SyncScheduler;
  syncIntervalMs?: number;
  /** Google and Microsoft over OAuth: the build's client ids and the system browser (none: not connectable). */
  oauth?: OAuthSetup;
  /** Opens a meeting link the policy accepted in the system browser (none: Join says so). */
  openMeetingLink?: (url: string) => Promise<void>;
}

export interface AppCalendar {
  calendar: CalendarServices;
  accounts: AccountConnector;
  meetingsWindow: MeetingsWindow;
  ownAddresses: OwnAddressService;
}

interface AppCalendarDeps {
  options: { calendar: AppCalendarOptions; timeZone: () => string };
  dataDirectory: string;
  clock: Clock;
  settings: SettingsService;
  notices: NoticeBoard;
  emit: Emit;
  newId: () => string;
  log: (message: string, error: unknown) => void;
  /** The meetings changed (a sync, or a rule that decides which count): the coach re-plans. */
  onMeetingsChanged: () => void;
}

/** The calendar side of the services: ICS/CalDAV/Google/Microsoft sync, the accounts, and who the user is in them. */
export async function openAppCalendar(deps: AppCalendarDeps): Promise<AppCalendar> {
  const { options, clock, settings, emit } = deps;
  // Created after the calendar, which reports changes before it exists only during its own opening.
  let ownAddresses: OwnAddressService | null = null;
  const oauthSetup: OAuthSetup = options.calendar.oauth ?? NO_OAUTH;
  const oauth = await openOAuth(oauthSetup, { calendarDirectory: calendarDirectoryOf(deps.dataDirectory), secretBox: options.calendar.secretBox, clock, fetch: options.calendar.fetch });
  const calendar = await openCalendarServices({
    oauth: oauth.config,
    dataDirectory: deps.dataDirectory,
    secretBox: options.calendar.secretBox,
    clock,
    timeZone: options.timeZone,
    rules: () => settings.get().meetingRules,
    ...(options.calendar.fetch ? { fetch: options.calendar.fetch } : {}),
    ...(options.calendar.scheduler ? { scheduler: options.calendar.scheduler } : {}),
    ...(options.calendar.syncIntervalMs ? { syncIntervalMs: options.calendar.syncIntervalMs } : {}),
    newId: deps.newId,
    log: (message) => deps.log(message, null),
    onEvent: (event) => {
      if (event.type === 'sources-changed') emit('calendar.sourcesChanged', event.sources);
      if (event.type === 'status-changed') emit('calendar.statusChanged', event.status);
    },
    // New calendar data may name the user: learning an address changes the rules, which re-plans anyway.
    onMeetingsChanged: () => {
      if (!ownAddresses?.learn()) deps.onMeetingsChanged();
    },
  });
  if (calendar.sync.loadProblem) {
    deps.notices.post({ key: 'calendar-sources', level: 'warning', title: t('calendar:notices.sourcesUnreadable'), detail: calendar.sync.loadProblem });
  }
  for (const detail of oauth.loadProblems) deps.notices.post({ level: 'warning', title: t('calendar:notices.accountsUnreadable'), detail });
  const accounts = accountConnector(oauthSetup, oauth, calendar.sync, (provider, stage) => emit('calendar.connectProgress', { provider, stage }));
  ownAddresses = new OwnAddressService({
    sources: () => calendar.sync.listSources(),
    occurrencesBetween: (from, to) => calendar.calendar.occurrencesBetween(from, to),
    rules: () => settings.get().meetingRules,
    saveRules: (meetingRules) => settings.update({ meetingRules }),
    clock,
  });
  return { calendar, accounts, meetingsWindow: new MeetingsWindow(calendar.calendar, clock), ownAddresses };
}
