/**
 * Hard limits that keep a hostile or broken calendar from hanging or exhausting the main
 * process. Each one is far above what a real calendar reaches (measured numbers in comments).
 */

/**
 * Refuse texts longer than this (UTF-16 code units, about bytes for ICS) before looking at them.
 * A 50 MB calendar is still read: the prepass is linear (~0.5 s for 50 MB here) and, with a
 * parse window, only the events near the window reach the full parser.
 */
export const MAX_ICS_CHARS = 64 * 1024 * 1024;

/**
 * Events (VEVENT components, overrides included) kept for full parsing after the window filter.
 * node-ical needs ~40 µs per event, so this bounds a parse at ~2-3 s on a slow machine.
 * A decade of a busy manager's calendar is ~25,000 events.
 */
export const MAX_EVENT_COMPONENTS = 50_000;

/** Longest property (after unfolding) that is kept; longer ones are dropped with a warning. */
export const MAX_PROPERTY_CHARS = 8_192;

/**
 * A rule that can produce more instances than this in one FREQ period (BYHOUR x BYMINUTE x
 * BYSECOND x days...) is refused: only its DTSTART instance is kept. Real rules stay below ~100.
 */
export const MAX_INSTANCES_PER_PERIOD = 10_000;

/** Longest DURATION read (a century); longer values are ignored with a warning, as if the event had no end. */
export const MAX_DURATION_DAYS = 36_525;

/** Titles and locations longer than this are cut (with an ellipsis) so one event cannot flood the UI. */
export const MAX_TEXT_CHARS = 500;

export interface ExpansionLimits {
  /** Occurrences of one series inside the requested range; the rest of that series is dropped. */
  maxOccurrencesPerSeries: number;
  /** Occurrences in one expansion, all series together. */
  maxOccurrences: number;
  /** Wall-clock budget for one expansion; series not reached in time are skipped. */
  timeBudgetMs: number;
}

/**
 * A daily series over a year is 366 occurrences and a 15-minute slot rule over a week is 672,
 * so 1,000 per series never truncates a real calendar; a FREQ=SECONDLY rule stops there.
 */
export const DEFAULT_EXPANSION_LIMITS: ExpansionLimits = {
  maxOccurrencesPerSeries: 1_000,
  maxOccurrences: 50_000,
  timeBudgetMs: 2_000,
};
