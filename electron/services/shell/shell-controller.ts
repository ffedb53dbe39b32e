import type { Presentation } from './presentation';
import type { EventName, EventPayload } from '../../../shared/contract/index';
import type { MainView } from '../../../shared/contract/commands';
import type { CoachEnvironment } from '../../../shared/domain/coach';
import type { AppServices } from '../app-services';
import { shouldAutoLock } from '../host/auto-lock';
import type { AppHost } from '../host/app-host';
import type { Dispatch } from '../ipc/dispatcher';
import type { ShellStatus, WindowShell } from '../ipc/window-shell';
import { loginPlan, startedAtLogin, type LaunchFacts } from './launch';
import type { PlatformProfile } from './platform-profile';
import { PopupPresenter } from './popup-presenter';
import { QuitFlow, type QuitTimers } from './quit-flow';
import { SessionWatch, type LockSource, type SessionTimers } from './session-watch';
import type { ShellPort } from './shell-port';
import { trayModel, type TrayAction } from './tray-model';
import { TrayPresenter } from './tray-presenter';
import { t } from '../text/main-text';

export const UPKEEP_INTERVAL_MS = 60_000;
/** The question before quitting with changes the disk refused, in the current language. */
const unsavedAtQuit = () => ({
  title: t('desktop:dialogs.unsavedAtQuit.title'),
  detail: t('desktop:dialogs.unsavedAtQuit.detail'),
  keep: t('desktop:dialogs.unsavedAtQuit.keep'),
  quit: t('desktop:dialogs.unsavedAtQuit.quit'),
});
const TRAY_EVENTS: ReadonlySet<EventName> = new Set(['coach.changed', 'settings.changed', 'calendar.meetingsChanged', 'vault.changed']);

/** What the shell hands the AppHost it starts. */
export interface HostHooks {
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  shell: WindowShell;
  environment: () => CoachEnvironment;
  timeZone: () => string;
  onOpened: (services: AppServices) => void;
}

export interface ShellControllerDeps {
  port: ShellPort;
  profile: PlatformProfile;
  launch: LaunchFacts;
  /** The renderer page for a hash route. */
  pageUrl: (route: string) => string;
  startHost: (hooks: HostHooks) => Promise<AppHost>;
  timers: QuitTimers & SessionTimers;
  log: (message: string, error?: unknown) => void;
  /** Linux launch at login: writes or removes the XDG autostart entry. */
  writeAutostart: (enabled: boolean, command: readonly string[]) => Promise<void>;
  readDoNotDisturb: () => Promise<boolean>;
  /** Full screen / screen sharing where the OS tells (presentation.ts). */
  readPresentation?: () => Promise<Presentation>;
  /** GNOME's do-not-disturb is readable; elsewhere it is not. */
  doNotDisturbReadable: boolean;
  readTimeZone: () => Promise<string>;
  initialTimeZone: string;
  /** The OS locale (chooseUiLocale), reported to the renderer and used for tray text. */
  locale: string;
  lockSource?: LockSource;
  /** Linux: whether a tray host runs (false: GNOME without the AppIndicator extension; null: unknown). */
  probeTray?: () => Promise<boolean | null>;
  /** Touchpoint cannot start: tell the user (the adapter shows a dialog); the app then exits. */
  showFatal: (error: unknown) => void;
}

/**
 * The shell's decisions, free of Electron: start-up order, quitting and flushing, a second
 * launch, tray actions, the popup's focus strategy, lock and idle, and the settings that live
 * in the OS (shortcut, launch at login). electron/main implements the port and calls listen()
 * at once and start() when the app is ready.
 */
export class ShellController {
  readonly popup: PopupPresenter;
  readonly tray: TrayPresenter;
  readonly watch: SessionWatch;
  readonly quit: QuitFlow;
  private host: AppHost | null = null;
  private starting: Promise<AppHost | null> | null = null;
  private pendingMain: { view: MainView; person?: string | undefined } | null = null;
  private upkeep: unknown = null;
  private hasTray = false;
  private shortcutRegistered: boolean | null = null;
  private appliedShortcut: string | null | undefined;
  private appliedLogin: boolean | undefined;

  constructor(private readonly deps: ShellControllerDeps) {
    const { port, profile } = deps;
    this.popup = new PopupPresenter({
      window: port.popupWindow,
      screen: port.screen,
      notifications: port.notifications,
      profile,
      trayBounds: () => (this.hasTray ? port.tray.bounds() : null),
      pageUrl: deps.pageUrl,
      onClosedByUser: () => this.host?.popup.closeLog(),
      timers: deps.timers,
    });
    this.tray = new TrayPresenter(port.tray, profile, (action) => this.onTrayAction(action));
    this.watch = new SessionWatch({
      system: port.system,
      profile,
      timers: deps.timers,
      readDoNotDisturb: deps.readDoNotDisturb,
      readPresentation: deps.readPresentation,
      readTimeZone: deps.readTimeZone,
      initialTimeZone: deps.initialTimeZone,
      lockSource: deps.lockSource,
      on: {
        environmentChanged: () => this.services()?.coach.triggers.environmentChanged(),
        unlocked: () => this.services()?.coach.triggers.unlocked(),
        screenLocked: () => {
          if (this.host?.settings.get().privacy.lockOnScreenLock) void this.host.lock();
        },
        idleFor: (seconds) => {
          const host = this.host;
          if (host && shouldAutoLock(host.state(), seconds, host.settings.get().privacy)) void host.lock();
        },
        resumed: () => {
          const services = this.services();
          services?.coach.triggers.resumed();
          void services?.calendar.sync.syncAll();
          void services?.maintain();
        },
        timeZoneChanged: () => this.services()?.coach.triggers.timeZoneChanged(),
      },
    });
    this.quit = new QuitFlow({ confirm: () => this.confirmQuit(), flush: () => this.flush(), finish: () => port.app.quit(), timers: deps.timers, log: deps.log });
  }

  /**
   * At once, before the app is ready and before the services start: a second launch or a quit
   * during a slow start must not be missed.
   */
  listen(): void {
    const { app } = this.deps.port;
    app.on('second-instance', () => this.openMain('today'));
    app.on('activate', () => {
      if (this.deps.profile.dockActivate) this.openMain('today');
    });
    app.on('before-quit', () => this.quit.beforeQuit());
    app.on('session-end', () => void this.quit.sessionEnding());
  }

  /** When the app is ready. Resolves with the host, or null when Touchpoint could not start. */
  start(): Promise<AppHost | null> {
    this.starting ??= this.startNow();
    return this.starting;
  }

  get appHost(): AppHost | null {
    return this.host;
  }

  /** A window's command: served once the services are up (a page that loaded during start-up waits). */
  dispatch: Dispatch = async (name, input, context) => {
    const host = this.starting ? await this.starting : null;
    if (!host) return { ok: false, error: { code: 'internal', message: t('errors:notStarted') } };
    return host.dispatch(name, input, context);
  };

  openMain(view: MainView, person?: string): void {
    if (!this.host) {
      // Still starting: open it once the commands it needs are there.
      this.pendingMain = { view, person };
      return;
    }
    const { mainWindow } = this.deps.port;
    if (mainWindow.exists()) {
      mainWindow.navigate(view, person);
      mainWindow.raise();
    } else {
      mainWindow.create(view, person);
    }
  }

  status(): ShellStatus {
    const { profile, launch } = this.deps;
    return {
      shortcutRegistered: this.shortcutRegistered,
      shortcutConfirmed: profile.shortcutConfirmed,
      platform: {
        os: profile.name === 'macos' ? 'darwin' : profile.name === 'windows' ? 'win32' : 'linux',
        doNotDisturb: this.deps.doNotDisturbReadable,
        launchAtLogin: loginPlan(launch, true).kind !== 'unsupported',
        screenLock: this.watch.lockEventsAvailable,
        idle: profile.idleTime,
        tray: this.hasTray,
        cards: profile.quietWindow ? 'window' : 'notification',
      },
      locale: this.deps.locale,
    };
  }

  private services(): AppServices | null {
    return this.host?.services ?? null;
  }

  private async startNow(): Promise<AppHost | null> {
    const { deps } = this;
    const { port } = deps;
    this.popup.prepare();
    this.hasTray = this.tray.start() && (await deps.probeTray?.().catch(() => null)) !== false;
    void this.watch.start().catch((error: unknown) => deps.log('Watching the screen lock failed', error));
    let host: AppHost;
    try {
      host = await deps.startHost({
        emit: (event, payload) => {
          port.broadcast(event, payload);
          if (TRAY_EVENTS.has(event)) this.refreshTray();
        },
        shell: { openMain: (view, person) => this.openMain(view, person), popup: this.popup, status: () => this.status() },
        environment: this.watch.environment,
        timeZone: this.watch.timeZone,
        onOpened: (opened) => {
          opened.calendar.sync.start();
          opened.coach.start();
        },
      });
    } catch (error) {
      deps.showFatal(error);
      this.watch.stop();
      port.app.exit(1);
      return null;
    }
    this.host = host;
    this.applyShellSettings();
    host.settings.onChange(() => this.applyShellSettings());
    this.refreshTray();
    this.upkeep = deps.timers.setInterval(() => {
      void this.services()?.maintain();
      this.refreshTray();
    }, UPKEEP_INTERVAL_MS);
    // Started at login: stay in the tray — unless there is no tray, which would leave nothing visible.
    const hidden = startedAtLogin(deps.launch, () => port.loginItems.wasOpenedAtLogin()) && this.hasTray;
    const first = this.pendingMain ?? (hidden ? null : { view: 'today' as const });
    this.pendingMain = null;
    if (first) this.openMain(first.view, first.person);
    return host;
  }

  private refreshTray(): void {
    const host = this.host;
    if (host) this.tray.render(trayModel(host.coachState(), this.watch.timeZone(), this.deps.locale, host.state().locked));
  }

  private onTrayAction(action: TrayAction): void {
    const host = this.host;
    if (!host) return;
    switch (action.type) {
      case 'log-moment':
        return host.popup.openLogMoment();
      case 'start-review':
        return this.openMain('review');
      case 'show-check-in':
        return host.popup.engagePrompt();
      case 'pause':
        return void this.services()?.coach.pause(action.choice);
      case 'resume':
        return void this.services()?.coach.resume();
      case 'open':
        return this.openMain(action.view);
      case 'unlock':
        return this.openMain('today');
      case 'quit':
        return this.deps.port.app.quit();
    }
  }

  /** The shortcut and launch at login live in the OS: applied when their setting changes. */
  private applyShellSettings(): void {
    const host = this.host;
    if (!host) return;
    const { port, launch, log } = this.deps;
    const settings = host.settings.get();
    if (settings.shortcut.logMoment !== this.appliedShortcut) {
      this.appliedShortcut = settings.shortcut.logMoment;
      port.shortcuts.unregisterAll();
      this.shortcutRegistered = this.appliedShortcut ? port.shortcuts.register(this.appliedShortcut, () => host.popup.openLogMoment()) : null;
    }
    if (settings.launchAtLogin !== this.appliedLogin) {
      this.appliedLogin = settings.launchAtLogin;
      const plan = loginPlan(launch, this.appliedLogin);
      if (plan.kind === 'login-item') port.loginItems.set(plan.settings);
      else if (plan.kind === 'xdg-autostart') void this.deps.writeAutostart(plan.enabled, plan.command).catch((error: unknown) => log('Launch at login', error));
    }
  }

  /**
   * Changes kept in memory because the disk refused them (full, read-only) are tried once more;
   * if they still cannot be written, quitting would lose them: the user decides.
   */
  private async confirmQuit(): Promise<'quit' | 'stay'> {
    const host = this.starting ? await this.starting.catch(() => null) : null;
    if (!host || (await host.saveWaitingWrites())) return 'quit';
    const quit = await this.deps.port.dialogs.confirmQuitWithUnsaved(unsavedAtQuit());
    if (!quit) return 'stay';
    this.deps.log('Quitting with changes that could not be written, at the user’s choice.');
    return 'quit';
  }

  /** Everything quitting needs, once: stop the timers, save and close the log, remove the tray. */
  private async flush(): Promise<void> {
    this.popup.allowClose();
    if (this.upkeep !== null) this.deps.timers.clearInterval(this.upkeep);
    this.watch.stop();
    const host = this.starting ? await this.starting.catch(() => null) : null;
    try {
      await host?.close();
    } finally {
      this.tray.destroy();
      this.deps.port.shortcuts.unregisterAll();
    }
  }
}
