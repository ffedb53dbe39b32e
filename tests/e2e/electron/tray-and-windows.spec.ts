import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../../support/temp-dir';
import { ELECTRON_MISSING_REASON, skipWithoutElectron } from '../support/electron-binary';

/**
 * The real Electron shell. Runs wherever the binary is installed (the 3-OS workflow in
 * .github/workflows/ci.yml); skipped with its reason where it is not.
 */
const root = join(import.meta.dirname, '..', '..', '..');

test.skip(skipWithoutElectron(), ELECTRON_MISSING_REASON);

interface MenuLike {
  items: { label: string; enabled: boolean; click: () => void; submenu?: MenuLike | null }[];
}
interface TestHandle {
  tray: { menu: MenuLike | null };
  controller: { appHost: { popup: { showPrompt: () => void; openLogMoment: () => void } } | null };
}

async function launch(userData: string, args: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    // The CI runners' Linux has no SUID sandbox helper set up for a development run.
    args: [root, ...(process.platform === 'linux' ? ['--no-sandbox'] : []), ...args],
    env: { ...process.env, TOUCHPOINT_USER_DATA: userData, TOUCHPOINT_E2E: '1' },
  });
}

const handle = (app: ElectronApplication) =>
  app.evaluate(() => {
    const h = (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest;
    return h.tray.menu?.items.map((i) => ({ label: i.label, enabled: i.enabled })) ?? [];
  });

const popupState = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows().find((x) => x.webContents.getURL().includes('/popup'));
    return w ? { visible: w.isVisible(), onTop: w.isAlwaysOnTop(), focused: w.isFocused(), skipTaskbar: true } : null;
  });

async function popupPage(app: ElectronApplication): Promise<Page> {
  await expect.poll(() => app.windows().some((w) => w.url().includes('/popup'))).toBe(true);
  const page = app.windows().find((w) => w.url().includes('/popup'));
  if (!page) throw new Error('no popup page');
  return page;
}

test('tray menu, quiet cards, Log a moment takes typing, locked-down pages, single instance, quit flushes', async () => {
  test.setTimeout(120_000);
  const dir = await makeTempDir('touchpoint-electron-');
  let app = await launch(dir.path);
  try {
    const main = await app.firstWindow();
    await expect(main.getByRole('heading', { name: 'Welcome to Touchpoint', level: 1 })).toBeVisible();

    // The tray menu: the next meeting first (not clickable), then every action.
    await expect.poll(() => handle(app)).toEqual(expect.arrayContaining([{ label: 'No more meetings today', enabled: false }]));
    expect((await handle(app)).map((i) => i.label)).toEqual(expect.arrayContaining(['Log a moment…', 'Start today’s review', 'Pause check-ins', 'Open Touchpoint', 'Settings', 'Quit Touchpoint']));

    // The page has the narrow bridge and nothing of Node or raw IPC.
    const surface = await main.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.touchpoint).sort(),
    }));
    expect(surface).toMatchObject({ require: 'undefined', process: 'undefined' });
    expect(surface.bridge).not.toContain('ipcRenderer');

    // A card the coach raises appears without taking the keyboard from the focused window.
    await main.bringToFront();
    await app.evaluate(() => (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest.controller.appHost?.popup.showPrompt());
    await expect.poll(() => popupState(app)).toMatchObject({ visible: true, onTop: true, focused: false });

    // "Log a moment" from the tray takes the keyboard: typing goes into it.
    await app.evaluate(() => {
      const menu = (globalThis as unknown as { __touchpointTest: TestHandle }).__touchpointTest.tray.menu;
      menu?.items.find((i) => i.label === 'Log a moment…')?.click();
    });
    await expect.poll(() => popupState(app)).toMatchObject({ visible: true, focused: true });
    const popup = await popupPage(app);
    await popup.getByRole('radio', { name: /Helped/ }).click();
    await popup.getByRole('textbox', { name: /Note/ }).focus();
    await popup.keyboard.type('typed into the real popup');
    await expect(popup.getByRole('textbox', { name: /Note/ })).toHaveValue('typed into the real popup');
    await popup.getByRole('button', { name: /^Save/ }).click();
    await expect(popup.getByText('Saved to your reflection log')).toBeVisible();

    // A second launch exits and raises the running instance's main window.
    const second = await launch(dir.path).catch(() => null);
    if (second) await second.close().catch(() => undefined);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isVisible() && w.webContents.getURL().includes('#/today')))).toBe(true);

    // Quitting (twice, as an impatient user does) saves the moment before the process ends.
    await app.evaluate(({ app: electronApp }) => {
      electronApp.quit();
      electronApp.quit();
    });
    await app.waitForEvent('close', { timeout: 30_000 }).catch(() => undefined);
    const store = join(dir.path, 'data', 'store');
    const texts = await Promise.all((await readdir(store, { recursive: true })).filter((f) => f.endsWith('.json')).map((f) => readFile(join(store, f), 'utf8')));
    expect(texts.join('\n')).toContain('typed into the real popup');

    // Started at login (--hidden) with a tray: no window opens.
    app = await launch(dir.path, ['--hidden']);
    await expect.poll(() => handle(app)).not.toEqual([]);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length)).toBe(0);
  } finally {
    await app.close().catch(() => undefined);
    await dir.cleanup();
  }
});
