import { join } from 'node:path';
import type { EventName, EventPayload } from '../../shared/contract/index';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../electron/services/app-services';
import { FakeClock } from './fake-clock';
import { createTestSecretBox } from '../fixtures/calendar-sync/aes-secret-box';
import { fileSettingsBackend } from './file-settings-backend';
import { testShellStatus } from './shell-status';

export interface RecordedEvent {
  event: EventName;
  payload: unknown;
}

const running: AppServices[] = [];

/** Closes every service graph a test started (stops timers, waits for writes), before its folder is removed. */
export async function closeAllServices(): Promise<void> {
  for (const services of running.splice(0)) await services.close();
}

/** The real service graph over a temp folder, with a fake clock and recorded events and shell calls. */
export async function startServices(userDataDirectory: string, overrides: Partial<AppServicesOptions> = {}) {
  const clock = (overrides.clock as FakeClock | undefined) ?? new FakeClock('2026-11-21T09:30:00.000Z');
  const events: RecordedEvent[] = [];
  const shellCalls: string[] = [];
  let n = 0;
  const services: AppServices = await createAppServices({
    userDataDirectory,
    clock,
    timeZone: () => 'Europe/Berlin',
    settingsBackend: fileSettingsBackend(join(userDataDirectory, 'settings.json')),
    version: '1.2.3',
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    log: () => undefined,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => events.push({ event, payload }),
    // Calendar timers never fire by themselves in unit tests; the tests sync when they mean to.
    calendar: { secretBox: createTestSecretBox(), scheduler: { schedule: () => () => undefined } },
    shell: {
      openMain: (view) => shellCalls.push(`openMain:${view}`),
      popup: { show: (route, focus) => shellCalls.push(`popup.show:${route}:${focus ? 'focus' : 'quiet'}`), hide: () => shellCalls.push('popup.hide') },
      status: () => testShellStatus('test'),
    },
    ...overrides,
  });
  running.push(services);
  await services.whenLoaded();
  await services.whenIdle();
  // Startup announcements are kept apart so tests see only the events their actions cause.
  const startupEvents = events.splice(0);
  return { services, clock, events, startupEvents, shellCalls };
}
