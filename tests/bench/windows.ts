/**
 * Issue 14's window targets, in headless Chromium (the e2e harness's browser and services): how
 * long, cold, until the first control of the popup and of the main window appears, each beside
 * a page with React alone (one button) built and served the same way in the same run; and
 * beside that page given the same test harness (bridge and fake clock) as the app's pages.
 * The main window is measured as it opens at every start after the first (on Today), and
 * apart from that on the first run, when it shows the welcome instead.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserLaunchOptions } from '../e2e/support/browser';
import { Harness, RENDERER_BUNDLE } from '../e2e/support/harness';
import { serveFolder } from '../e2e/support/static-server';
import { makeTempDir } from '../support/temp-dir';
import { median, report } from './report';

/**
 * Cold loads per page. A single load's time varies by ±25 % on a 2-core machine: with 10, the
 * same build's ratios moved by ±0.2 between runs of the bench; with 30, by about ±0.1 (the
 * machine's load changes from minute to minute). Compare two builds alternately, more than once.
 */
const RUNS = 30;

/**
 * Records when the first control of the page's content is on screen, from the page's own clock
 * (0 = the navigation started), so the figure has no test-driver round trips in it. Seeing the
 * control in the DOM is not enough. It must be visible: a view can be there but hidden while
 * the window learns whether to show it. And drawn: a page that lays itself out before the DOM
 * is complete (one that focuses a field does) would pay for its layout there, another only
 * after. So the time is taken after the next frame is drawn: the task a frame callback posts
 * runs once that frame's style, layout and paint are done.
 */
const FIRST_CONTROL_WATCH = `(() => {
  const seen = () => [...document.querySelectorAll('main button, main input, main textarea')].some((control) => control.checkVisibility());
  const drawn = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__firstControl = performance.now(); };
    channel.port2.postMessage(null);
  });
  new MutationObserver((_, observer) => {
    if (seen()) {
      observer.disconnect();
      drawn();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class'] });
})();`;

/** The baseline page: React and react-dom, minified, rendering one button. */
async function buildReactOnlyPage(folder: string): Promise<void> {
  await build({
    stdin: {
      contents: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('main', null, createElement('button', { type: 'button' }, 'Ready')));`,
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(folder, 'react-only.js'),
    logLevel: 'silent',
  });
  await writeFile(join(folder, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>React only</title><script type="module" src="./react-only.js"></script></head><body><div id="root"></div></body></html>');
}

/** One cold load: a fresh browser context (empty caches), timed to the first control. */
async function firstControlMs(browser: Browser, url: string, prepare: (page: Page) => Promise<void>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1040, height: 740 } });
  try {
    const page = await context.newPage();
    await prepare(page);
    await page.addInitScript({ content: FIRST_CONTROL_WATCH });
    await page.goto(url);
    await page.locator('main button, main input, main textarea').first().waitFor();
    await page.waitForFunction(() => (window as { __firstControl?: number }).__firstControl !== undefined);
    return await page.evaluate(() => (window as unknown as { __firstControl: number }).__firstControl);
  } finally {
    await context.close();
  }
}

export async function runWindowsBench(): Promise<void> {
  if (!existsSync(join(RENDERER_BUNDLE, 'popup.html'))) throw new Error('The windows bench measures the built renderer: run `npm run build` first.');
  const dataDir = await makeTempDir('bench-windows-');
  const reactDir = await makeTempDir('bench-react-only-');
  const harness = await Harness.start({ userDataDirectory: dataDir.path, now: '2026-11-21T09:30:00.000Z', timeZone: 'Europe/Berlin' });
  await buildReactOnlyPage(reactDir.path);
  const reactOnly = await serveFolder(reactDir.path);
  const browser = await chromium.launch(browserLaunchOptions('en-GB'));
  try {
    const samples = { reactOnly: [] as number[], reactHarnessed: [] as number[], popup: [] as number[], main: [] as number[], welcome: [] as number[] };
    const onboarded = (done: boolean) => {
      harness.services.settings.update({ onboarded: done });
    };
    // Interleaved, so a busy moment on the machine falls on every page alike.
    for (let run = 0; run < RUNS + 1; run++) {
      const react = await firstControlMs(browser, `${reactOnly.url}/index.html`, () => Promise.resolve());
      // The same page given the test bridge and fake clock the app's pages get (a cost no real window has).
      const reactHarnessed = await firstControlMs(browser, `${reactOnly.url}/index.html`, (page) => harness.attach(page, 'popup'));
      const popup = await firstControlMs(browser, harness.pageUrl('/popup/log'), (page) => harness.attach(page, 'popup'));
      onboarded(true);
      const main = await firstControlMs(browser, harness.pageUrl('/today'), (page) => harness.attach(page, 'main'));
      onboarded(false);
      const welcome = await firstControlMs(browser, harness.pageUrl('/today'), (page) => harness.attach(page, 'main'));
      if (run === 0) continue; // the first round warms the browser process and the services, not the pages
      samples.reactOnly.push(react);
      samples.reactHarnessed.push(reactHarnessed);
      samples.popup.push(popup);
      samples.main.push(main);
      samples.welcome.push(welcome);
    }
    const reactMs = median(samples.reactOnly);
    const popupMs = median(samples.popup);
    const mainMs = median(samples.main);
    report('window.first_control_react_only.baseline', reactMs, 'ms');
    report('window.first_control_popup', popupMs, 'ms');
    report('window.first_control_main', mainMs, 'ms');
    report('window.first_control_popup_vs_react_only', popupMs / reactMs, 'x');
    report('window.first_control_main_vs_react_only', mainMs / reactMs, 'x');
    const welcomeMs = median(samples.welcome);
    report('window.first_control_main_first_run', welcomeMs, 'ms');
    report('window.first_control_main_first_run_vs_react_only', welcomeMs / reactMs, 'x');
    // Beside the React-only page with the test harness too: the part of each ratio that is the app's own.
    const harnessedMs = median(samples.reactHarnessed);
    report('window.first_control_react_only_with_harness.baseline', harnessedMs, 'ms');
    report('window.first_control_popup_vs_react_only_with_harness', popupMs / harnessedMs, 'x');
    report('window.first_control_main_vs_react_only_with_harness', mainMs / harnessedMs, 'x');
  } finally {
    await browser.close();
    await reactOnly.close();
    await harness.stop();
    await reactDir.cleanup();
    await dataDir.cleanup();
  }
}
