import type { CoachEnvironment } from '../../../shared/domain/coach';
import type { PlatformProfile } from './platform-profile';
import { NOT_PRESENTING, type Presentation } from './presentation';
import type { SystemPort } from './shell-port';

/** Seconds without input after which the user counts as away (cards wait rather than pile up). */
export const IDLE_SECONDS = 120;
export const POLL_INTERVAL_MS = 60_000;
/** Full screen and sharing start at any moment: read more often than the rest (one cheap `xprop`). */
export const PRESENTATION_POLL_MS = 10_000;

export interface SessionTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The screen-lock source where powerMonitor has none (Linux: D-Bus). */
export type LockSource = (onChange: (locked: boolean) => void) => Promise<{ listening: boolean; stop(): void }>;

export interface SessionEvents {
  /** Lock, idle, do-not-disturb or presenting changed: the coach re-checks whether it may speak. */
  environmentChanged(): void;
  unlocked(): void;
  /** The screen locked: the passphrase lock may close the log too. */
  screenLocked(): void;
  /** Seconds without input, every minute (auto-lock after idle); never called where idle time is unreliable. */
  idleFor(seconds: number): void;
  resumed(): void;
  timeZoneChanged(): void;
}

/**
 * The OS signals the coach listens to: lock and unlock (powerMonitor, or D-Bus on Linux), idle
 * (not on Wayland, where it is unreliable), do-not-disturb, resume, and the time zone (read from
 * the OS every minute: no event exists, and the process's own zone never changes).
 */
export class SessionWatch {
  private locked = false;
  private dnd = false;
  private presentation: Presentation = NOT_PRESENTING;
  private zone: string;
  private timer: unknown = null;
  private presentationTimer: unknown = null;
  private lockSignals: { listening: boolean; stop(): void } | null = null;
  private stopped = false;

  constructor(
    private readonly deps: {
      system: SystemPort;
      profile: PlatformProfile;
      on: SessionEvents;
      timers: SessionTimers;
      readDoNotDisturb: () => Promise<boolean>;
      readTimeZone: () => Promise<string>;
      initialTimeZone: string;
      /** Linux: lock signals over D-Bus. */
      lockSource?: LockSource;
      /** Full screen / screen sharing, where the OS tells (presentation.ts); absent: never presenting. */
      readPresentation?: () => Promise<Presentation>;
    },
  ) {
    this.zone = deps.initialTimeZone;
  }

  async start(): Promise<void> {
    const { system, profile, on } = this.deps;
    if (profile.lockEvents === 'power-monitor') {
      system.onPower('lock-screen', () => this.setLocked(true));
      system.onPower('unlock-screen', () => this.setLocked(false));
    }
    system.onPower('resume', () => on.resumed());
    system.onPower('user-did-become-active', () => on.environmentChanged());
    this.timer = this.deps.timers.setInterval(() => void this.poll(), POLL_INTERVAL_MS);
    if (this.deps.readPresentation) this.presentationTimer = this.deps.timers.setInterval(() => void this.pollPresentation(), PRESENTATION_POLL_MS);
    void this.poll();
    void this.pollPresentation();
    if (profile.lockEvents === 'dbus' && this.deps.lockSource) {
      const signals = await this.deps.lockSource((locked) => this.setLocked(locked));
      if (this.stopped) signals.stop();
      else this.lockSignals = signals;
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.timers.clearInterval(this.timer);
    if (this.presentationTimer !== null) this.deps.timers.clearInterval(this.presentationTimer);
    this.timer = null;
    this.presentationTimer = null;
    this.lockSignals?.stop();
  }

  /** Whether "lock when the screen locks" can work here. */
  get lockEventsAvailable(): boolean {
    return this.deps.profile.lockEvents === 'power-monitor' || (this.lockSignals?.listening ?? false);
  }

  environment = (): CoachEnvironment => {
    const { system, profile } = this.deps;
    const state = profile.idleTime ? system.idleState(IDLE_SECONDS) : 'unknown';
    return { locked: this.locked || state === 'locked', idle: state === 'idle', dnd: this.dnd, ...this.presentation };
  };

  timeZone = (): string => this.zone;

  private setLocked(locked: boolean): void {
    if (locked === this.locked) return;
    this.locked = locked;
    if (locked) {
      this.deps.on.environmentChanged();
      this.deps.on.screenLocked();
    } else {
      this.deps.on.unlocked();
    }
  }

  /** Exposed for tests. A change either way re-checks: a held card shows once presenting ends. */
  async pollPresentation(): Promise<void> {
    if (!this.deps.readPresentation) return;
    const next = await this.deps.readPresentation().catch(() => NOT_PRESENTING);
    if (this.stopped || (next.fullScreen === this.presentation.fullScreen && next.screenShared === this.presentation.screenShared)) return;
    this.presentation = next;
    this.deps.on.environmentChanged();
  }

  /** Exposed for tests and the adapter's timers. */
  async poll(): Promise<void> {
    const { on, profile, system } = this.deps;
    if (profile.idleTime) on.idleFor(system.idleSeconds());
    const dnd = await this.deps.readDoNotDisturb().catch(() => false);
    if (dnd !== this.dnd) {
      this.dnd = dnd;
      on.environmentChanged();
    }
    const zone = await this.deps.readTimeZone().catch(() => this.zone);
    if (zone !== this.zone) {
      this.zone = zone;
      on.timeZoneChanged();
    }
  }
}
