import type { Meeting } from '../../../shared/domain/calendar';
import {
  ACTIVE_ENVIRONMENT,
  type CoachEnvironment,
  type CoachSettings,
  type OutcomeKind,
  type OutcomeReason,
  type PauseState,
  type Prompt,
  type PromptOutcome,
  type SnoozeChoice,
  type SuppressionReason,
} from '../../../shared/domain/coach';
import type { Clock } from '../clock';
import { planPrompts, type Plan } from './planner';
import { meetingIdsOf } from './prompt-ids';
import type { Scheduler } from './scheduler';
import { snoozeUntil } from './snooze';

/** Why the open card went away: the user's answer, the timeout, or its meeting left the calendar. */
export type PromptClosedBy = Exclude<OutcomeKind, 'suppressed'> | 'withdrawn';

export interface CoachRunnerOptions {
  clock: Clock;
  scheduler: Scheduler;
  getMeetings: () => readonly Meeting[];
  getSettings: () => CoachSettings;
  /** The user's IANA zone, read on every plan. */
  getTimeZone: () => string;
  getPause: () => PauseState;
  /** Everything recorded so far (a recent window is enough: two weeks). */
  getHistory: () => readonly PromptOutcome[];
  /** Persist one outcome. The runner also keeps its own copy, so slow persistence never re-asks. */
  recordOutcome: (outcome: PromptOutcome) => void | Promise<void>;
  environment: () => CoachEnvironment;
  /** Meetings asked about only afterwards (large or daily ones). */
  getAfterOnly?: () => ReadonlySet<string>;
  /** Show the card (inactive, unfocused). Called for one prompt at a time. */
  onPromptDue: (prompt: Prompt) => void;
  /** Hide the card. */
  onPromptClosed?: (prompt: Prompt, closedBy: PromptClosedBy) => void;
  /** A prompt was recorded as suppressed instead of shown. */
  onSuppressed?: (prompt: Prompt, outcome: PromptOutcome) => void;
  onError?: (error: unknown) => void;
  /** How often to look again while a prompt is held by lock, idle, pause or do-not-disturb. */
  heldRecheckMs?: number;
  /**
   * The longest the single timer sleeps. Timers count awake time on some systems, so after a
   * sleep whose 'resume' event got lost the runner still notices within this delay.
   */
  maxTimerDelayMs?: number;
}

interface OpenPrompt {
  prompt: Prompt;
  timeoutAt: number;
}

const SESSION_MEMORY_MS = 15 * 24 * 60 * 60_000;

/**
 * Fires the planner's prompts on time, one at a time, with one timer.
 *
 * - Every event (calendar, settings, pause, resume, unlock, time zone, environment) and every
 *   timer wake re-plans from scratch; the planner is pure and cheap.
 * - One card at a time: a prompt that comes due while another is open waits; it is shown
 *   when the open one closes if it is still fresh, else recorded as suppressed ('stale').
 *   The planner already merges back-to-back meetings into one 'between' card, so waiting
 *   is rare and short (the open card times out after promptTimeoutSeconds).
 * - Each plan passes the previous plan's time as `since`, so prompts that fell due while the
 *   machine slept are recorded once (as 'stale', or with the rule that held them) and never
 *   fired in a burst.
 * - A shown card untouched for promptTimeoutSeconds is recorded as 'missed' (reason 'timeout').
 */
export class CoachRunner {
  private timer: unknown = null;
  private running = false;
  private planning = false;
  private planAgain = false;
  private open: OpenPrompt | null = null;
  private lastPlannedAt: Date | undefined;
  private latestPlan: Plan | null = null;
  /** The moment rule that last held each prompt, so one that goes stale is recorded with it. */
  private heldBy = new Map<string, SuppressionReason>();
  /** Outcomes recorded by this runner, in case getHistory() lags behind recordOutcome(). */
  private session: PromptOutcome[] = [];

  constructor(private readonly options: CoachRunnerOptions) {}

  start(): void {
    this.running = true;
    this.replan();
  }

  stop(): void {
    this.running = false;
    this.clearTimer();
  }

  // Re-plan triggers, as bound functions so they can be handed to event emitters directly.
  readonly calendarChanged = (): void => this.replan();
  readonly settingsChanged = (): void => this.replan();
  /** After sleep (powerMonitor 'resume'). */
  readonly resumed = (): void => this.replan();
  readonly unlocked = (): void => this.replan();
  readonly timeZoneChanged = (): void => this.replan();
  readonly pauseChanged = (): void => this.replan();
  /** Idle, lock or do-not-disturb changed, as far as the Electron layer noticed. */
  readonly environmentChanged = (): void => this.replan();

  /** The card on screen, if any. */
  current(): Prompt | null {
    return this.open?.prompt ?? null;
  }

  /** The most recent plan, e.g. for the tray's "next check-in". */
  lastPlan(): Plan | null {
    return this.latestPlan;
  }

  /**
   * The user started on the card (clicked or typed): it no longer times out, so nothing
   * they are writing disappears under them. It closes when they answer, skip, snooze or defer.
   */
  engaged(promptId: string): void {
    if (this.open?.prompt.id !== promptId || this.open.timeoutAt === Infinity) return;
    this.open = { ...this.open, timeoutAt: Infinity };
    this.replan();
  }

  answered(promptId: string): void {
    this.settle(promptId, 'answered');
  }
  skipped(promptId: string): void {
    this.settle(promptId, 'skipped');
  }
  missed(promptId: string): void {
    this.settle(promptId, 'missed');
  }
  /** "Log later": not captured now, still open in the day's review. */
  deferred(promptId: string): void {
    this.settle(promptId, 'missed', { reason: 'log-later' });
  }
  /**
   * Undo of answered(): the card is on screen again, already the user's (no timeout), and
   * its 'answered' outcome is forgotten. False when another card is open (one at a time).
   */
  reopen(prompt: Prompt): boolean {
    if (this.open && this.open.prompt.id !== prompt.id) return false;
    this.session = this.session.filter((o) => !(o.promptId === prompt.id && o.outcome === 'answered'));
    if (!this.open) {
      this.open = { prompt, timeoutAt: Infinity };
      this.notify(() => this.options.onPromptDue(prompt));
    }
    this.replan();
    return true;
  }

  /** Returns when the prompt comes due again. */
  snoozed(promptId: string, choice: SnoozeChoice): string {
    const until = snoozeUntil(choice, this.findPrompt(promptId), this.options.getMeetings(), this.options.clock.now());
    this.settle(promptId, 'snoozed', { snoozeUntil: until });
    return until;
  }

  /** Runs a plan now; safe to call from inside any callback (the call is queued). */
  replan(): void {
    if (!this.running) return;
    if (this.planning) {
      this.planAgain = true;
      return;
    }
    this.planning = true;
    try {
      do {
        this.planAgain = false;
        this.step();
      } while (this.planAgain && this.running);
    } finally {
      this.planning = false;
    }
  }

  private step(): void {
    const now = this.options.clock.now();
    let nextWake = now.getTime() + (this.options.maxTimerDelayMs ?? 60_000);
    try {
      this.closeOpenIfOver(now);
      const plan = this.plan(now);
      this.recordSuppressed(plan, now);
      this.heldBy = new Map(plan.held.map((h) => [h.prompt.id, h.reason]));
      const next = plan.due[0];
      if (this.open === null && next) {
        const timeoutMs = this.options.getSettings().promptTimeoutSeconds * 1000;
        this.open = { prompt: next, timeoutAt: now.getTime() + timeoutMs };
        this.heldBy.delete(next.id);
        this.notify(() => this.options.onPromptDue(next));
      }
      nextWake = Math.min(nextWake, this.wakeFor(plan, now.getTime()));
    } catch (error) {
      this.report(error);
    }
    if (this.running) this.arm(Math.max(0, nextWake - now.getTime()));
  }

  private plan(now: Date): Plan {
    const cutoff = now.getTime() - SESSION_MEMORY_MS;
    this.session = this.session.filter((o) => Date.parse(o.at) >= cutoff);
    const plan = planPrompts(
      this.options.getMeetings(),
      this.options.getSettings(),
      [...this.options.getHistory(), ...this.session],
      now,
      {
        timeZone: this.options.getTimeZone(),
        pause: this.options.getPause(),
        environment: this.readEnvironment(),
        since: this.lastPlannedAt,
        ...(this.options.getAfterOnly ? { afterOnly: this.options.getAfterOnly() } : {}),
      },
    );
    this.lastPlannedAt = now;
    // The open card is the runner's business until it closes, whatever the plan says.
    const openId = this.open?.prompt.id;
    const visible: Plan = {
      due: plan.due.filter((p) => p.id !== openId),
      held: plan.held.filter((h) => h.prompt.id !== openId),
      suppressed: plan.suppressed.filter((s) => s.prompt.id !== openId),
      upcoming: plan.upcoming.filter((p) => p.id !== openId),
    };
    this.latestPlan = visible;
    return visible;
  }

  private closeOpenIfOver(now: Date): void {
    if (this.open === null) return;
    const { prompt, timeoutAt } = this.open;
    if (now.getTime() >= timeoutAt) {
      this.open = null;
      this.record({ promptId: prompt.id, outcome: 'missed', at: now.toISOString(), dueAt: prompt.dueAt, reason: 'timeout' });
      this.notify(() => this.options.onPromptClosed?.(prompt, 'missed'));
    } else if (!meetingIdsOf(prompt).every((id) => this.options.getMeetings().some((m) => m.id === id))) {
      // Cancelled while on screen: nothing left to ask, nothing to record.
      this.open = null;
      this.notify(() => this.options.onPromptClosed?.(prompt, 'withdrawn'));
    }
  }

  private recordSuppressed(plan: Plan, now: Date): void {
    for (const { prompt, reason } of plan.suppressed) {
      const why = reason === 'stale' ? (this.heldBy.get(prompt.id) ?? 'stale') : reason;
      const outcome: PromptOutcome = { promptId: prompt.id, outcome: 'suppressed', at: now.toISOString(), dueAt: prompt.dueAt, reason: why };
      this.record(outcome);
      this.notify(() => this.options.onSuppressed?.(prompt, outcome));
    }
  }

  private wakeFor(plan: Plan, now: number): number {
    let wake = Infinity;
    if (this.open && Number.isFinite(this.open.timeoutAt)) wake = Math.min(wake, this.open.timeoutAt);
    const first = plan.upcoming[0];
    if (first) wake = Math.min(wake, Date.parse(first.dueAt));
    for (const { prompt } of plan.held) {
      // Look again soon (the hold may lift), and just after it expires (to record it).
      wake = Math.min(wake, now + (this.options.heldRecheckMs ?? 15_000), Date.parse(prompt.expiresAt) + 1);
    }
    return wake;
  }

  private settle(promptId: string, outcome: Exclude<OutcomeKind, 'suppressed'>, extra: { reason?: OutcomeReason; snoozeUntil?: string } = {}): void {
    const now = this.options.clock.now();
    const prompt = this.findPrompt(promptId);
    this.record({ promptId, outcome, at: now.toISOString(), ...(prompt ? { dueAt: prompt.dueAt } : {}), ...extra });
    if (this.open?.prompt.id === promptId) {
      const closed = this.open.prompt;
      this.open = null;
      this.notify(() => this.options.onPromptClosed?.(closed, outcome));
    }
    this.replan();
  }

  private findPrompt(promptId: string): Prompt | null {
    if (this.open?.prompt.id === promptId) return this.open.prompt;
    const plan = this.latestPlan;
    if (!plan) return null;
    return (
      plan.due.find((p) => p.id === promptId) ??
      plan.upcoming.find((p) => p.id === promptId) ??
      plan.held.find((h) => h.prompt.id === promptId)?.prompt ??
      null
    );
  }

  private record(outcome: PromptOutcome): void {
    this.session.push(outcome);
    try {
      const result = this.options.recordOutcome(outcome);
      if (result) void result.catch((error: unknown) => this.report(error));
    } catch (error) {
      this.report(error);
    }
  }

  private readEnvironment(): CoachEnvironment {
    try {
      return this.options.environment();
    } catch (error) {
      // Unknown means unknown: better a card too many than silence forever.
      this.report(error);
      return ACTIVE_ENVIRONMENT;
    }
  }

  private notify(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.report(error);
    }
  }

  private report(error: unknown): void {
    if (this.options.onError) this.options.onError(error);
    else console.error('Coach runner:', error);
  }

  private arm(delayMs: number): void {
    this.clearTimer();
    this.timer = this.options.scheduler.setTimeout(() => {
      this.timer = null;
      this.replan();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }
}
