import { join } from 'node:path';
import type { AppServices, AppServicesOptions } from '../../../electron/services/app-services';
import { AppHost } from '../../../electron/services/host/app-host';
import type { CommandName, EventName } from '../../../shared/contract/index';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { FakeClock } from '../../support/fake-clock';
import { fileSettingsBackend } from '../../support/file-settings-backend';
import { tempFolderPerTest } from '../../support/temp-dir';
import { testShellStatus } from '../../support/shell-status';
import { TEST_KEY_DERIVATION } from '../../support/key-derivation';

export const ctx = { window: 'main' as const };

/**
 * The real services under an AppHost, as the main process runs them, over a temp folder with
 * a fake clock. `control.failNextOpen` makes the next opening of the log fail.
 */
export async function startGraph(userDataDirectory: string, overrides: Partial<AppServicesOptions> = {}) {
  const clock = new FakeClock('2026-11-21T09:30:00.000Z');
  const events: { event: EventName; payload: unknown }[] = [];
  const control = { failNextOpen: false, erasedShell: 0, opened: 0 };
  let opening: Promise<void> = Promise.resolve();
  let n = 0;
  const host = await AppHost.start({
    userDataDirectory,
    keyDerivation: TEST_KEY_DERIVATION,
    clock,
    timeZone: () => 'Europe/Berlin',
    settingsBackend: fileSettingsBackend(join(userDataDirectory, 'settings.json')),
    version: '1.2.3',
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    log: () => undefined,
    emit: (event, payload) => events.push({ event, payload }),
    calendar: { secretBox: createTestSecretBox(), scheduler: { schedule: () => () => undefined } },
    shell: {
      openMain: () => undefined,
      popup: { show: () => undefined, hide: () => undefined },
      status: () => testShellStatus('test'),
    },
    onOpened: (services) => {
      control.opened++;
      if (control.failNextOpen) {
        control.failNextOpen = false;
        throw new Error('simulated failure to open');
      }
      // As the e2e harness does: wait until the history is loaded and the start-up upkeep done.
      opening = services.whenLoaded().then(() => services.whenIdle());
    },
    eraseShellData: () => {
      control.erasedShell++;
      return Promise.resolve();
    },
    ...overrides,
  });
  await opening;
  const graph = {
    host,
    get services(): AppServices {
      if (!host.services) throw new Error('The log is closed');
      return host.services;
    },
    /** Dispatches like a window, then waits until a log it reopened has settled. */
    async dispatch(name: CommandName, input: unknown) {
      const reply = await host.dispatch(name, input, ctx);
      await opening;
      return reply;
    },
    async call<T>(name: CommandName, input: unknown = {}): Promise<T> {
      const reply = await graph.dispatch(name, input);
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.value as T;
    },
    async refusal(name: CommandName, input: unknown): Promise<{ code: string; message: string }> {
      const reply = await graph.dispatch(name, input);
      if (reply.ok) throw new Error(`${name} was expected to be refused`);
      return reply.error;
    },
    settled: () => opening,
    close: () => host.close(),
  };
  return { graph, clock, events, control };
}

export type TestGraph = Awaited<ReturnType<typeof startGraph>>['graph'];

export const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\nDTSTAMP:20261120T000000Z\r\nDTSTART:20261123T090000Z\r\nDTEND:20261123T093000Z\r\nSUMMARY:Standup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

/** A temp folder per test (`t.dir`), and the graph the test starts on it (`t.world`), closed after it. */
export function graphPerTest() {
  const t: { dir: { readonly path: string }; world: Awaited<ReturnType<typeof startGraph>> | null } = {
    dir: tempFolderPerTest(async () => {
      await t.world?.graph.close();
      t.world = null;
    }),
    world: null,
  };
  return t;
}
