import { app, globalShortcut, powerMonitor } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CoachEnvironment } from '../../shared/domain/coach';
import { setLinuxAutostart } from '../services/shell/autostart';
import { readDoNotDisturb } from '../services/shell/do-not-disturb';

/** Seconds without input after which the user counts as away (cards wait rather than pile up). */
const IDLE_SECONDS = 120;

/**
 * The OS signals the coach listens to: lock and unlock, idle, do-not-disturb (readable on
 * GNOME only; see do-not-disturb.ts), and time-zone changes (no event exists: polled).
 */
export class PlatformWatch {
  private locked = false;
  private dnd = false;
  private zone = currentZone();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly on: {
      environmentChanged: () => void;
      unlocked: () => void;
      /** The screen locked: the passphrase lock may close the log too. */
      screenLocked: () => void;
      /** Seconds without input, checked every minute (for auto-lock). */
      idleFor: (seconds: number) => void;
      resumed: () => void;
      timeZoneChanged: () => void;
    },
  ) {}

  start(): void {
    powerMonitor.on('lock-screen', () => {
      this.locked = true;
      this.on.environmentChanged();
      this.on.screenLocked();
    });
    powerMonitor.on('unlock-screen', () => {
      this.locked = false;
      this.on.unlocked();
    });
    powerMonitor.on('resume', () => this.on.resumed());
    powerMonitor.on('user-did-become-active', () => this.on.environmentChanged());
    this.timer = setInterval(() => void this.poll(), 60_000);
    void this.poll();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  environment = (): CoachEnvironment => {
    const state = powerMonitor.getSystemIdleState(IDLE_SECONDS);
    return { locked: this.locked || state === 'locked', idle: state === 'idle', dnd: this.dnd };
  };

  timeZone = (): string => this.zone;

  private async poll(): Promise<void> {
    this.on.idleFor(powerMonitor.getSystemIdleTime());
    const dnd = await readDoNotDisturb(process.platform);
    if (dnd !== this.dnd) {
      this.dnd = dnd;
      this.on.environmentChanged();
    }
    const zone = currentZone();
    if (zone !== this.zone) {
      this.zone = zone;
      this.on.timeZoneChanged();
    }
  }
}

function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Registers the "Log a moment" shortcut; false when the OS or another app refused it. */
export function registerLogShortcut(accelerator: string | null, logMoment: () => void): boolean | null {
  globalShortcut.unregisterAll();
  if (!accelerator) return null;
  try {
    return globalShortcut.register(accelerator, logMoment);
  } catch {
    return false;
  }
}

/** Launch at login: login items on macOS and Windows, an XDG autostart entry on Linux. */
export async function applyLaunchAtLogin(enabled: boolean): Promise<void> {
  if (process.platform === 'linux') {
    const configHome = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
    // An AppImage must be started through the AppImage, not the extracted binary.
    const command = process.env.APPIMAGE ? [process.env.APPIMAGE] : [process.execPath];
    await setLinuxAutostart(configHome, enabled, command);
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] });
}
