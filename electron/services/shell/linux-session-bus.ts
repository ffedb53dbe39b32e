import { Message, MessageType, sessionBus, systemBus, type MessageBus } from '@jellybrick/dbus-next';

/**
 * Linux desktop signals over D-Bus, where Electron has none: powerMonitor's lock-screen and
 * unlock-screen are emitted on macOS and Windows only.
 *
 * Locking is heard from two places, because desktops differ:
 * - the desktop's screen saver on the session bus: `ActiveChanged(b)` of org.gnome.ScreenSaver
 *   (GNOME), org.freedesktop.ScreenSaver (KDE, Xfce, LXQt), org.cinnamon.ScreenSaver and
 *   org.mate.ScreenSaver;
 * - logind on the system bus: `Lock` and `Unlock` of this login session
 *   (org.freedesktop.login1.Session), sent by `loginctl lock-session` and most lock screens.
 */
export const SCREEN_SAVER_INTERFACES = ['org.gnome.ScreenSaver', 'org.freedesktop.ScreenSaver', 'org.cinnamon.ScreenSaver', 'org.mate.ScreenSaver'] as const;
export const LOGIND_SESSION_INTERFACE = 'org.freedesktop.login1.Session';
/** The tray host (StatusNotifierWatcher) that Electron's Linux tray registers with. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

export interface SessionBusOptions {
  /** The session bus; default DBUS_SESSION_BUS_ADDRESS. */
  sessionBusAddress?: string;
  /** The system bus (logind); default the system's. Tests point both at one private bus. */
  systemBusAddress?: string;
  /** This login session's id (XDG_SESSION_ID); without it logind's signals are not followed. */
  sessionId?: string;
  log?: (message: string, error: unknown) => void;
}

export interface LockSignals {
  /** Whether anything is listened to (false: no bus could be reached; Settings says so). */
  readonly listening: boolean;
  stop(): void;
}

/** logind's object path of a session: sd_bus_path_encode escapes every byte but [A-Za-z0-9], and a leading digit. */
export function logindSessionPath(sessionId: string): string {
  const encoded = [...Buffer.from(sessionId, 'utf8')]
    .map((byte, index) => {
      const char = String.fromCharCode(byte);
      const plain = /[A-Za-z0-9]/.test(char) && !(index === 0 && /[0-9]/.test(char));
      return plain ? char : `_${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
  return `/org/freedesktop/login1/session/${encoded}`;
}

/** What a signal means for the lock, or null when it is not one of ours. */
export function lockChangeOf(message: { type: number; interface: string; member: string; path: string; body: unknown[] }, sessionPath: string | null): boolean | null {
  if (message.type !== MessageType.SIGNAL) return null;
  if ((SCREEN_SAVER_INTERFACES as readonly string[]).includes(message.interface) && message.member === 'ActiveChanged') {
    return typeof message.body[0] === 'boolean' ? message.body[0] : null;
  }
  if (message.interface === LOGIND_SESSION_INTERFACE && sessionPath !== null && message.path === sessionPath) {
    if (message.member === 'Lock') return true;
    if (message.member === 'Unlock') return false;
  }
  return null;
}

function connect(address: string | undefined, system: boolean): MessageBus | null {
  try {
    if (address) return sessionBus({ busAddress: address });
    if (system) return systemBus();
    return process.env.DBUS_SESSION_BUS_ADDRESS ? sessionBus() : null;
  } catch {
    return null;
  }
}

/** A lost connection is reported as an 'error' event (untyped in the library); unhandled, it would end the process. */
function onBusError(bus: MessageBus, listener: (error: unknown) => void): void {
  (bus as unknown as NodeJS.EventEmitter).on('error', listener);
}

/** A bus that never answers (a dead socket) must not hold start-up. */
const BUS_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The D-Bus daemon did not answer.')), BUS_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function addMatch(bus: MessageBus, rule: string): Promise<void> {
  await withTimeout(bus.call(
    new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch', signature: 's', body: [rule] }),
  ));
}

/**
 * Follows the screen lock over D-Bus. Resolves once the match rules are in place (or every bus
 * failed); `onChange(true)` when the screen locks, `onChange(false)` when it unlocks.
 */
export async function watchLockSignals(onChange: (locked: boolean) => void, options: SessionBusOptions = {}): Promise<LockSignals> {
  const log = options.log ?? (() => undefined);
  const sessionPath = options.sessionId ? logindSessionPath(options.sessionId) : null;
  const buses: MessageBus[] = [];
  const listen = async (bus: MessageBus | null, rules: string[]): Promise<boolean> => {
    if (!bus) return false;
    onBusError(bus, (error) => log('D-Bus connection error', error));
    bus.on('message', (message) => {
      const locked = lockChangeOf(message, sessionPath);
      if (locked !== null) onChange(locked);
    });
    try {
      for (const rule of rules) await addMatch(bus, rule);
      buses.push(bus);
      return true;
    } catch (error) {
      log('D-Bus lock signals unavailable', error);
      bus.disconnect();
      return false;
    }
  };
  const screenSaverRules = SCREEN_SAVER_INTERFACES.map((name) => `type='signal',interface='${name}',member='ActiveChanged'`);
  const onSession = await listen(connect(options.sessionBusAddress, false), screenSaverRules);
  const onSystem = sessionPath
    ? await listen(connect(options.systemBusAddress, true), [`type='signal',interface='${LOGIND_SESSION_INTERFACE}',path='${sessionPath}'`])
    : false;
  return {
    listening: onSession || onSystem,
    stop: () => {
      for (const bus of buses.splice(0)) bus.disconnect();
    },
  };
}

/** Whether a tray host is running (GNOME shows none without the AppIndicator extension). */
export async function hasStatusNotifierHost(options: Pick<SessionBusOptions, 'sessionBusAddress' | 'log'> = {}): Promise<boolean | null> {
  const bus = connect(options.sessionBusAddress, false);
  if (!bus) return null;
  onBusError(bus, (error) => options.log?.('D-Bus connection error', error));
  try {
    const reply = await withTimeout(
      bus.call(
        new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'NameHasOwner', signature: 's', body: [STATUS_NOTIFIER_WATCHER] }),
      ),
    );
    return reply?.body[0] === true;
  } catch (error) {
    options.log?.('D-Bus tray check failed', error);
    return null;
  } finally {
    bus.disconnect();
  }
}
