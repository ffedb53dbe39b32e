import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_PAUSED } from '../../../shared/domain/coach';
import type { CoachState, PromptView } from '../../../shared/domain/coach-view';
import { trayModel, type TrayItem } from '../../../electron/services/shell/tray-model';
import { setMainLocale } from '../../../electron/services/text/main-text';
import { closeAllHosts, startHost } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { settle, startedShell } from './shell-harness';

const dir = tempFolderPerTest(closeAllHosts);
/** These start the real services over a temp folder (disk writes, fsync): no default timeout. */
const DISK = { timeout: 60_000 };

const base: CoachState = { pause: NOT_PAUSED, paused: false, current: null, nextCheckIn: null, nextMeeting: { title: '1:1 mit Sam', start: '2026-11-23T13:00:00.000Z' } };
/** Every label of a menu, submenus included. */
const allLabels = (items: TrayItem[]): string[] => items.flatMap((i) => (i.kind === 'separator' ? [] : i.kind === 'submenu' ? [i.label, ...allLabels(i.items)] : [i.label]));

/** The main process's words on a German desktop (setMainLocale as the shell calls it at start-up). */
describe('the main process in German', () => {
  beforeEach(() => setMainLocale('de-DE'));
  afterEach(() => setMainLocale('en-GB'));

  it('the tray menu and its tooltip read German, and every label stays short enough for a menu', () => {
    const model = trayModel({ ...base, current: { test: false } as PromptView }, 'Europe/Berlin', 'de-DE');
    const labels = allLabels(model.items);
    expect(labels).toEqual([
      'Als Nächstes: 1:1 mit Sam · 14:00',
      'Wartenden Check-in zeigen',
      'Moment festhalten…',
      'Tagesrückblick starten',
      'Wochenrückblick öffnen',
      'Check-ins pausieren',
      'Für 30 Minuten',
      'Für 1 Stunde',
      'Für 2 Stunden',
      'Bis morgen',
      'Bis ich sie fortsetze',
      'Touchpoint öffnen',
      'Einstellungen',
      'Touchpoint beenden',
    ]);
    expect(model.tooltip).toBe('Touchpoint\nEin Check-in wartet\nAls Nächstes: 1:1 mit Sam · 14:00');

    const paused = trayModel({ ...base, nextMeeting: null, paused: true, pause: { until: '2026-11-23T15:30:00.000Z', indefinite: false } }, 'Europe/Berlin', 'de-DE');
    const locked = trayModel(base, 'Europe/Berlin', 'de-DE', true);
    expect(allLabels(paused.items).slice(0, 2)).toEqual(['Heute keine Meetings mehr', 'Check-ins pausiert bis 16:30']);
    expect(allLabels(paused.items)).toContain('Check-ins fortsetzen');
    expect(allLabels(locked.items)).toEqual(['Touchpoint ist gesperrt', 'Entsperren…', 'Moment festhalten…', 'Touchpoint beenden']);
    expect(locked.tooltip).toBe('Touchpoint\nGesperrt');

    // A native menu does not wrap: the fixed labels (not the meeting line, whose title is the user's) stay within 40 characters.
    const fixed = [...labels.slice(1), ...allLabels(paused.items).slice(0, 2), ...allLabels(locked.items), 'Check-ins pausiert, bis du sie fortsetzt'];
    const tooLong = fixed.filter((label) => label.length > 40);
    expect(tooLong).toEqual([]);
  });

  it('a check-in that cannot appear as a window comes as a German notification', DISK, async () => {
    const { host, double } = await startedShell('linux-wayland', dir.path);
    host.popup.showPrompt();
    await settle();
    expect(double.notes).toHaveLength(1);
    expect(double.notes[0]).toMatchObject({ title: 'Touchpoint: ein 40-Sekunden-Check-in', body: 'Klicke, um ihn zu beantworten, wann immer du so weit bist.' });
  });

  it('an error sent to a window reads German', DISK, async () => {
    const { host } = await startHost(dir.path);
    const removed = await host.dispatch('moments.remove', { id: 'no-such-moment' }, { window: 'main' });
    expect(removed).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Diesen Moment gibt es nicht mehr. Vielleicht wurde er in einem anderen Fenster gelöscht.' } });
    const lockOff = await host.dispatch('vault.disable', { passphrase: 'whatever' }, { window: 'main' });
    expect(lockOff).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Die Passphrase-Sperre ist nicht an.' } });
  });

  it('the Markdown export is a German journal: headings, dates, outcomes and behaviours', DISK, async () => {
    const { host, clock } = await startHost(dir.path);
    const services = host.services!;
    clock.set('2026-11-17T10:05:00.000Z');
    await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['interrupting'], people: ['Priya Nair'], note: 'Priya unterbrochen', meeting: null, source: 'tray' });
    const { content } = await services.transfer.export('markdown');
    expect(content.split('\n').slice(0, 8)).toEqual([
      '# Touchpoint-Reflexionsprotokoll',
      '',
      'Exportiert am 2026-11-17. Privat: Teile es nur, wenn du es möchtest.',
      '',
      '## Dienstag, 17. November 2026',
      '',
      '- **11:05** geschadet mit Priya Nair',
      '  - Unterbrechen',
    ]);
  });

  it('English is back once the locale is English again', () => {
    setMainLocale('en-GB');
    expect(allLabels(trayModel(base, 'Europe/Berlin', 'en-GB', true).items)).toEqual(['Touchpoint is locked', 'Unlock…', 'Log a moment…', 'Quit Touchpoint']);
  });
});
