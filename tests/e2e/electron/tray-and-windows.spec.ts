import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { join } from 'node:path';
import { makeTempDir } from '../../support/temp-dir';
import { ELECTRON_MISSING_REASON, electronBinaryInstalled } from '../support/electron-binary';

const root = join(import.meta.dirname, '..', '..', '..');

test.skip(!electronBinaryInstalled(), ELECTRON_MISSING_REASON);

interface TestHandle {
  tray: { menu: { items: { label: string; enabled: boolean; click: () => void }[] } | null };
  windows: { popupSurface: { show: (route: 'log' | 'check-in', focus: boolean) => void; hide: () => void } };
}

async function launch(userData: string): Promise<ElectronApplication> {
  return electron.launch({
    args: [root, '--no-sandbox'],
    env: { ...process.env, TOUCHPOINT_USER_DATA: userData, TOUCHPOINT_E2E: '1' },
  });
}

test('tray menu, main window, popup, locked-down pages, single instance', async () => {
  const dir = await makeTempDir('touchpoint-electron-');
  const app = await launch(dir.path);
  try {
    const main = await app.firstWindow();
    // A first run opens on the welcome.
    await expect(main.getByRole('heading', { name: 'Welcome to Touchpoint', level: 1 })).toBeVisible();

    const items = await app.evaluate(() => {
      const handle = (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest;
      return handle.tray.menu?.items.map((i) => ({ label: i.label, enabled: i.enabled })) ?? [];
    });
    // The first line says what is next (no calendar connected yet), and cannot be clicked.
    expect(items[0]).toEqual({ label: 'No more meetings today', enabled: false });
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['Log a moment…', 'Start today’s review', 'Pause check-ins', 'Open Touchpoint', 'Settings', 'Quit Touchpoint']));

    // The page has the narrow bridge and nothing of Node or raw IPC.
    const surface = await main.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.touchpoint).sort(),
    }));
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
    expect(surface.bridge).not.toContain('ipcRenderer');
    expect(surface.bridge).toContain('moments');

    // A card the app raises on its own appears without taking the keyboard.
    const popupPromise = app.waitForEvent('window');
    await app.evaluate(() => {
      (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest.windows.popupSurface.show('log', false);
    });
    const popup = await popupPromise;
    await expect(popup.getByRole('heading', { name: 'Log a moment' })).toBeVisible();
    const popupState = () =>
      app.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows().find((x) => x.webContents.getURL().includes('/popup'));
        return w ? { visible: w.isVisible(), onTop: w.isAlwaysOnTop(), focusable: w.isFocusable(), focused: w.isFocused() } : null;
      });
    expect(await popupState()).toEqual({ visible: true, onTop: true, focusable: false, focused: false });

    // "Log a moment" from the tray is asked for by the user: the same frameless, always-on-top popup, now with the keyboard.
    await app.evaluate(() => {
      const handle = (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest;
      handle.tray.menu?.items.find((i) => i.label === 'Log a moment…')?.click();
    });
    await expect.poll(popupState).toMatchObject({ visible: true, onTop: true, focusable: true });

    // A second launch exits and raises the running instance's main window.
    const second = await launch(dir.path).catch(() => null);
    if (second) await second.close().catch(() => undefined);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isVisible() && w.webContents.getURL().includes('#/today')))).toBe(true);
  } finally {
    await app.close();
    await dir.cleanup();
  }
});
