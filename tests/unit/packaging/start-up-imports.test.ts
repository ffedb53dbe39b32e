import { beforeAll, describe, expect, it } from 'vitest';
import { buildWindowGraph, type WindowGraph } from './window-graph';

/**
 * What each window runs before its first control: the static imports of its entry and of the
 * view it opens on (dynamic imports load later, on demand).
 */
const ENTRIES = {
  popup: 'renderer/src/popup-main.tsx',
  main: 'renderer/src/main.tsx',
  welcome: 'renderer/src/features/onboarding/FirstRun.tsx',
  today: 'renderer/src/features/today/TodayView.tsx',
  // Two that do load them, so the checks below are seen to find such imports.
  insights: 'renderer/src/features/insights/InsightsView.tsx',
  calendarForm: 'renderer/src/features/settings/calendars/AddCalendarForm.tsx',
} as const;

let graph: WindowGraph;
beforeAll(async () => {
  graph = await buildWindowGraph(Object.values(ENTRIES));
}, 60_000);
const loadedAtStart = (entry: string) => graph.loadedAtStart(entry);

const heavy = (files: string[], pattern: RegExp) => files.filter((file) => pattern.test(file));
const VALIDATION = /node_modules[\\/]zod[\\/]/;
const CHARTS = /node_modules[\\/](recharts|d3-|victory)/;

describe('what a window loads before its first control', () => {
  it('the popup: React, its face and the catalogs — no validation library, no chart, no main-window screen', () => {
    const files = loadedAtStart(ENTRIES.popup);
    expect(files).toContain('renderer/src/features/moment-form/MomentForm.tsx');
    expect(heavy(files, VALIDATION)).toEqual([]);
    expect(heavy(files, CHARTS)).toEqual([]);
    expect(heavy(files, /renderer[\\/]src[\\/]features[\\/](insights|settings[\\/]Settings|log[\\/]|review|today|onboarding|check-in)/)).toEqual([]);
  });

  it('the main window and the view it opens on (the welcome, then Today): no validation library, no chart', () => {
    for (const entry of [ENTRIES.main, ENTRIES.welcome, ENTRIES.today]) {
      const files = loadedAtStart(entry);
      expect(files.length).toBeGreaterThan(1);
      expect({ entry, validation: heavy(files, VALIDATION), charts: heavy(files, CHARTS) }).toEqual({ entry, validation: [], charts: [] });
    }
  });

  it('finds them where they are used (so the checks above mean something)', () => {
    expect(heavy(loadedAtStart(ENTRIES.insights), CHARTS)).not.toEqual([]);
    expect(heavy(loadedAtStart(ENTRIES.calendarForm), VALIDATION)).not.toEqual([]);
  });
});
