import type { CalendarServices } from '../calendar/sync/index';
import type { Clock } from '../clock';
import type { CoachService } from '../coach/coach-service';
import { createCalendarHandlers } from './calendar-handlers';
import { createCalendarAccountHandlers } from './calendar-account-handlers';
import type { AccountConnector } from '../calendar/accounts/account-connector';
import { createCoachHandlers } from './coach-handlers';
import { createInsightsHandlers } from './insights-handlers';
import type { InsightsService } from '../insights/insights-service';
import type { PersonPages } from '../insights/person-page';
import type { LookBacks } from '../insights/look-back';
import { createLogHandlers } from './log-handlers';
import { createReviewHandlers } from './review-handlers';
import type { LogService } from '../log/log-service';
import type { NoteService } from '../notes/note-service';
import type { ReviewService } from '../review/review-service';
import type { DayReview } from '../review/day-review';
import type { TransferService } from '../transfer/transfer-service';
import type { DataAdminService } from '../data-admin/data-admin-service';
import { createDataAdminHandlers } from './data-admin-handlers';
import type { CheckInService } from '../checkins/checkin-service';
import type { FollowUpService } from '../followups/followup-service';
import type { MomentService } from '../moments/moment-service';
import type { NoticeBoard } from '../notices';
import type { PopupController } from '../popup-controller';
import type { SettingsService } from '../settings/settings-service';
import type { ServiceHandlers } from './dispatcher';
import { appInfo } from './app-info';
import type { WindowShell } from './window-shell';
import type { PeopleService } from '../people/people-service';
import type { OwnAddressService } from '../identity/own-address-service';
import { AppError } from '../../../shared/domain/errors';
import { checkMeetingLink } from '../meetings/meeting-link-policy';

export type { ShellStatus, WindowShell } from './window-shell';

export interface HandlerDeps {
  moments: MomentService;
  settings: SettingsService;
  notices: NoticeBoard;
  coach: CoachService;
  popup: PopupController;
  shell: WindowShell;
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
  checkIns: CheckInService;
  followUps: FollowUpService;
  clock: Clock;
  /** The system browser (shell.openExternal), for meeting links the policy accepted. */
  openMeetingLink: (url: string) => Promise<void>;
  info: { version: string; dataDirectory: string; timeZone: () => string };
}

/** The handler table: one function per contract command. Runs in Electron and in the e2e harness. */
export function createHandlers(deps: HandlerDeps): ServiceHandlers {
  return {
    'app.info': () =>
      appInfo({ shell: deps.shell, version: deps.info.version, dataDirectory: deps.info.dataDirectory, timeZone: deps.info.timeZone, accelerator: deps.settings.get().shortcut.logMoment }),

    'moments.add': (input) => deps.moments.add(input),
    'moments.update': ({ id, patch }) => deps.moments.update(id, patch),
    'moments.remove': ({ id }) => deps.moments.remove(id),
    'moments.restore': ({ moment }) => deps.moments.restore(moment),
    'moments.list': ({ limit, before }) => deps.moments.list(limit, before),

    // The meeting's attendees first, then this week's people, then earlier entries; never the user.
    'people.suggest': ({ query, limit, meetingId }) => deps.people.suggest(query, limit, meetingId),

    'settings.get': () => deps.settings.get(),
    'settings.update': (patch) => deps.settings.update(patch),

    'notices.list': () => deps.notices.list(),
    'notices.dismiss': ({ id }) => deps.notices.dismiss(id),

    ...createCoachHandlers(deps.coach),
    ...createInsightsHandlers(deps.insights, deps.personPages, deps.lookBacks),
    ...createCalendarHandlers({ calendar: deps.calendar, ownAddresses: deps.ownAddresses, clock: deps.clock, timeZone: deps.info.timeZone }),
    ...createCalendarAccountHandlers(deps.accounts),
    // The link comes from a calendar invitation, so from anyone: only known meeting services open.
    'meetings.openLink': async ({ url }) => {
      const decision = checkMeetingLink(url);
      if (!decision.ok) throw new AppError('invalid_input', decision.message);
      await deps.openMeetingLink(decision.url);
      return null;
    },
    ...createLogHandlers({ ...deps, timeZone: deps.info.timeZone }),
    ...createReviewHandlers({ ...deps, timeZone: deps.info.timeZone }),
    'data.export': ({ format }) => deps.transfer.export(format),
    'data.import': ({ text }) => deps.transfer.import(text),
    ...createDataAdminHandlers(deps.dataAdmin),

    'windows.openMain': ({ view, person }) => {
      deps.shell.openMain(view, person);
      return null;
    },
    'windows.closePopup': () => {
      deps.popup.closeLog();
      return null;
    },
    'windows.popupReady': ({ route }) => {
      deps.popup.pageReady(route);
      return null;
    },
    'windows.popupContentSize': ({ route, height }) => {
      deps.popup.contentSize(route, height);
      return null;
    },
  };
}
