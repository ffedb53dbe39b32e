import { describe, expect, it } from 'vitest';
import { NOT_PRESENTING, presentationDetection, readPresentation } from '../../../electron/services/shell/presentation';
import { SessionWatch } from '../../../electron/services/shell/session-watch';
import type { Presentation } from '../../../electron/services/shell/presentation';
import type { PlatformProfile } from '../../../electron/services/shell/platform-profile';
import type { SystemPort } from '../../../electron/services/shell/shell-port';

const X11 = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' };
/** xprop as it answers on a real X server, with the focused window's state. */
function xprop(state: string) {
  const calls: string[] = [];
  const run = (file: string, args: readonly string[]) => {
    calls.push([file, ...args].join(' '));
    if (args[0] === '-root') return Promise.resolve('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n');
    return Promise.resolve(`_NET_WM_STATE(ATOM) = ${state}\n`);
  };
  return { run, calls };
}

describe('readPresentation', () => {
  it('Linux X11: full screen when the focused window has _NET_WM_STATE_FULLSCREEN', async () => {
    const full = xprop('_NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_ABOVE');
    expect(await readPresentation('linux', X11, full.run)).toEqual({ fullScreen: true, screenShared: false });
    expect(full.calls).toEqual(['xprop -root _NET_ACTIVE_WINDOW', 'xprop -id 0x3a00007 _NET_WM_STATE']);
    expect(await readPresentation('linux', X11, xprop('_NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ').run)).toEqual(NOT_PRESENTING);
  });

  it('no focused window, no xprop or a failing X server: not presenting (a card too many beats silence)', async () => {
    expect(await readPresentation('linux', X11, () => Promise.resolve('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n'))).toEqual(NOT_PRESENTING);
    expect(await readPresentation('linux', X11, () => Promise.reject(new Error('spawn xprop ENOENT')))).toEqual(NOT_PRESENTING);
  });

  it('Wayland, macOS and Windows: not detected, and nothing is run', async () => {
    const never = () => Promise.reject(new Error('must not run'));
    for (const [platform, env] of [
      ['linux', { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' }],
      ['linux', {}],
      ['darwin', X11],
      ['win32', X11],
    ] as const) {
      expect(await readPresentation(platform, env, never)).toEqual(NOT_PRESENTING);
      expect(presentationDetection(platform, env)).toEqual({ fullScreen: false, screenShared: false });
    }
    expect(presentationDetection('linux', X11)).toEqual({ fullScreen: true, screenShared: false });
  });
});

describe('SessionWatch and presenting', () => {
  it('re-checks the coach when full screen starts and ends, and reports it in the environment', async () => {
    let presentation: Presentation = NOT_PRESENTING;
    let changes = 0;
    const intervals: { callback: () => void; ms: number }[] = [];
    const watch = new SessionWatch({
      system: { onPower: () => undefined, idleState: () => 'active', idleSeconds: () => 0 } as unknown as SystemPort,
      profile: { lockEvents: 'power-monitor', idleTime: true } as unknown as PlatformProfile,
      on: { environmentChanged: () => changes++, unlocked: () => undefined, screenLocked: () => undefined, idleFor: () => undefined, resumed: () => undefined, timeZoneChanged: () => undefined },
      timers: { setInterval: (callback, ms) => intervals.push({ callback, ms }), clearInterval: () => undefined },
      readDoNotDisturb: () => Promise.resolve(false),
      readTimeZone: () => Promise.resolve('Europe/Berlin'),
      initialTimeZone: 'Europe/Berlin',
      readPresentation: () => Promise.resolve(presentation),
    });
    await watch.start();
    expect(intervals.map((i) => i.ms)).toContain(10_000);
    await watch.pollPresentation();
    expect(changes).toBe(0);
    presentation = { fullScreen: true, screenShared: false };
    await watch.pollPresentation();
    expect(watch.environment()).toMatchObject({ fullScreen: true, screenShared: false });
    expect(changes).toBe(1);
    await watch.pollPresentation();
    expect(changes).toBe(1);
    presentation = NOT_PRESENTING;
    await watch.pollPresentation();
    expect(watch.environment().fullScreen).toBe(false);
    expect(changes).toBe(2);
    watch.stop();
  });
});
