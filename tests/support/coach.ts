import type { Meeting } from '../../shared/domain/calendar';
import { CoachSettingsSchema, type CoachSettings, type Prompt } from '../../shared/domain/coach';
import type { Plan } from '../../electron/services/coach/planner';
import type { Scheduler } from '../../electron/services/coach/scheduler';
import type { FakeClock } from './fake-clock';

export const MINUTE = 60_000;

export function meeting(id: string, start: string | number, end: string | number): Meeting {
  return {
    id,
    sourceId: 'work',
    uid: `${id}@example.com`,
    title: `Meeting ${id}`,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    organizer: null,
    attendees: [],
    location: null,
  };
}

export function coachSettings(patch: Record<string, unknown> = {}): CoachSettings {
  return CoachSettingsSchema.parse(patch);
}

export const allPrompts = (plan: Plan): Prompt[] => [
  ...plan.due,
  ...plan.held.map((h) => h.prompt),
  ...plan.suppressed.map((s) => s.prompt),
  ...plan.upcoming,
];

/** `kind@dueAt` lines: compact to compare with hand-computed expectations. */
export const describePrompts = (prompts: readonly Prompt[]): string[] => prompts.map((p) => `${p.id}@${p.dueAt}`);

const oracleFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Wall clock of an instant in a zone, computed with Intl directly: an oracle independent of
 * the @date-fns/tz code the planner uses.
 */
export function wallOracle(instant: string | number, timeZone: string): { date: string; weekday: string; minutes: number; ms: number } {
  let f = oracleFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    oracleFormatters.set(timeZone, f);
  }
  const date = new Date(instant);
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).slice(0, 3).toLowerCase(),
    minutes,
    ms: (minutes * 60 + Number(parts.second)) * 1000 + date.getUTCMilliseconds(),
  };
}

export const hhmmToMinutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/**
 * A scheduler over a FakeClock. `runUntil` is an awake machine (timers fire in order as
 * time passes); `sleep` is a suspended one: wall time jumps, pending timers are postponed by
 * the same amount, as monotonic timers are.
 */
export class FakeScheduler implements Scheduler {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  /** The most timers ever pending at once. */
  maxPending = 0;

  constructor(private readonly clock: FakeClock) {}

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.clock.now().getTime() + delayMs, callback });
    this.maxPending = Math.max(this.maxPending, this.timers.size);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  pending(): number {
    return this.timers.size;
  }

  nextAt(): Date | null {
    const times = [...this.timers.values()].map((t) => t.at);
    return times.length ? new Date(Math.min(...times)) : null;
  }

  runUntil(to: string | Date): void {
    const end = new Date(to).getTime();
    for (;;) {
      const next = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      this.timers.delete(next[0]);
      if (next[1].at > this.clock.now().getTime()) this.clock.set(new Date(next[1].at));
      next[1].callback();
    }
    this.clock.set(new Date(end));
  }

  sleep(ms: number): void {
    this.clock.advance(ms);
    for (const timer of this.timers.values()) timer.at += ms;
  }
}
