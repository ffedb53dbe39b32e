import type { Page } from '@playwright/test';
import type { Harness } from '../support/harness';
import { expect, test } from '../fixtures';

/**
 * Every screen in the light and the dark theme, at 100% and at 200% zoom (the same window
 * showing half as many CSS pixels): each is screenshotted and checked by axe (in `shot`),
 * and at 200% nothing may need sideways scrolling.
 */
const MAIN_SCREENS = [
  { route: '/today', heading: 'Today' },
  { route: '/review', heading: 'End-of-day review' },
  { route: '/log', heading: 'Reflection log' },
  { route: '/insights', heading: 'Insights' },
  { route: '/settings', heading: 'Settings' },
  { route: '/science', heading: 'About the science' },
] as const;
const VARIANTS = [
  { theme: 'light', zoom: 100 },
  { theme: 'dark', zoom: 100 },
  { theme: 'light', zoom: 200 },
  { theme: 'dark', zoom: 200 },
] as const;
const MAIN_SIZE = { width: 1040, height: 740 };
const POPUP_SIZE = { width: 420, height: 620 };

async function seed(harness: Harness) {
  const { moments, notes } = harness.services;
  harness.services.settings.update({ onboarded: true });
  await moments.add({ kind: 'own', valence: 'helped', tags: ['listened', 'recognised'], people: ['Sam Rivera'], note: 'Thanked Sam for the release notes', meeting: null, source: 'tray', occurredAt: '2026-11-20T10:00:00.000Z' });
  await moments.add({ kind: 'own', valence: 'harmed', tags: ['interrupting'], people: ['Priya Nair'], note: 'Interrupted Priya about the deadline', meeting: null, source: 'tray', occurredAt: '2026-11-19T14:00:00.000Z' });
  await moments.add({ kind: 'witnessed', valence: 'harmed', tags: ['sarcasm'], people: ['Jordan'], note: 'Sarcastic reply to a new joiner', meeting: null, source: 'main-window', occurredAt: '2026-11-18T16:00:00.000Z' });
  await notes.add({ text: 'Budget talks next week: stay curious' });
}

/** At 200% zoom the window is half as wide in CSS pixels: the page must still fit it. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBe(0);
}

async function setTheme(harness: Harness, pages: Page[], theme: 'light' | 'dark') {
  harness.services.settings.update({ theme });
  for (const page of pages) await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const { theme, zoom } of VARIANTS) {
  test(`every screen, ${theme} theme, ${zoom}% zoom`, async ({ harness, mainPage, popupPage, checkInPage, shot }) => {
    const scale = 100 / zoom;
    await mainPage.setViewportSize({ width: MAIN_SIZE.width * scale, height: MAIN_SIZE.height * scale });
    await popupPage.setViewportSize({ width: POPUP_SIZE.width * scale, height: POPUP_SIZE.height * scale });
    await checkInPage.setViewportSize({ width: POPUP_SIZE.width * scale, height: POPUP_SIZE.height * scale });
    await seed(harness);
    await setTheme(harness, [mainPage, popupPage, checkInPage], theme);
    const suffix = `${theme}-${zoom}`;

    for (const screen of MAIN_SCREENS) {
      await harness.open(mainPage, screen.route);
      await expect(mainPage.getByRole('heading', { name: screen.heading, level: 1 })).toBeVisible();
      await shot(mainPage, `every-${screen.route.slice(1)}-${suffix}`);
      await expectNoSidewaysScroll(mainPage);
    }

    await expect(popupPage.getByRole('heading', { name: 'Log a moment', level: 1 })).toBeVisible();
    await shot(popupPage, `every-popup-log-${suffix}`);
    await expectNoSidewaysScroll(popupPage);

    harness.services.coach.sendTestCheckIn();
    await expect(checkInPage.getByRole('heading', { level: 1 })).toBeVisible();
    await shot(checkInPage, `every-popup-check-in-${suffix}`);
    await expectNoSidewaysScroll(checkInPage);

    // The lock screen (the passphrase lock on, then locked).
    await harness.host.enable('every screen passphrase');
    await harness.host.lock();
    await expect(mainPage.getByRole('heading', { name: 'Touchpoint is locked', level: 1 })).toBeVisible();
    await shot(mainPage, `every-locked-${suffix}`);
    await expectNoSidewaysScroll(mainPage);
  });
}
