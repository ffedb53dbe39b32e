import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, matchesGlob, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseUiLocale } from '../../electron/services/shell/ui-locale';
import { COMMAND_NAMES, commandChannel } from '../../shared/contract/names';
import { readBuilderConfig } from '../unit/packaging/builder-config';
import { makeTempDir } from '../support/temp-dir';
import { ElectronStandIn, type StandInWindow } from './electron-stand-in';

/**
 * The built main bundle (out/main/index.js), booted in Node with a recording stand-in for the
 * `electron` module: what it does before and after 'ready', the handlers and windows it
 * creates, the files it points Electron at, and quitting. Needs `npm run build` first.
 */
const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'out', 'main', 'index.js');
/** Booting starts the real services over a temp folder (disk writes, fsync): no default timeout. */
const BOOT = { timeout: 60_000, interval: 20 };

let userData: { path: string; cleanup: () => Promise<void> };
let standIn: ElectronStandIn;
const savedEnv = { ...process.env };

beforeEach(async () => {
  userData = await makeTempDir('touchpoint-boot-');
});

afterEach(async () => {
  // Quit for real so the services close before their folder goes.
  if (standIn?.ready && standIn.quits === 0) await quit(standIn);
  process.env = { ...savedEnv };
  vi.doUnmock('electron');
  vi.resetModules();
  await userData.cleanup();
});

async function boot(facts: { packaged: boolean; env?: Record<string, string> }): Promise<ElectronStandIn> {
  if (!existsSync(bundle)) throw new Error('out/main/index.js is missing: run `npm run build` before the boot test.');
  Object.assign(process.env, { TOUCHPOINT_USER_DATA: userData.path, ...facts.env });
  delete process.env.WAYLAND_DISPLAY;
  standIn = new ElectronStandIn({ packaged: facts.packaged, userData: '/stand-in/userData', appPath: root });
  const electron = standIn.module;
  vi.resetModules();
  vi.doMock('electron', () => ({ ...electron, default: electron }));
  await import(/* @vite-ignore */ bundle);
  return standIn;
}

/** The tray's Quit: resolves once the services are closed and the tray removed. */
async function quit(stand: ElectronStandIn): Promise<void> {
  (stand.module.app as { quit: () => void }).quit();
  await vi.waitFor(() => expect(stand.calls.some((c) => c.api === 'Tray.destroy')).toBe(true), BOOT);
}

async function bootReady(facts: { packaged: boolean; env?: Record<string, string> }) {
  const stand = await boot(facts);
  stand.becomeReady();
  // Started: the main window is open on Today.
  await vi.waitFor(() => expect(stand.windows.some((w) => w.url?.endsWith('#/today'))).toBe(true), BOOT);
  const main = stand.windows.find((w) => w.url?.endsWith('#/today'));
  const popup = stand.windows.find((w) => w.url?.includes('#/popup/'));
  if (!main || !popup) throw new Error('windows missing');
  return { stand, main, popup };
}

/** Files and folders the bundle handed to Electron must exist in the build and be packaged. */
function expectPackaged(path: string): void {
  expect(existsSync(path), `${path} exists`).toBe(true);
  const inApp = relative(root, path).split('\\').join('/');
  const files = readBuilderConfig().files as string[];
  const included = files.filter((p) => !p.startsWith('!')).some((p) => matchesGlob(inApp, p) || matchesGlob(`${inApp}/x`, p));
  const excluded = files.filter((p) => p.startsWith('!')).some((p) => matchesGlob(inApp, p.slice(1)));
  expect({ path: inApp, packaged: included && !excluded }).toEqual({ path: inApp, packaged: true });
}

describe('the main bundle, booted under a stand-in for electron', () => {
  it('before ready touches only what Electron allows then: paths, the instance lock, switches, schemes, sandbox, listeners', async () => {
    const stand = await boot({ packaged: true });
    const early = stand.calls.filter((c) => c.beforeReady).map((c) => c.api);
    const allowed = [/^app\.setPath$/, /^app\.getAppPath$/, /^app\.requestSingleInstanceLock$/, /^app\.commandLine\.appendSwitch$/, /^app\.getPreferredSystemLanguages$/, /^app\.enableSandbox$/, /^app\.on:/, /^protocol\.registerSchemesAsPrivileged$/];
    expect(early.filter((api) => !allowed.some((rule) => rule.test(api)))).toEqual([]);
    // Chromium runs in the OS locale (date inputs follow it), which only a switch before ready sets.
    expect(stand.calls.filter((c) => c.api === 'app.commandLine.appendSwitch' && c.beforeReady).map((c) => c.args)).toContainEqual(['lang', expect.any(String)]);
    // A relaunch or a quit during a slow start is heard: the listeners are there before ready.
    expect(early).toEqual(expect.arrayContaining(['app.on:second-instance', 'app.on:before-quit', 'app.on:web-contents-created', 'protocol.registerSchemesAsPrivileged', 'app.enableSandbox']));
    // app:// is a standard, secure origin whose scripts' compiled code V8 keeps between runs; it may not bypass the CSP.
    const schemes = stand.calls.find((c) => c.api === 'protocol.registerSchemesAsPrivileged')?.args[0];
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    stand.becomeReady();
    await vi.waitFor(() => expect(stand.windows.length).toBeGreaterThanOrEqual(2), BOOT);
  });

  it('registers a handler for every contract command, and serves them to its own pages only', async () => {
    const { stand, main } = await bootReady({ packaged: true });
    expect([...stand.handlers.keys()].sort()).toEqual(COMMAND_NAMES.map(commandChannel).sort());
    const answer = (await stand.invoke(main, commandChannel('app.info'), undefined)) as { ok: boolean; value?: { version: string } };
    expect(answer).toMatchObject({ ok: true, value: { version: '0.0.0-boot' } });
    const stranger: StandInWindow = { ...main, id: 999 };
    expect(await stand.invoke(stranger, commandChannel('app.info'), undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives every window the secure web preferences, and the popup the keyboard-safe options', async () => {
    const { stand, popup } = await bootReady({ packaged: true });
    for (const window of stand.windows) {
      expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false, devTools: false });
    }
    expect(popup.options).toMatchObject({ show: false, skipTaskbar: true, frame: false });
    // Linux X11 (this machine): created activatable — focusable:false would make it override-redirect.
    expect(popup.options.focusable).toBe(true);
    const workspaces = stand.calls.find((c) => c.api === 'BrowserWindow.setVisibleOnAllWorkspaces');
    expect(workspaces?.args[1]).toMatchObject({ skipTransformProcessType: false });
  });

  it('points Electron only at files that exist in the build and that electron-builder packages', async () => {
    const { stand } = await bootReady({ packaged: true });
    const preloads = new Set(stand.windows.map((w) => (w.options.webPreferences as { preload: string }).preload));
    expect(preloads.size).toBe(1);
    for (const preload of preloads) expectPackaged(preload);
    expect(stand.imagePaths.length).toBeGreaterThanOrEqual(3);
    for (const icon of stand.imagePaths) expectPackaged(icon);
    const representations = stand.calls.filter((c) => c.api === 'nativeImage.addRepresentation');
    expect(representations.length).toBe(stand.imagePaths.length);
    // The renderer folder, through the app:// handler: the page and every asset it names.
    const serve = stand.protocolHandlers.get('app');
    if (!serve) throw new Error('app:// not served');
    const pages = new Set(stand.windows.map((w) => new URL(w.url ?? '').pathname.slice(1)));
    expect([...pages].sort()).toEqual(['index.html', 'popup.html']);
    for (const name of pages) {
      const page = await serve({ method: 'GET', url: `app://touchpoint/${name}` });
      expect(page.status).toBe(200);
      const html = await page.text();
      const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) expect((await serve({ method: 'GET', url: `app://touchpoint/${asset}` })).status).toBe(200);
      expectPackaged(join(root, 'out', 'renderer', name));
    }
  });

  it('quitting twice in a row still saves what was written, then quits', async () => {
    const { stand, popup } = await bootReady({ packaged: true });
    const added = (await stand.invoke(popup, commandChannel('moments.add'), { valence: 'helped', note: 'said at 17:59, quit at 18:00', source: 'tray' })) as { ok: boolean };
    expect(added.ok).toBe(true);
    expect(stand.beforeQuit()).toBe(true);
    expect(stand.beforeQuit()).toBe(true);
    // The flush ends by quitting again, which now passes.
    await vi.waitFor(() => expect(stand.quits).toBe(1), BOOT);
    expect(stand.beforeQuit()).toBe(false);
    expect(stand.calls.filter((c) => c.api === 'Tray.destroy')).toHaveLength(1);
    const store = join(userData.path, 'data', 'store');
    const texts = await Promise.all((await readdir(store, { recursive: true })).filter((f) => f.endsWith('.json')).map((f) => readFile(join(store, f), 'utf8')));
    expect(texts.join('\n')).toContain('said at 17:59, quit at 18:00');
  });

  it('a packaged run ignores ELECTRON_RENDERER_URL; a development run uses it', async () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    const packaged = await bootReady({ packaged: true, env });
    // Each page's address carries the locale the app formats in, as the main process chose it.
    const locale = chooseUiLocale({ platform: process.platform, env: process.env, preferredLanguages: ['en-GB'] });
    expect(locale).toMatch(/^[a-z]{2}/);
    expect(packaged.stand.windows.map((w) => w.url)).toEqual(expect.arrayContaining([`app://touchpoint/index.html?locale=${locale}#/today`]));
    expect(packaged.stand.windows.every((w) => w.url?.startsWith('app://touchpoint/'))).toBe(true);
    await quit(packaged.stand);

    const development = await bootReady({ packaged: false, env });
    expect(development.stand.windows.map((w) => w.url)).toEqual(
      expect.arrayContaining([`http://localhost:5173/index.html?locale=${locale}#/today`, `http://localhost:5173/popup.html?locale=${locale}#/popup/log`]),
    );
  });
});
