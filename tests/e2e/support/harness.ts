import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { buildTouchpointApi } from '../../../shared/contract/build-api';
import { COMMAND_NAMES, EVENT_NAMES } from '../../../shared/contract/names';
import type { Meeting } from '../../../shared/domain/calendar';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import type { AppServices } from '../../../electron/services/app-services';
import { AppHost } from '../../../electron/services/host/app-host';
import { setMainLocale } from '../../../electron/services/text/main-text';
import { popupSize } from '../../../electron/services/popup-size';
import { rendererPageUrl } from '../../../electron/services/shell/launch';
import type { WindowRole } from '../../../electron/services/ipc/dispatcher';
import { FakeClock } from '../../support/fake-clock';
import { fileSettingsBackend } from '../../support/file-settings-backend';
import { serveFolder } from './static-server';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { testShellStatus } from '../../support/shell-status';
import type { ShellStatus } from '../../../electron/services/ipc/window-shell';
import { TEST_KEY_DERIVATION } from '../../support/key-derivation';
import type { OAuthSetup } from '../../../electron/services/calendar/accounts/open-accounts';
import type { FetchLike } from '../../../electron/services/calendar/sync/http-limits';

/** The test screen's height: the popup's size limits apply as on a 1080p display. */
const SCREEN_HEIGHT = 1080;

export const RENDERER_BUNDLE = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

/**
 * Runs the real services (storage, dispatcher, handlers) in the test process over a temp
 * folder and binds them to pages showing the production renderer bundle. This replaces only
 * the few lines of Electron IPC glue: the page gets the same `window.touchpoint`, built by
 * the same function the preload uses, and every call goes through the same dispatcher.
 */
export class Harness {
  host!: AppHost;
  /** What the services asked of the popup window: "show:log:focus", "show:check-in:quiet", "hide". */
  /**
   * What the desktop tells the app. A browser has no shortcut or login items (shown as unknown);
   * screen lock and idle are taken as a typical desktop's. Tests may set another desktop.
   */
  shellStatus: ShellStatus = testShellStatus('browser', { screenLock: true, idle: true, tray: true });
  readonly popupRequests: string[] = [];
  readonly mainOpenRequests: string[] = [];
  /** The meeting links `meetings.openLink` handed to the system browser (after the policy accepted them). */
  readonly openedMeetingLinks: string[] = [];
  /** The faces the popup page reported drawn (`windows.popupReady`), which the shell waits for to show it. */
  readonly popupReadyReports: string[] = [];
  /** The popup window heights the page's content asked for (`windows.popupContentSize`), as "route:height". */
  readonly popupSizes: string[] = [];
  /** Meetings a test scripts for the coach; null: the coach uses the real calendar sources. */
  meetings: Meeting[] | null = null;
  /**
   * Google and Microsoft over OAuth (local servers in tests that connect accounts) and the fetch
   * the calendar uses; set before `restart()` to take effect. Unset: no client configured.
   */
  calendarOAuth: { oauth: OAuthSetup; fetch: FetchLike } | null = null;
  /** Stands in for the OS keychain; `setAvailable(false)` plays a Linux desktop without one. */
  readonly secretBox = createTestSecretBox();
  /** Every command the pages asked for, in the order asked (before any hold). */
  readonly commandsAsked: string[] = [];
  private readonly holds = new Map<string, Promise<void>>();
  private readonly failures = new Map<string, AppErrorInfo>();
  private readonly pages = new Map<Page, WindowRole>();
  private server!: { url: string; close: () => Promise<void> };

  private constructor(
    readonly userDataDirectory: string,
    readonly clock: FakeClock,
    readonly timeZone: string,
  ) {}

  static async start(options: { userDataDirectory: string; now: string; timeZone: string; locale?: string }): Promise<Harness> {
    const harness = new Harness(options.userDataDirectory, new FakeClock(options.now), options.timeZone);
    if (options.locale) harness.shellStatus = { ...harness.shellStatus, locale: options.locale };
    harness.server = await serveFolder(RENDERER_BUNDLE);
    await harness.startServices();
    return harness;
  }

  get baseUrl(): string {
    return this.server.url;
  }

  /** The open service graph (tests that lock the log use `host` directly). */
  get services(): AppServices {
    const services = this.host.services;
    if (!services) throw new Error('The log is locked');
    return services;
  }

  /** Gives a page the `window.touchpoint` bridge, as the preload does for a window. */
  async attach(page: Page, role: WindowRole): Promise<void> {
    this.pages.set(page, role);
    page.on('close', () => this.pages.delete(page));
    await page.exposeBinding('__touchpointInvoke', async (_source, name: unknown, input: unknown) => {
      this.commandsAsked.push(String(name));
      await this.holds.get(String(name));
      const failure = this.failures.get(String(name));
      if (failure) return { ok: false, error: failure };
      return this.host.dispatch(name, input, { window: role });
    });
    await page.addInitScript({ content: bridgeScript() });
    await page.clock.setFixedTime(this.clock.now());
  }

  /** Holds every answer to `command` (as a busy main process would) until the returned function is called. */
  hold(command: string): () => void {
    let release!: () => void;
    this.holds.set(command, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(command);
      release();
    };
  }

  /** Answers every call of `command` with this error (as a main process that cannot do it would) until the returned function is called. */
  fail(command: string, error: AppErrorInfo): () => void {
    this.failures.set(command, error);
    return () => this.failures.delete(command);
  }

  /** A window's page on a route, addressed as the shell addresses it (with the OS locale). */
  pageUrl(route: string): string {
    return rendererPageUrl(this.baseUrl, undefined, route, this.shellStatus.locale);
  }

  /** Opens a window's page on a route: the popup's own page for /popup/..., the main window's otherwise. */
  async open(page: Page, route: string): Promise<void> {
    await page.goto(this.pageUrl(route));
  }

  /** Moves the services' clock and every page's clock together, then lets the coach catch up. */
  async setTime(at: string): Promise<void> {
    this.clock.set(at);
    for (const page of this.pages.keys()) await page.clock.setFixedTime(this.clock.now());
    this.host.services?.coach.triggers.resumed();
  }

  setMeetings(meetings: Meeting[]): void {
    this.meetings = meetings;
    this.host.services?.coach.triggers.calendarChanged();
  }

  get popupCloses(): number {
    return this.popupRequests.filter((r) => r === 'hide').length;
  }

  private emitTo(role: WindowRole, event: string, payload: unknown): void {
    for (const [page, r] of this.pages) {
      if (r !== role) continue;
      void page
        .evaluate(([e, p]) => (window as unknown as { __touchpointEmit: (e: string, p: unknown) => void }).__touchpointEmit(e, p), [event, payload] as const)
        .catch(() => undefined);
    }
  }

  /**
   * Runs the app as on a desktop in another locale ("de-DE"): the services restart with it (the
   * main process's words follow it), and pages opened afterwards draw in its language (their
   * address carries the locale, as a new window's does; a page opened before keeps its own).
   */
  async useLocale(locale: string): Promise<void> {
    this.shellStatus = { ...this.shellStatus, locale };
    await this.restart();
  }

  /** Stops the services and starts them again over the same folder, like quitting and relaunching. */
  async restart(): Promise<void> {
    await this.host.close();
    await this.startServices();
  }

  async stop(): Promise<void> {
    await this.host.close();
    await this.server.close();
  }

  private async startServices(): Promise<void> {
    // The main process's words follow the OS locale, as the shell sets them at start-up.
    setMainLocale(this.shellStatus.locale);
    this.host = await AppHost.start({
      userDataDirectory: this.userDataDirectory,
      keyDerivation: TEST_KEY_DERIVATION,
      clock: this.clock,
      timeZone: () => this.timeZone,
      settingsBackend: fileSettingsBackend(join(this.userDataDirectory, 'settings.json')),
      version: '0.0.0-test',
      log: () => undefined,
      emit: (event, payload) => {
        for (const page of this.pages.keys()) {
          void page
            .evaluate(([e, p]) => (window as unknown as { __touchpointEmit: (e: string, p: unknown) => void }).__touchpointEmit(e, p), [event, payload] as const)
            .catch(() => undefined);
        }
      },
      // Timers never fire by themselves here: tests move the clock and ask for a re-plan.
      scheduler: { setTimeout: () => null, clearTimeout: () => undefined },
      meetingsOverride: () => this.meetings,
      calendar: {
        secretBox: this.secretBox,
        scheduler: { schedule: () => () => undefined },
        openMeetingLink: (url) => {
          this.openedMeetingLinks.push(url);
          return Promise.resolve();
        },
        ...(this.calendarOAuth ?? {}),
      },
      shell: {
        status: () => this.shellStatus,
        popup: {
          show: (route, focus) => {
            this.popupRequests.push(`show:${route}:${focus ? 'focus' : 'quiet'}`);
            this.emitTo('popup', 'popup.show', { route });
          },
          hide: () => {
            this.popupRequests.push('hide');
          },
          pageReady: (route) => {
            this.popupReadyReports.push(route);
          },
          // As the shell does: the popup window takes the size its content asks for, within limits.
          contentSize: (route, height) => {
            const size = popupSize(height, { height: SCREEN_HEIGHT });
            this.popupSizes.push(`${route}:${size.height}`);
            for (const [page, role] of this.pages) if (role === 'popup') void page.setViewportSize(size).catch(() => undefined);
          },
        },
        openMain: (view, person) => {
          // What WindowManager.showMain does besides raising the window.
          this.mainOpenRequests.push(person ? `${view}:${person}` : view);
          const payload = person ? { view, person } : { view };
          for (const [page, role] of this.pages) {
            if (role === 'main') void page.evaluate((p) => (window as unknown as { __touchpointEmit: (e: string, p: unknown) => void }).__touchpointEmit('navigation.requested', p), payload).catch(() => undefined);
          }
        },
      },
      // Each time the log opens (start, unlock): wait until it is all there, then coach.
      onOpened: (opened) => {
        this.opening = opened.whenLoaded().then(() => opened.whenIdle()).then(() => opened.coach.start());
      },
    });
    await this.opening;
  }

  private opening: Promise<void> = Promise.resolve();

  /** After an unlock or a restore from a test: wait until the reopened log is loaded. */
  async settled(): Promise<void> {
    await this.opening;
  }
}

/** Page-side glue equivalent to electron/preload: builds window.touchpoint from the contract. */
function bridgeScript(): string {
  return `(() => {
    const build = ${buildTouchpointApi.toString()};
    const listeners = new Map();
    window.__touchpointEmit = (event, payload) => {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    };
    const api = build(
      ${JSON.stringify(COMMAND_NAMES)},
      ${JSON.stringify(EVENT_NAMES)},
      (name, input) => window.__touchpointInvoke(name, input),
      (event, listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(listener);
        return () => listeners.get(event).delete(listener);
      },
    );
    Object.defineProperty(window, 'touchpoint', { value: api, enumerable: true });
  })();`;
}
