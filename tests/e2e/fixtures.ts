import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { Harness } from './support/harness';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'artifacts', 'screenshots');
export const TIME_ZONE = 'Europe/Berlin';
/** Saturday 21 November 2026, 10:30 in Berlin. */
export const START = '2026-11-21T09:30:00.000Z';

/** Fails the test on any console error or uncaught exception, CSP violations included. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface Fixtures {
  harness: Harness;
  mainPage: Page;
  popupPage: Page;
  /** The popup on its check-in face, as the coach shows it (quietly, not focused). */
  checkInPage: Page;
  /** Saves a screenshot and checks the screen with axe: no serious or critical violations. */
  shot: (page: Page, name: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  harness: async ({ locale }, use) => {
    const dir = await makeTempDir('touchpoint-e2e-');
    // The OS locale the services see is the browser's (the project's `locale`).
    const harness = await Harness.start({ userDataDirectory: dir.path, now: START, timeZone: TIME_ZONE, locale: locale ?? 'en-GB' });
    await use(harness);
    await harness.stop();
    await dir.cleanup();
  },
  mainPage: async ({ context, harness }, use) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1040, height: 740 });
    const errors = watchForErrors(page);
    await harness.attach(page, 'main');
    await harness.open(page, '/log');
    await use(page);
    expect(errors, 'console errors in the main window').toEqual([]);
  },
  popupPage: async ({ context, harness }, use) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 620 });
    const errors = watchForErrors(page);
    await harness.attach(page, 'popup');
    await harness.open(page, '/popup/log');
    // As the tray's "Log a moment" does: the popup is now showing the user's own form.
    harness.services.popup.openLogMoment();
    await use(page);
    expect(errors, 'console errors in the popup').toEqual([]);
  },
  checkInPage: async ({ context, harness }, use) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 620 });
    const errors = watchForErrors(page);
    await harness.attach(page, 'popup');
    await harness.open(page, '/popup/check-in');
    await use(page);
    expect(errors, 'console errors in the check-in popup').toEqual([]);
  },
  shot: async ({}, use) => {
    await mkdir(SCREENSHOTS, { recursive: true });
    await use(async (page, name) => {
      // A popup sizes itself to its content a moment after it changes; a capture taken while the
      // window is resized stitches the page from several viewports. Wait for the size to settle.
      const height = () => page.evaluate(() => innerHeight);
      await expect
        .poll(async () => {
          const before = await height();
          await new Promise((resolve) => setTimeout(resolve, 150));
          return before === (await height());
        })
        .toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(serious, `accessibility problems on ${name}`).toEqual([]);
    });
  },
});

export { expect };
