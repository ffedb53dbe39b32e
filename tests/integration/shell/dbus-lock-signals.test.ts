import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Message, MessageType, sessionBus, type MessageBus } from '@jellybrick/dbus-next';
import { hasStatusNotifierHost, logindSessionPath, watchLockSignals, type LockSignals } from '../../../electron/services/shell/linux-session-bus';
import { spawnServer, stopByPid } from '../calendar/support/processes';

/**
 * Linux "lock when the screen locks" against a real dbus-daemon that the test starts: the
 * desktop's screen saver and logind are played by a second connection sending the very
 * signals GNOME, KDE and logind send.
 */
let daemon: ReturnType<typeof spawnServer>;
let address: string;
let desktop: MessageBus;

beforeAll(async () => {
  if (process.platform !== 'linux') return;
  daemon = spawnServer('dbus-daemon', ['--session', '--print-address', '--nofork']);
  const until = Date.now() + 20_000;
  while (!daemon.output().includes('\n') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  address = daemon.output().split('\n')[0]?.trim() ?? '';
  expect(address).toMatch(/^unix:/);
  desktop = sessionBus({ busAddress: address });
});

afterAll(async () => {
  if (process.platform !== 'linux') return;
  desktop?.disconnect();
  if (daemon) await stopByPid(daemon.child, daemon.pid);
});

function signal(path: string, iface: string, member: string, signature = '', body: unknown[] = []): void {
  desktop.send(new Message({ type: MessageType.SIGNAL, path, interface: iface, member, signature, body }));
}

async function collect(options: { sessionId?: string }, act: () => void, count: number): Promise<boolean[]> {
  const seen: boolean[] = [];
  const watch: LockSignals = await watchLockSignals((locked) => seen.push(locked), { sessionBusAddress: address, systemBusAddress: address, ...options });
  try {
    expect(watch.listening).toBe(true);
    act();
    const until = Date.now() + 20_000;
    while (seen.length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    // Give stray signals a moment to arrive, so "nothing else" is really checked.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return seen;
  } finally {
    watch.stop();
  }
}

// D-Bus is how Linux desktops say the screen locked; macOS and Windows (the 3-OS workflow) have
// neither the bus nor this code path (powerMonitor tells them).
describe.runIf(process.platform === 'linux')('screen lock over D-Bus (Linux)', () => {
  it('follows GNOME’s and KDE’s screen saver', async () => {
    const seen = await collect({}, () => {
      signal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [true]);
      signal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
      signal('/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
    }, 3);
    expect(seen).toEqual([true, false, true]);
  });

  it('follows logind’s Lock and Unlock for this session only', async () => {
    const mine = logindSessionPath('2');
    const other = logindSessionPath('c7');
    const seen = await collect({ sessionId: '2' }, () => {
      signal(other, 'org.freedesktop.login1.Session', 'Lock');
      signal(mine, 'org.freedesktop.login1.Session', 'Lock');
      signal(mine, 'org.freedesktop.login1.Session', 'Unlock');
    }, 2);
    expect(seen).toEqual([true, false]);
  });

  it('ignores look-alike signals', async () => {
    const seen = await collect({}, () => {
      signal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'WakeUpScreen');
      signal('/org/example', 'org.example.ScreenSaver', 'ActiveChanged', 'b', [true]);
      signal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
    }, 1);
    expect(seen).toEqual([false]);
  });

  it('reports no listening when no bus can be reached', async () => {
    const watch = await watchLockSignals(() => undefined, { sessionBusAddress: 'unix:path=/nonexistent/touchpoint-bus', systemBusAddress: 'unix:path=/nonexistent/touchpoint-bus', sessionId: '1' });
    expect(watch.listening).toBe(false);
    watch.stop();
  });

  it('tells whether a tray host (StatusNotifierWatcher) is running', async () => {
    expect(await hasStatusNotifierHost({ sessionBusAddress: address })).toBe(false);
    const host = sessionBus({ busAddress: address });
    try {
      await host.requestName('org.kde.StatusNotifierWatcher', 0);
      expect(await hasStatusNotifierHost({ sessionBusAddress: address })).toBe(true);
    } finally {
      host.disconnect();
    }
  });
});

describe('logindSessionPath', () => {
  it('escapes as sd_bus_path_encode does', () => {
    expect(logindSessionPath('c2')).toBe('/org/freedesktop/login1/session/c2');
    expect(logindSessionPath('2')).toBe('/org/freedesktop/login1/session/_32');
    expect(logindSessionPath('12')).toBe('/org/freedesktop/login1/session/_312');
    expect(logindSessionPath('a-b')).toBe('/org/freedesktop/login1/session/a_2db');
  });
});
