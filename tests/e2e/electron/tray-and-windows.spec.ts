import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { join } from 'node:path';
import { makeTempDir } from '../../support/temp-dir';
import { ELECTRON_MISSING_REASON, electronBinaryInstalled } from '../support/electron-binary';

const root = join(import.meta.dirname, '..', '..', '..');

test.skip(!electronBinaryInstalled(), ELECTRON_MISSING_REASON);

interface TestHandle {
  tray: { menu: { items: { label: string; click: () => void }[] } | null };
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
    await expect(main.getByRole('heading', { name: 'Reflection log' })).toBeVisible();

    const labels = await app.evaluate(() => {
      const handle = (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest;
      return handle.tray.menu?.items.map((i) => i.label) ?? [];
    });
    expect(labels).toEqual(expect.arrayContaining(['Log a moment…', 'Start today’s review', 'Pause check-ins', 'Open Touchpoint', 'Settings', 'Quit Touchpoint']));

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

    // "Log a moment" opens the popup: a frameless, always-on-top window without a taskbar entry.
    const popupPromise = app.waitForEvent('window');
    await app.evaluate(() => {
      (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest.tray.menu?.items[0]?.click();
    });
    const popup = await popupPromise;
    await expect(popup.getByRole('heading', { name: 'Log a moment' })).toBeVisible();
    const popupState = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows().find((x) => x.webContents.getURL().includes('/popup'));
      return w ? { visible: w.isVisible(), onTop: w.isAlwaysOnTop() } : null;
    });
    expect(popupState).toEqual({ visible: true, onTop: true });

    // A second launch exits and raises the running instance's main window.
    const second = await launch(dir.path).catch(() => null);
    if (second) await second.close().catch(() => undefined);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isVisible() && w.webContents.getURL().includes('#/log')))).toBe(true);
  } finally {
    await app.close();
    await dir.cleanup();
  }
});
