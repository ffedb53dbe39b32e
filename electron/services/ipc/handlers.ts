import type { MainView } from '../../../shared/contract/index';
import type { MomentService } from '../moments/moment-service';
import type { NoticeBoard } from '../notices';
import type { SettingsService } from '../settings/settings-service';
import type { Handlers } from './dispatcher';

/** What the handlers need from the window layer; the Electron shell implements it. */
export interface WindowShell {
  openMain(view: MainView): void;
  closePopup(): void;
}

export interface HandlerDeps {
  moments: MomentService;
  settings: SettingsService;
  notices: NoticeBoard;
  shell: WindowShell;
  info: { version: string; dataDirectory: string; timeZone: () => string };
}

/** The handler table: one function per contract command. Runs in Electron and in the e2e harness. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': () => ({ version: deps.info.version, dataDirectory: deps.info.dataDirectory, timeZone: deps.info.timeZone() }),

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

    'windows.openMain': ({ view }) => {
      deps.shell.openMain(view);
      return null;
    },
    'windows.closePopup': () => {
      deps.shell.closePopup();
      return null;
    },
  };
}
