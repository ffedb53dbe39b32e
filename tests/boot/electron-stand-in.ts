/**
 * A STAND-IN for the `electron` module, not Electron: it records every call the built main
 * bundle makes (and whether the app was ready then), answers the few that must return
 * something real (paths, the single-instance lock, window ids), and lets the boot test play the
 * app's events (ready, before-quit, IPC calls). It knows nothing of how Electron behaves beyond
 * that; the behaviour per desktop is modelled in tests/support/shell-port-double.ts.
 */
type Listener = (...args: unknown[]) => unknown;

export interface Recorded {
  api: string;
  args: unknown[];
  beforeReady: boolean;
}

export interface StandInWindow {
  id: number;
  options: Record<string, unknown>;
  url: string | null;
  visible: boolean;
  sent: { channel: string; payload: unknown }[];
  emit(event: string, ...args: unknown[]): void;
}

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class ElectronStandIn {
  readonly calls: Recorded[] = [];
  readonly windows: StandInWindow[] = [];
  readonly handlers = new Map<string, Listener>();
  readonly imagePaths: string[] = [];
  readonly protocolHandlers = new Map<string, (request: { method: string; url: string }) => Promise<Response>>();
  ready = false;
  quits = 0;
  exitCode: number | null = null;
  private readonly paths = new Map<string, string>();
  private readonly appEvents = new Emitter();
  private resolveReady: () => void = () => undefined;
  private readonly whenReadyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  private nextId = 1;
  readonly module: Record<string, unknown>;

  constructor(private readonly facts: { packaged: boolean; userData: string; appPath: string }) {
    this.paths.set('userData', facts.userData);
    const record = (api: string, result?: (...args: never[]) => unknown) =>
      (...args: unknown[]) => {
        this.calls.push({ api, args, beforeReady: !this.ready });
        return result ? (result as (...a: unknown[]) => unknown)(...args) : undefined;
      };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the nested stand-in classes (BrowserWindow, Tray) record into this object
    const stand = this;
    const webContents = (id: number, window: StandInWindow) => {
      const events = new Emitter();
      return {
        id,
        send: (channel: string, payload: unknown) => window.sent.push({ channel, payload }),
        on: (event: string, listener: Listener) => events.on(event, listener),
        setWindowOpenHandler: record('webContents.setWindowOpenHandler'),
        session: sessionStandIn,
        getURL: () => window.url ?? '',
      };
    };
    const sessionStandIn = {
      setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
      setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
      setDevicePermissionHandler: record('session.setDevicePermissionHandler'),
      setSpellCheckerEnabled: record('session.setSpellCheckerEnabled'),
      webRequest: { onBeforeRequest: record('session.webRequest.onBeforeRequest') },
      clearStorageData: record('session.clearStorageData', () => Promise.resolve()),
      clearCache: record('session.clearCache', () => Promise.resolve()),
    };

    class BrowserWindow extends Emitter {
      readonly webContents: ReturnType<typeof webContents>;
      private readonly record: StandInWindow;
      constructor(options: Record<string, unknown>) {
        super();
        stand.calls.push({ api: 'new BrowserWindow', args: [options], beforeReady: !stand.ready });
        const id = stand.nextId++;
        this.record = { id, options, url: null, visible: false, sent: [], emit: (event, ...args) => this.emit(event, ...args) };
        stand.windows.push(this.record);
        this.webContents = webContents(id, this.record);
        stand.appEvents.emit('web-contents-created', {}, this.webContents);
      }
      loadURL(url: string) {
        this.record.url = url;
        return Promise.resolve();
      }
      isDestroyed = () => false;
      isVisible = () => this.record.visible;
      isMinimized = () => false;
      show = () => void (this.record.visible = true);
      showInactive = () => void (this.record.visible = true);
      hide = () => void (this.record.visible = false);
      focus = record('BrowserWindow.focus');
      restore = record('BrowserWindow.restore');
      setBounds = record('BrowserWindow.setBounds');
      setFocusable = record('BrowserWindow.setFocusable');
      setSkipTaskbar = record('BrowserWindow.setSkipTaskbar');
      setAlwaysOnTop = record('BrowserWindow.setAlwaysOnTop');
      setVisibleOnAllWorkspaces = record('BrowserWindow.setVisibleOnAllWorkspaces');
    }

    class Tray extends Emitter {
      constructor(image: unknown) {
        super();
        stand.calls.push({ api: 'new Tray', args: [image], beforeReady: !stand.ready });
      }
      setImage = record('Tray.setImage');
      setToolTip = record('Tray.setToolTip');
      setContextMenu = record('Tray.setContextMenu');
      popUpContextMenu = record('Tray.popUpContextMenu');
      getBounds = () => ({ x: 0, y: 0, width: 0, height: 0 });
      destroy = record('Tray.destroy');
    }

    class Notification extends Emitter {
      static isSupported = () => true;
      show = record('Notification.show');
      close = record('Notification.close');
    }

    const image = () => ({ addRepresentation: record('nativeImage.addRepresentation'), setTemplateImage: record('nativeImage.setTemplateImage') });
    const display = { bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

    const app = {
      get isPackaged() {
        return stand.facts.packaged;
      },
      on: (event: string, listener: Listener) => {
        stand.calls.push({ api: `app.on:${event}`, args: [], beforeReady: !stand.ready });
        stand.appEvents.on(event, listener);
        return app;
      },
      once: (event: string, listener: Listener) => stand.appEvents.once(event, listener),
      whenReady: () => stand.whenReadyPromise,
      isReady: () => stand.ready,
      setPath: record('app.setPath', (name: string, path: string) => void stand.paths.set(name, path)),
      getPath: record('app.getPath', (name: string) => stand.paths.get(name) ?? `/stand-in/${name}`),
      getAppPath: record('app.getAppPath', () => stand.facts.appPath),
      getVersion: record('app.getVersion', () => '0.0.0-boot'),
      getName: () => 'Touchpoint',
      getPreferredSystemLanguages: record('app.getPreferredSystemLanguages', () => ['en-GB']),
      requestSingleInstanceLock: record('app.requestSingleInstanceLock', () => true),
      enableSandbox: record('app.enableSandbox'),
      commandLine: { appendSwitch: record('app.commandLine.appendSwitch') },
      quit: record('app.quit', () => {
        stand.quits++;
        const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
        stand.appEvents.emit('before-quit', event);
        if (!event.defaultPrevented) stand.appEvents.emit('will-quit', { preventDefault: () => undefined });
      }),
      exit: record('app.exit', (code: number) => void (stand.exitCode = code)),
      setLoginItemSettings: record('app.setLoginItemSettings'),
      getLoginItemSettings: record('app.getLoginItemSettings', () => ({ openAtLogin: false, wasOpenedAtLogin: false })),
    };

    this.module = {
      app,
      BrowserWindow,
      Tray,
      Notification,
      Menu: { buildFromTemplate: record('Menu.buildFromTemplate', (template: unknown[]) => ({ items: template })) },
      nativeImage: {
        createFromPath: record('nativeImage.createFromPath', (path: string) => {
          stand.imagePaths.push(path);
          return image();
        }),
      },
      nativeTheme: { shouldUseDarkColors: false },
      ipcMain: {
        handle: record('ipcMain.handle', (channel: string, handler: Listener) => void stand.handlers.set(channel, handler)),
        on: record('ipcMain.on'),
      },
      protocol: {
        registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
        handle: record('protocol.handle', (scheme: string, handler: (request: { method: string; url: string }) => Promise<Response>) => void stand.protocolHandlers.set(scheme, handler)),
      },
      session: { defaultSession: sessionStandIn },
      safeStorage: {
        isEncryptionAvailable: record('safeStorage.isEncryptionAvailable', () => false),
        getSelectedStorageBackend: record('safeStorage.getSelectedStorageBackend', () => 'basic_text'),
        encryptString: record('safeStorage.encryptString', (plain: string) => Buffer.from(plain)),
        decryptString: record('safeStorage.decryptString', (cipher: Buffer) => cipher.toString()),
      },
      screen: {
        getCursorScreenPoint: record('screen.getCursorScreenPoint', () => ({ x: 0, y: 0 })),
        getDisplayNearestPoint: record('screen.getDisplayNearestPoint', () => display),
        getDisplayMatching: record('screen.getDisplayMatching', () => display),
        getPrimaryDisplay: record('screen.getPrimaryDisplay', () => display),
      },
      powerMonitor: {
        on: record('powerMonitor.on'),
        getSystemIdleTime: record('powerMonitor.getSystemIdleTime', () => 0),
        getSystemIdleState: record('powerMonitor.getSystemIdleState', () => 'active'),
      },
      globalShortcut: { register: record('globalShortcut.register', () => true), unregisterAll: record('globalShortcut.unregisterAll') },
      dialog: { showErrorBox: record('dialog.showErrorBox') },
      shell: {},
    };
  }

  /** Electron's 'ready': whenReady() resolves. */
  becomeReady(): void {
    this.ready = true;
    this.appEvents.emit('ready');
    this.resolveReady();
  }

  listenerCount(event: string): number {
    return this.appEvents.count(event);
  }

  /** Plays a before-quit as Electron does (the tray's Quit, Cmd-Q); true when a listener held it. */
  beforeQuit(): boolean {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.appEvents.emit('before-quit', event);
    return event.defaultPrevented;
  }

  /** Calls a command as the page in `window` would, through the registered ipcMain handler. */
  invoke(window: StandInWindow, channel: string, input: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    const event = { sender: { id: window.id }, senderFrame: { url: window.url, parent: null } };
    return Promise.resolve(handler(event, input));
  }
}
