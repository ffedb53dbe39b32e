import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './tests/e2e/support/browser';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './tests/artifacts/playwright',
  // Two cores: one worker keeps the runs steady.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // A whole test's budget, not a speed check: the longest (every screen, each with axe) takes
  // about 25 s alone and well over 30 s while another heavy job shares the two cores. A step
  // that hangs still fails on its own expect/action timeout long before this.
  timeout: 180_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: browserLaunchOptions('en-GB'),
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'renderer', testMatch: /renderer\/.*\.spec\.ts$/, testIgnore: /renderer\/german-[^/]*\.spec\.ts$/ },
    // The same app on a German desktop: the harness's OS locale and the browser's are de-DE.
    { name: 'renderer-de', testMatch: /renderer\/german-[^/]*\.spec\.ts$/, use: { locale: 'de-DE', launchOptions: browserLaunchOptions('de-DE') } },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts$/ },
  ],
});
