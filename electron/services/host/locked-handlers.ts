import type { z } from 'zod';
import type { Moment, MomentInputSchema } from '../../../shared/domain/moment';
import type { Clock } from '../clock';
import type { Handlers } from '../ipc/dispatcher';
import type { WindowShell } from '../ipc/handlers';
import { appInfo } from '../ipc/app-info';
import { deleteAllData } from '../data-admin/data-admin-service';
import type { ServicesHost } from '../data-admin/services-host';
import type { NoticeBoard } from '../notices';
import type { PopupController } from '../popup-controller';
import type { SettingsService } from '../settings/settings-service';
import type { CoachState } from '../../../shared/domain/coach-view';
import type { Emit } from '../events';

/** What the locked handlers need of the AppHost (which passes itself). */
export interface LockedHost extends ServicesHost {
  readonly settings: SettingsService;
  readonly notices: NoticeBoard;
  readonly popup: PopupController;
  coachState(): CoachState;
  queueMoment(moment: Moment): Promise<void>;
}

/**
 * What works while the log is locked: nothing that reads it. Settings, notices, the windows,
 * the tray's coach state, "Log a moment" (its moment is sealed into the queue) and "Delete
 * all my data" (for a forgotten passphrase). Every other command answers "locked".
 */
export function createLockedHandlers(deps: {
  host: LockedHost;
  clock: Clock;
  timeZone: () => string;
  newId: () => string;
  shell: WindowShell;
  version: string;
  dataDirectory: string;
  userDataDirectory: string;
  emit: Emit;
}): Partial<Handlers> {
  const { host } = deps;
  return {
    'app.info': () =>
      appInfo({ shell: deps.shell, version: deps.version, dataDirectory: deps.dataDirectory, timeZone: deps.timeZone, accelerator: host.settings.get().shortcut.logMoment }),
    'settings.get': () => host.settings.get(),
    'settings.update': (patch) => host.settings.update(patch),
    'notices.list': () => host.notices.list(),
    'notices.dismiss': ({ id }) => host.notices.dismiss(id),
    'coach.state': () => host.coachState(),
    'coach.current': () => null,
    // Names typed before are in the locked log: no suggestions until it is open.
    'people.suggest': () => [],
    'moments.add': async (input: z.output<typeof MomentInputSchema>) => {
      const now = deps.clock.now().toISOString();
      const moment: Moment = { id: deps.newId(), ...input, occurredAt: input.occurredAt ?? now, timeZone: deps.timeZone(), createdAt: now, updatedAt: now };
      await host.queueMoment(moment);
      return moment;
    },
    // A forgotten passphrase: the only way forward is a fresh start, which must not need the log.
    'data.deleteAll': () => deleteAllData({ host, userDataDirectory: deps.userDataDirectory, clock: deps.clock, emit: deps.emit, notices: host.notices }),
    'windows.openMain': ({ view, person }) => {
      deps.shell.openMain(view, person);
      return null;
    },
    'windows.closePopup': () => {
      host.popup.closeLog();
      return null;
    },
    'windows.popupReady': ({ route }) => {
      host.popup.pageReady(route);
      return null;
    },
    'windows.popupContentSize': ({ route, height }) => {
      host.popup.contentSize(route, height);
      return null;
    },
  };
}
