import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Meeting } from '../../shared/domain/calendar';
import type { CheckIn } from '../../shared/domain/checkin';
import { ACTIVE_ENVIRONMENT, type CoachEnvironment } from '../../shared/domain/coach';
import type { FollowUp } from '../../shared/domain/followup';
import type { Note } from '../../shared/domain/note';
import type { Review } from '../../shared/domain/review';
import type { Moment } from '../../shared/domain/moment';
import type { AccountConnector } from './calendar/accounts/account-connector';
import type { CalendarServices } from './calendar/sync/index';
import { openAppCalendar, type AppCalendarOptions } from './app-calendar';
import { storeUpkeep } from './app-upkeep';
import { CheckInService } from './checkins/checkin-service';
import type { Clock } from './clock';
import { CoachService, type StoredOutcome } from './coach/coach-service';
import { nodeScheduler, type Scheduler } from './coach/scheduler';
import { COLLECTIONS } from './collections';
import { InsightsService } from './insights/insights-service';
import { PersonPages } from './insights/person-page';
import { LookBacks } from './insights/look-back';
import type { OwnAddressService } from './identity/own-address-service';
import { momentsWithoutSelf } from './identity/self-filtered';
import { PeopleService } from './people/people-service';
import { followUpsAsPeople, momentsAsPeople } from './people/read-as-people';
import { createEventBus, type Emit } from './events';
import { LogService } from './log/log-service';
import { NoteService } from './notes/note-service';
import { DayReview } from './review/day-review';
import { ReviewService } from './review/review-service';
import { TransferService } from './transfer/transfer-service';
import { DataAdminService } from './data-admin/data-admin-service';
import type { ServicesHost } from './data-admin/services-host';
import { FollowUpService } from './followups/followup-service';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { AppError } from '../../shared/domain/errors';
import { createHandlers, type WindowShell } from './ipc/handlers';
import { MomentService } from './moments/moment-service';
import { NoticeBoard } from './notices';
import { PopupController } from './popup-controller';
import { SettingsService, type SettingsBackend } from './settings/settings-service';
import { plainCodec, type FileCodec } from './storage/codec';
import type { StorageWriteError } from './storage/collection';
import { DataStore } from './storage/data-store';
import { describeWriteProblem } from './storage/write-problem';
import { MIGRATIONS, type Migration } from './storage/migrations';
import { t } from './text/main-text';

export { COLLECTIONS } from './collections';

export interface AppServicesOptions {
  /** The user-data folder; the database lives in its `data/` subfolder. */
  userDataDirectory: string;
  clock: Clock;
  timeZone: () => string;
  settingsBackend: SettingsBackend;
  shell: WindowShell;
  emit: Emit;
  version: string;
  /** Timers for the coach; tests pass one they drive by hand. */
  scheduler?: Scheduler;
  /** Screen lock, idle and do-not-disturb as the OS reports them. */
  environment?: () => CoachEnvironment;
  calendar: AppCalendarOptions;
  /** When it returns meetings, they replace the calendar's for the coach (tests that script meetings). */
  meetingsOverride?: () => readonly Meeting[] | null;
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
  codec?: FileCodec;
  migrations?: readonly Migration[];
  /** Whoever owns this graph (the AppHost) and can reopen it around a restore or delete-all. */
  host?: ServicesHost;
  /**
   * Services that outlive one opening of the log (the AppHost keeps them while the log is
   * locked and hands them to each new graph); created here when absent.
   */
  shared?: { settings: SettingsService; notices: NoticeBoard; popup: PopupController };
}

export interface AppServices {
  dispatch: Dispatch;
  store: DataStore;
  moments: MomentService;
  followUps: FollowUpService;
  checkIns: CheckInService;
  coach: CoachService;
  calendar: CalendarServices;
  accounts: AccountConnector;
  ownAddresses: OwnAddressService;
  people: PeopleService;
  insights: InsightsService;
  personPages: PersonPages;
  lookBacks: LookBacks;
  log: LogService;
  notes: NoteService;
  reviews: ReviewService;
  dayReview: DayReview;
  transfer: TransferService;
  dataAdmin: DataAdminService;
  popup: PopupController;
  settings: SettingsService;
  notices: NoticeBoard;
  /** Periodic upkeep: the daily backup, and retrying writes the disk refused. */
  maintain(): Promise<void>;
  /** Resolves when all history (not just the newest months) is loaded. */
  whenLoaded(): Promise<void>;
  /** Resolves when the start-up upkeep (daily backup, retries) is done; tests wait for it. */
  whenIdle(): Promise<void>;
  /** Stops timers and waits for pending writes; call before quitting. The coach is started by the caller. */
  close(): Promise<void>;
}

/** Wires every service over one data folder. The Electron main process and the e2e harness both use it. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const newId = options.newId ?? randomUUID;
  const dataDirectory = join(options.userDataDirectory, 'data');
  const store = await DataStore.open({
    directory: dataDirectory,
    clock: options.clock,
    timeZone: options.timeZone,
    collections: COLLECTIONS,
    codec: options.codec,
    migrations: options.migrations,
  });
  // Events reach the windows and, in-process, the log index.
  const bus = createEventBus(options.emit);
  const notices = options.shared?.notices ?? new NoticeBoard(options.clock, bus.emit);
  notices.adopt(store.notices);
  const onWriteFailed = (error: StorageWriteError) => {
    log('Write failed; kept in memory', error);
    notices.post({
      key: 'unsaved-changes',
      level: 'error',
      title: t('desktop:notices.unsavedChanges.title'),
      detail: t('desktop:notices.unsavedChanges.detail', { problem: describeWriteProblem(error.cause) }),
    });
  };
  const common = { clock: options.clock, newId, emit: bus.emit, onWriteFailed };

  const settings = options.shared?.settings ?? new SettingsService(options.settingsBackend, bus.emit);
  const moments = new MomentService({ ...common, collection: store.collection<Moment>('moments'), timeZone: options.timeZone });
  const followUps = new FollowUpService({ ...common, collection: store.collection<FollowUp>('follow-ups') });
  const checkIns = new CheckInService({ ...common, collection: store.collection<CheckIn>('check-ins'), moments, followUps, timeZone: options.timeZone });
  const notes = new NoteService({ ...common, collection: store.collection<Note>('notes'), timeZone: options.timeZone });
  const reviews = new ReviewService({ ...common, collection: store.collection<Review>('reviews'), timeZone: options.timeZone });
  const reflectionLog = new LogService({
    moments,
    checkIns,
    followUps,
    notes,
    reviews,
    timeZone: options.timeZone,
    // Read lazily: the directory is made below, after the calendar it reads; the log is queried only after start-up.
    directory: () => people.directory(),
    listen: (listener) => bus.listen(listener),
    // Registered after the services' own listeners, so each has the records before the log asks for them.
    adoptions: (listener) => {
      store.collection<Moment>('moments').onAdopt((records) => listener({ collection: 'moments', records }));
      store.collection<CheckIn>('check-ins').onAdopt((records) => listener({ collection: 'check-ins', records }));
      store.collection<Review>('reviews').onAdopt((records) => listener({ collection: 'reviews', records }));
      store.collection<FollowUp>('follow-ups').onAdopt((records) => listener({ collection: 'follow-ups', records }));
      store.collection<Note>('notes').onAdopt((records) => listener({ collection: 'notes', records }));
    },
  });
  const popup = options.shared?.popup ?? new PopupController(options.shell.popup);
  // The coach is created below but the calendar must exist first: it reports changes through this.
  let onMeetingsChanged = () => undefined as void;
  const { calendar, accounts, meetingsWindow, ownAddresses } = await openAppCalendar({
    options,
    dataDirectory,
    clock: options.clock,
    settings,
    notices,
    emit: bus.emit,
    newId,
    log,
    onMeetingsChanged: () => onMeetingsChanged(),
  });
  const people = new PeopleService({ moments, checkIns, meetings: () => options.meetingsOverride?.() ?? meetingsWindow.current(), settings, clock: options.clock, timeZone: options.timeZone });
  // Insights and the person page read every name as its person (one per address, merges applied).
  const momentsOfPeople = momentsAsPeople(momentsWithoutSelf(moments, () => ownAddresses.matcherIfKnown()), () => people.directory());
  const insights = new InsightsService({ moments: momentsOfPeople, checkIns, outcomes: store.collection<StoredOutcome>('prompt-outcomes'), calendar: calendar.calendar, settings, clock: options.clock, timeZone: options.timeZone });
  // The person page keeps each moment's name as written ("logged as Sam") and asks the directory who it means.
  const personPages = new PersonPages({ moments: momentsWithoutSelf(moments, () => ownAddresses.matcherIfKnown()), checkIns, followUps: followUpsAsPeople(followUps, () => people.directory()), people: () => people.directory(), notes, calendar: calendar.calendar, settings, clock: options.clock, timeZone: options.timeZone });
  const lookBacks = new LookBacks({ moments, followUps, patterns: () => insights.harmPatterns(), settings, clock: options.clock, timeZone: options.timeZone });
  // The history must be fully loaded before an export or import; set once loading starts below.
  let whenLoaded: () => Promise<void> = () => Promise.resolve();
  const transfer = new TransferService({ store, log: reflectionLog, clock: options.clock, emit: bus.emit, whenLoaded: () => whenLoaded(), onWriteFailed });
  const dataAdmin = new DataAdminService({ userDataDirectory: options.userDataDirectory, store, collections: COLLECTIONS, codec: options.codec ?? plainCodec, migrations: options.migrations ?? MIGRATIONS, clock: options.clock, timeZone: options.timeZone, host: options.host ?? null, emit: bus.emit, notices });
  const dayReview = new DayReview({
    clock: options.clock,
    timeZone: options.timeZone,
    moments,
    checkIns,
    followUps,
    reviews,
    settings,
    meetingsBetween: (from, to) => calendar.calendar.meetingsBetween(from, to),
    sourceColor: (id) => calendar.sync.listSources().find((s) => s.id === id)?.color ?? null,
    outcomes: () => store.collection<StoredOutcome>('prompt-outcomes').values(),
    directory: () => people.directory(),
  });
  const coach = new CoachService({
    ...common,
    scheduler: options.scheduler ?? nodeScheduler,
    timeZone: options.timeZone,
    settings,
    meetings: () => options.meetingsOverride?.() ?? meetingsWindow.current(),
    outcomes: store.collection<StoredOutcome>('prompt-outcomes'),
    checkIns,
    environment: options.environment ?? (() => ACTIVE_ENVIRONMENT),
    popup,
    openReview: () => options.shell.openMain('review'),
    log,
    directory: () => people.directory(),
  });

  onMeetingsChanged = () => {
    meetingsWindow.invalidate();
    coach.triggers.calendarChanged();
    bus.emit('calendar.meetingsChanged', { at: options.clock.now().toISOString() });
  };

  // The services, named once: the handlers use them and the caller gets them.
  const graph = { moments, followUps, checkIns, coach, calendar, accounts, ownAddresses, people, insights, personPages, lookBacks, log: reflectionLog, notes, reviews, dayReview, transfer, dataAdmin, popup, settings, notices };
  const dispatch = createDispatcher(
    createHandlers({
      ...graph,
      clock: options.clock,
      shell: options.shell,
      openMeetingLink: options.calendar.openMeetingLink ?? (() => Promise.reject(new AppError('invalid_input', t('errors:noBrowser')))),
      info: { version: options.version, dataDirectory, timeZone: options.timeZone },
    }),
    log,
  );

  const { finishInterruptedImport, maintain } = storeUpkeep({ store, notices, onWriteFailed, log });

  store.onNotice((notice) => notices.adopt([notice]));
  // The newest months are loaded; the rest of the history streams in without blocking.
  const loaded: Promise<void> = store.loadRemaining().then(
    async () => {
      await finishInterruptedImport();
      bus.emit('moments.changed', { change: 'loaded', id: null, at: options.clock.now().toISOString() });
    },
    (error: unknown) => log('Loading older history failed', error),
  );
  whenLoaded = () => loaded;
  // A settings change (working hours, lead time, pause...) takes effect at once, without a restart.
  let rules = JSON.stringify(settings.get().meetingRules);
  const stopWatchingSettings = settings.onChange((next) => {
    const nextRules = JSON.stringify(next.meetingRules);
    if (nextRules !== rules) {
      rules = nextRules;
      onMeetingsChanged();
    }
    coach.triggers.settingsChanged();
  });
  // Calendars connected before this version (or synced while the app was closed) teach the user's addresses too.
  ownAddresses.learn();

  // The daily backup copies the whole store: never make startup wait for it.
  const firstUpkeep = loaded.then(() => maintain());
  return {
    ...graph,
    dispatch,
    store,
    maintain,
    whenLoaded: () => loaded,
    whenIdle: () => firstUpkeep,
    close: async () => {
      stopWatchingSettings();
      coach.stop();
      accounts.close();
      await calendar.sync.close();
      calendar.calendar.dispose();
      await loaded;
      await firstUpkeep;
      await store.idle();
    },
  };
}
