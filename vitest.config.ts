import { defineConfig } from 'vitest/config';

/** Zones the time-sensitive suites (files named *.tz.test.ts) run under, each its own project. */
export const TEST_TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland'];

export default defineConfig({
  test: {
    // Two cores: more workers only add contention.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.tz.test.ts'],
          environment: 'node',
          // electron-store imports 'electron'; inlining lets a test replace that import.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      ...TEST_TIME_ZONES.map((zone) => ({
        test: {
          name: `unit-tz-${zone}`,
          include: ['tests/unit/**/*.tz.test.ts'],
          environment: 'node',
          env: { TZ: zone },
        },
      })),
      {
        test: {
          // The built main bundle under a stand-in for electron: runs after `npm run build`.
          name: 'boot',
          include: ['tests/boot/**/*.test.ts'],
          environment: 'node',
          server: { deps: { inline: ['electron-store'] } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
