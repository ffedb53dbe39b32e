import { join } from 'node:path';
import type { EventName } from '../../shared/contract/index';
import { AppHost, type HostOptions } from '../../electron/services/host/app-host';
import { FakeClock } from './fake-clock';
import { fileSettingsBackend } from './file-settings-backend';
import { createTestSecretBox } from '../fixtures/calendar-sync/aes-secret-box';
import { testShellStatus } from './shell-status';
import { TEST_KEY_DERIVATION } from './key-derivation';

const running: AppHost[] = [];

export async function closeAllHosts(): Promise<void> {
  for (const host of running.splice(0)) await host.close();
}

/** An AppHost over a temp folder, as the main process runs it, with recorded events. */
export async function startHost(userDataDirectory: string, overrides: Partial<HostOptions> = {}) {
  const clock = (overrides.clock as FakeClock | undefined) ?? new FakeClock('2026-11-21T09:30:00.000Z');
  const events: { event: EventName; payload: unknown }[] = [];
  const host = await AppHost.start({
    userDataDirectory,
    keyDerivation: TEST_KEY_DERIVATION,
    clock,
    timeZone: () => 'Europe/Berlin',
    settingsBackend: fileSettingsBackend(join(userDataDirectory, 'settings.json')),
    version: '1.2.3',
    log: () => undefined,
    emit: (event, payload) => events.push({ event, payload }),
    shell: { openMain: () => undefined, popup: { show: () => undefined, hide: () => undefined }, status: () => testShellStatus('test') },
    calendar: { secretBox: createTestSecretBox(), scheduler: { schedule: () => () => undefined } },
    ...overrides,
  });
  running.push(host);
  // Start-up upkeep (the daily backup) runs in the background: let it finish before tests look at the disk.
  await host.services?.whenIdle();
  return { host, clock, events };
}
