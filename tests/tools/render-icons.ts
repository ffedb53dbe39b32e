/**
 * Renders the SVG icons in electron/assets to the PNG sizes each platform needs, with the
 * same Chromium the browser tests use, then packs the Windows icon.ico from those PNGs. Run
 * after editing an SVG: `npx tsx tests/tools/render-icons.ts` (`--ico-only` repacks icon.ico
 * from the committed PNGs, no browser). The files are committed, so building the app never
 * needs a browser. What each platform needs (checked by tests/unit/packaging):
 * - Linux: icons/NxN.png, 16 to 512 (the hicolor theme sizes; AppImage uses 256 or larger);
 * - macOS: icon.png at 1024, which electron-builder turns into the .icns (16 to 1024 @1x/@2x);
 * - Windows: icon.ico with 16, 24, 32, 48, 64, 128 and 256 (exe, shortcuts, NSIS installer).
 */
import { chromium } from '@playwright/test';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { browserLaunchOptions } from '../e2e/support/browser';
import { encodeIco } from './ico';

const assets = join(import.meta.dirname, '..', '..', 'electron', 'assets');

const jobs: { svg: string; out: string; size: number }[] = [
  ...[16, 24, 32, 48, 64, 128, 256, 512, 1024].map((size) => ({ svg: 'icon.svg', out: `icons/${size}x${size}.png`, size })),
  { svg: 'icon.svg', out: 'icon.png', size: 1024 },
  // One icon per tray state (normal, a check-in waiting, paused), in colour and as macOS templates.
  ...['tray', 'tray-waiting', 'tray-paused', 'trayTemplate', 'trayWaitingTemplate', 'trayPausedTemplate'].flatMap((name) => [
    { svg: `tray/${name}.svg`, out: `tray/${name}.png`, size: 16 },
    { svg: `tray/${name}.svg`, out: `tray/${name}@2x.png`, size: 32 },
  ]),
];

const WINDOWS_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256];

async function renderPngs(): Promise<void> {
  const browser = await chromium.launch(browserLaunchOptions('en-GB'));
  const page = await browser.newPage();
  for (const job of jobs) {
    const svg = await readFile(join(assets, job.svg), 'utf8');
    await page.setViewportSize({ width: job.size, height: job.size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img style="display:block;width:${job.size}px;height:${job.size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } });
    await mkdir(dirname(join(assets, job.out)), { recursive: true });
    await writeFile(join(assets, job.out), png);
    console.log(`wrote ${job.out}`);
  }
  await browser.close();
}

if (!process.argv.includes('--ico-only')) await renderPngs();
const pngs = await Promise.all(WINDOWS_ICON_SIZES.map((size) => readFile(join(assets, 'icons', `${size}x${size}.png`))));
await writeFile(join(assets, 'icon.ico'), encodeIco(pngs));
console.log(`wrote icon.ico (${WINDOWS_ICON_SIZES.join(', ')})`);
