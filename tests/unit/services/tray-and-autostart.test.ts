import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoachState, PromptView } from '../../../shared/domain/coach-view';
import { NOT_PAUSED } from '../../../shared/domain/coach';
import { autostartEntry, isLinuxAutostartEnabled, setLinuxAutostart } from '../../../electron/services/shell/autostart';
import { trayModel, type TrayItem } from '../../../electron/services/shell/tray-model';
import { makeTempDir } from '../../support/temp-dir';

const base: CoachState = { pause: NOT_PAUSED, paused: false, current: null, nextCheckIn: null, nextMeeting: { title: '1:1 with Sam', start: '2026-11-23T13:00:00.000Z' } };
const labels = (items: TrayItem[]): string[] =>
  items.map((i) => (i.kind === 'separator' ? '—' : i.kind === 'submenu' ? `${i.label} ▸ ${labels(i.items).join(' | ')}` : i.label));

describe('trayModel', () => {
  it('shows the next meeting and every action, with the pause submenu', () => {
    const model = trayModel(base, 'Europe/Berlin', 'en-GB');
    expect(model.icon).toBe('normal');
    expect(model.tooltip).toBe('Touchpoint\nNext: 1:1 with Sam · 14:00');
    expect(labels(model.items)).toEqual([
      'Next: 1:1 with Sam · 14:00',
      '—',
      'Log a moment…',
      'Start today’s review',
      'Look back on the week',
      '—',
      'Pause check-ins ▸ For 30 minutes | For 1 hour | For 2 hours | Until tomorrow | Until I resume',
      '—',
      'Open Touchpoint',
      'Settings',
      '—',
      'Quit Touchpoint',
    ]);
  });

  it('has a distinct icon and menu when a check-in waits, and when paused', () => {
    const waiting = trayModel({ ...base, current: { test: false } as PromptView }, 'Europe/Berlin', 'en-GB');
    expect(waiting.icon).toBe('waiting');
    expect(labels(waiting.items)).toContain('Show the waiting check-in');
    expect(waiting.tooltip).toContain('A check-in is waiting');

    const paused = trayModel({ ...base, nextMeeting: null, paused: true, pause: { until: '2026-11-23T15:30:00.000Z', indefinite: false } }, 'Europe/Berlin', 'en-GB');
    expect(paused.icon).toBe('paused');
    expect(labels(paused.items).slice(0, 2)).toEqual(['No more meetings today', 'Check-ins paused until 16:30']);
    expect(labels(paused.items)).toContain('Resume check-ins');
    expect(labels(paused.items).join()).not.toContain('Pause check-ins');
    // A test card is not a real check-in waiting.
    expect(trayModel({ ...base, current: { test: true } as PromptView }, 'UTC', 'en-GB').icon).toBe('normal');
  });
});

describe('trayModel while locked', () => {
  it('offers unlock and "Log a moment", and nothing that needs the log', () => {
    const model = trayModel(base, 'Europe/Berlin', 'en-GB', true);
    expect(model.icon).toBe('paused');
    expect(labels(model.items)).toEqual(['Touchpoint is locked', '—', 'Unlock…', 'Log a moment…', '—', 'Quit Touchpoint']);
  });
});

describe('Linux autostart entry', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('writes a desktop entry that starts the app hidden, quoting paths with spaces, and removes it', async () => {
    expect(autostartEntry(['/opt/Touch Point/touchpoint'])).toContain('Exec="/opt/Touch Point/touchpoint" --hidden');
    await setLinuxAutostart(dir.path, true, ['/usr/bin/touchpoint']);
    expect(await isLinuxAutostartEnabled(dir.path)).toBe(true);
    const entry = await readFile(join(dir.path, 'autostart', 'touchpoint.desktop'), 'utf8');
    expect(entry.split('\n').slice(0, 2)).toEqual(['[Desktop Entry]', 'Type=Application']);
    expect(entry).toContain('Exec=/usr/bin/touchpoint --hidden');
    await setLinuxAutostart(dir.path, false, ['/usr/bin/touchpoint']);
    expect(await readdir(join(dir.path, 'autostart'))).toEqual([]);
    expect(await isLinuxAutostartEnabled(dir.path)).toBe(false);
  });
});

describe('do-not-disturb', () => {
  it('reads GNOME’s setting on Linux, and treats unknown as off', async () => {
    const { readDoNotDisturb } = await import('../../../electron/services/shell/do-not-disturb');
    const calls: string[] = [];
    const answer = (out: string) => (file: string, args: readonly string[]) => {
      calls.push([file, ...args].join(' '));
      return Promise.resolve(out);
    };
    expect(await readDoNotDisturb('linux', answer('false\n'))).toBe(true);
    expect(await readDoNotDisturb('linux', answer('true\n'))).toBe(false);
    expect(calls[0]).toBe('gsettings get org.gnome.desktop.notifications show-banners');
    expect(await readDoNotDisturb('linux', () => Promise.reject(new Error('no gsettings')))).toBe(false);
    expect(await readDoNotDisturb('darwin', answer('false'))).toBe(false);
    expect(await readDoNotDisturb('win32', answer('false'))).toBe(false);
  });
});
