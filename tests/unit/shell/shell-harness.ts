import { join } from 'node:path';
import { AppHost } from '../../../electron/services/host/app-host';
import { PROFILES, type ProfileName } from '../../../electron/services/shell/platform-profile';
import { ShellController, type HostHooks } from '../../../electron/services/shell/shell-controller';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { FakeClock } from '../../support/fake-clock';
import { fileSettingsBackend } from '../../support/file-settings-backend';
import { TEST_KEY_DERIVATION } from '../../support/key-derivation';
import { ShellPortDouble } from '../../support/shell-port-double';

/** Timers the test runs by hand (the quit deadline, the minute upkeep, polling). */
export class ManualTimers {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number; repeat: boolean }>();
  setTimeout = (callback: () => void, ms: number): unknown => this.add(callback, ms, false);
  setInterval = (callback: () => void, ms: number): unknown => this.add(callback, ms, true);
  clearTimeout = (handle: unknown): void => void this.pending.delete(handle as number);
  clearInterval = (handle: unknown): void => void this.pending.delete(handle as number);

  /** Fires every timer of at most `ms`. */
  fire(ms: number): void {
    for (const [id, timer] of [...this.pending]) {
      if (timer.ms > ms) continue;
      if (!timer.repeat) this.pending.delete(id);
      timer.callback();
    }
  }

  private add(callback: () => void, ms: number, repeat: boolean): number {
    const id = this.next++;
    this.pending.set(id, { callback, ms, repeat });
    return id;
  }
}

export interface BootOptions {
  packaged?: boolean;
  argv?: string[];
  env?: Record<string, string>;
  /** Hold the services' start until the test releases it (a slow start). */
  slowStart?: boolean;
  /** The popup page draws only when the test says (drawPopupPage). */
  manualDraw?: boolean;
  /** Make closing the log hang (a flush that never ends). */
  closeHangs?: boolean;
  trayHost?: boolean;
  wasOpenedAtLogin?: boolean;
}

/**
 * A ShellController on a platform profile, over the port double and a real AppHost in a temp
 * folder: the decisions run exactly as in the app, only Electron is the double.
 */
export function bootShell(profileName: ProfileName, userData: string, options: BootOptions = {}) {
  const profile = PROFILES[profileName];
  const double = new ShellPortDouble(profile);
  double.trayHost = options.trayHost ?? true;
  double.wasOpenedAtLogin = options.wasOpenedAtLogin ?? false;
  double.autoDraw = !options.manualDraw;
  const timers = new ManualTimers();
  const logs: string[] = [];
  const fatal: unknown[] = [];
  const autostart: { enabled: boolean; command: readonly string[] }[] = [];
  const closes: string[] = [];
  let release: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (release = resolve));
  if (!options.slowStart) release();
  let lockChange: ((locked: boolean) => void) | null = null;
  const clock = new FakeClock('2026-11-23T09:30:00.000Z');

  const startHost = async (hooks: HostHooks): Promise<AppHost> => {
    await started;
    const host = await AppHost.start({
      ...hooks,
      userDataDirectory: userData,
      clock,
      settingsBackend: fileSettingsBackend(join(userData, 'settings.json')),
      version: '1.2.3',
      log: () => undefined,
      keyDerivation: TEST_KEY_DERIVATION,
      calendar: { secretBox: createTestSecretBox(), scheduler: { schedule: () => () => undefined } },
    });
    const close = host.close.bind(host);
    host.close = async () => {
      closes.push('close');
      if (options.closeHangs) return new Promise<void>(() => undefined);
      await close();
      closes.push('closed');
    };
    return host;
  };

  const controller = new ShellController({
    port: double.port,
    profile,
    launch: {
      profile,
      packaged: options.packaged ?? true,
      argv: options.argv ?? ['/opt/Touchpoint/touchpoint'],
      execPath: profileName === 'windows' ? 'C:\\Users\\sam\\AppData\\Local\\Programs\\Touchpoint\\Touchpoint.exe' : '/opt/Touchpoint/touchpoint',
      appPath: '/home/sam/src/touchpoint',
      env: options.env ?? {},
    },
    pageUrl: (route) => `app://touchpoint/index.html#${route}`,
    startHost,
    timers,
    log: (message) => logs.push(message),
    writeAutostart: (enabled, command) => {
      autostart.push({ enabled, command });
      return Promise.resolve();
    },
    readDoNotDisturb: () => Promise.resolve(false),
    doNotDisturbReadable: false,
    readTimeZone: () => Promise.resolve('Europe/Berlin'),
    initialTimeZone: 'Europe/Berlin',
    locale: 'en-GB',
    lockSource: (onChange) => {
      lockChange = onChange;
      return Promise.resolve({ listening: true, stop: () => (lockChange = null) });
    },
    probeTray: profile.lockEvents === 'dbus' ? () => Promise.resolve(double.trayHost) : undefined,
    showFatal: (error) => fatal.push(error),
  });
  controller.listen();
  // The popup page's `windows.popupReady`, as the IPC handlers pass it on.
  double.onPageDrawn = (face) => controller.popup.pageReady(face);

  return {
    double,
    controller,
    timers,
    logs,
    fatal,
    autostart,
    closes,
    clock,
    releaseStart: () => release(),
    /** Linux: the desktop's screen saver or logind says the screen (un)locked. */
    dbusLock: (locked: boolean) => lockChange?.(locked),
  };
}

/** A shell that has started (its services are up), with its host. */
export async function startedShell(profileName: ProfileName, userData: string, options: BootOptions = {}) {
  const shell = bootShell(profileName, userData, options);
  const host = await shell.controller.start();
  if (!host) throw new Error('The shell did not start');
  await settle();
  return { ...shell, host };
}

/** Lets pending promise callbacks run (several turns, for chains of awaits). */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}
