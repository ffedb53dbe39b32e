import type { MainView } from '../../../shared/contract/index';
import type { CalendarServices } from '../calendar/sync/index';
import type { Clock } from '../clock';
import type { CoachService } from '../coach/coach-service';
import { createCalendarHandlers } from './calendar-handlers';
import { createCoachHandlers } from './coach-handlers';
import type { MomentService } from '../moments/moment-service';
import type { NoticeBoard } from '../notices';
import type { PopupController, PopupSurface } from '../popup-controller';
import type { SettingsService } from '../settings/settings-service';
import type { Handlers } from './dispatcher';

/** What the handlers need from the window layer; the Electron shell implements it. */
export interface WindowShell {
  openMain(view: MainView): void;
  popup: PopupSurface;
  /** What the platform layer knows: the global shortcut's registration, supported features. */
  status(): { shortcutRegistered: boolean | null; os: string; doNotDisturb: boolean; launchAtLogin: boolean };
}

export interface HandlerDeps {
  moments: MomentService;
  settings: SettingsService;
  notices: NoticeBoard;
  coach: CoachService;
  popup: PopupController;
  shell: WindowShell;
  calendar: CalendarServices;
  clock: Clock;
  info: { version: string; dataDirectory: string; timeZone: () => string };
}

/** The handler table: one function per contract command. Runs in Electron and in the e2e harness. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': () => {
      const status = deps.shell.status();
      return {
        version: deps.info.version,
        dataDirectory: deps.info.dataDirectory,
        timeZone: deps.info.timeZone(),
        shortcut: { accelerator: deps.settings.get().shortcut.logMoment, registered: status.shortcutRegistered },
        platform: { os: status.os, doNotDisturb: status.doNotDisturb, launchAtLogin: status.launchAtLogin },
      };
    },

    'moments.add': (input) => deps.moments.add(input),
    'moments.update': ({ id, patch }) => deps.moments.update(id, patch),
    'moments.remove': ({ id }) => deps.moments.remove(id),
    'moments.restore': ({ moment }) => deps.moments.restore(moment),
    'moments.list': ({ limit, before }) => deps.moments.list(limit, before),

    'people.suggest': ({ query, limit }) => deps.moments.suggestPeople(query, limit),

    'settings.get': () => deps.settings.get(),
    'settings.update': (patch) => deps.settings.update(patch),

    'notices.list': () => deps.notices.list(),
    'notices.dismiss': ({ id }) => deps.notices.dismiss(id),

    ...createCoachHandlers(deps.coach),
    ...createCalendarHandlers({ calendar: deps.calendar, clock: deps.clock, timeZone: deps.info.timeZone }),

    'windows.openMain': ({ view }) => {
      deps.shell.openMain(view);
      return null;
    },
    'windows.closePopup': () => {
      deps.popup.closeLog();
      return null;
    },
  };
}
