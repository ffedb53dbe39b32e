import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from '../fixtures';
import type { Harness } from '../support/harness';
import { testShellStatus } from '../../support/shell-status';

const PASS = 'lantern orchard velvet';

/** English sentences of the settings screens that must not survive in the German window. */
const ENGLISH = [
  'Before a meeting, ask',
  'Working days',
  'Quiet hours',
  'End-of-day review',
  'Cards a day, at most',
  'Meetings that count',
  'Your email addresses',
  'Shortcut and start-up',
  'Open Touchpoint when you log in',
  'Privacy lock',
  'Turn on the passphrase lock',
  'Follow the system',
  'Data folder',
];
/** A raw key of the settings namespace, drawn instead of its text. */
const RAW_KEY = /\b(sections|fields|appearance|checkIns|pause|quietHours|review|meetings|system|privacy)\.[a-z][A-Za-z.-]*/;

/** A desktop that tells Touchpoint little (Wayland, no tray): every caveat of Settings shows, the longest texts. */
function waylandWithoutTray(harness: Harness) {
  harness.shellStatus = testShellStatus(
    'linux',
    { launchAtLogin: true, screenLock: false, idle: false, tray: false, cards: 'notification' },
    { shortcutRegistered: true, shortcutConfirmed: false },
  );
}

/** A section on its own, whole (the window scrolls inside, so a page screenshot shows only part of it). */
async function sectionShot(region: Locator, name: string) {
  await region.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/**
 * Restarts the services in German and shows Settings, drawn anew (the page was drawn in English
 * before the locale changed). Waits, from the test's side, until the last sections are there:
 * they appear once the settings, the lock's state and the app's facts have arrived.
 */
async function openInGerman(harness: Harness, page: Page) {
  await harness.useLocale('de-DE');
  await harness.open(page, '/today');
  await page.reload();
  await harness.open(page, '/settings');
  await expect.poll(() => page.evaluate(() => ['settings-privacy', 'settings-data'].every((id) => document.getElementById(id) !== null)), { timeout: 15_000 }).toBe(true);
}

async function expectNoLeaks(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('undefined');
  expect(text).not.toMatch(RAW_KEY);
  for (const english of ENGLISH) expect(text, `English left in the German window: “${english}”`).not.toContain(english);
}

test.beforeEach(({ harness }) => {
  const coach = harness.services.settings.get().coach;
  harness.services.settings.update({
    onboarded: true,
    coach: {
      ...coach,
      quietHours: [
        { start: '12:00', end: '13:00' },
        { start: '22:00', end: '07:00' },
      ],
      mutedSeries: [{ key: 'all-hands', title: 'Company all-hands' }],
      reviewPrompt: { ...coach.reviewPrompt, mode: 'after-last-meeting' },
    },
    meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['alex@example.com'], ignoreTitles: ['Gym'] },
  });
});

test('Settings in German: sections, check-ins, meetings, shortcut and appearance', async ({ harness, mainPage, shot }) => {
  waylandWithoutTray(harness);
  await openInGerman(harness, mainPage);

  await expect(mainPage.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
  const chips = mainPage.getByRole('navigation', { name: 'Bereiche' });
  await expect(chips.getByRole('button')).toHaveText(['Kalender', 'Check-ins', 'Welche Meetings zählen', 'Tastenkürzel und Start', 'Darstellung', 'Passphrase-Sperre', 'Deine Daten']);
  await shot(mainPage, 'german-settings-overview');

  const checkIns = mainPage.getByRole('region', { name: 'Check-ins', exact: true });
  const lead = checkIns.getByRole('spinbutton', { name: 'Vor einem Meeting fragen' });
  await lead.fill('20');
  await expect(checkIns.getByRole('alert')).toHaveText('Wähle 0 bis 15 Minuten.');
  await expect(checkIns.getByRole('group', { name: 'Arbeitstage' }).getByRole('checkbox', { name: 'Montag' })).toBeChecked();
  await expect(checkIns.getByRole('list', { name: 'Ruhezeiten' }).getByRole('listitem').nth(1)).toContainText('bis zum nächsten Morgen');
  await expect(checkIns.getByRole('button', { name: 'Ruhezeit 22:00–07:00 entfernen' })).toBeVisible();
  await expect(checkIns.getByRole('group', { name: 'Check-ins pausieren für' })).toBeVisible();
  await expect(checkIns.getByRole('button', { name: 'Bis morgen pausieren' })).toBeVisible();
  await expect(checkIns.getByRole('group', { name: 'Serien, zu denen du nicht gefragt wirst' })).toContainText('Company all-hands');
  await sectionShot(checkIns, 'german-settings-check-ins');
  await lead.fill('2');
  await expect(checkIns.getByRole('alert')).toHaveCount(0);

  const meetings = mainPage.getByRole('region', { name: 'Welche Meetings zählen' });
  await expect(meetings.getByRole('switch', { name: 'Als frei angezeigte Termine einbeziehen' })).not.toBeChecked();
  await meetings.getByRole('textbox', { name: 'Neue E-Mail-Adresse' }).fill('nicht-gültig');
  await meetings.getByRole('button', { name: 'Adresse hinzufügen' }).click();
  await expect(meetings.getByRole('alert')).toHaveText('Das sieht nicht nach einer E-Mail-Adresse aus.');
  await sectionShot(meetings, 'german-settings-meetings');

  const system = mainPage.getByRole('region', { name: 'Tastenkürzel und Start' });
  await expect(system.getByRole('switch', { name: 'Ein Tastenkürzel für „Moment festhalten“' })).toBeChecked();
  await expect(system.locator('.shortcut__status')).toContainText('Touchpoint kann die Antwort hier nicht prüfen');
  await expect(system).toContainText('Check-ins kommen daher als Benachrichtigungen');
  await expect(system).toContainText('Dieser Desktop zeigt kein Symbol im Infobereich.');
  await sectionShot(system, 'german-settings-system');
  // Typed as a German keyboard labels the keys, as the field's example shows it, the shortcut is taken.
  const shortcut = system.getByRole('textbox', { name: 'Tastenkürzel' });
  await expect(shortcut).toHaveAttribute('placeholder', 'z. B. Strg+Umschalt+L');
  await shortcut.fill('Strg+Umschalt+K');
  await shortcut.press('Enter');
  await expect.poll(() => harness.services.settings.get().shortcut.logMoment).toBe('Control+Shift+K');
  await expect(system.getByRole('alert')).toHaveCount(0);

  const appearance = mainPage.getByRole('region', { name: 'Darstellung' });
  await appearance.getByRole('radio', { name: 'Dunkel' }).check();
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => harness.services.settings.get().theme).toBe('dark');
  await sectionShot(appearance, 'german-settings-appearance');
  await appearance.getByRole('radio', { name: 'Wie das System' }).check();

  const data = mainPage.getByRole('region', { name: 'Deine Daten' });
  await expect(data).toContainText('Datenordner');
  await expect(data).toContainText('Zeitzone');
  await expectNoLeaks(mainPage);

  // Paused: the resume button and the pause choices read in German.
  harness.services.coach.pause('2-hours');
  await expect(checkIns.getByRole('button', { name: 'Check-ins fortsetzen' })).toBeVisible();
  await checkIns.scrollIntoViewIfNeeded();
  await shot(mainPage, 'german-settings-paused');
});

test('the privacy lock in German: turn it on, then its settings and the change form', async ({ harness, mainPage, shot }) => {
  waylandWithoutTray(harness);
  await openInGerman(harness, mainPage);
  const privacy = mainPage.getByRole('region', { name: 'Passphrase-Sperre' });
  await expect(privacy).toContainText('Aus. Dein Protokoll liegt als lesbare Dateien');
  await privacy.getByRole('button', { name: 'Passphrase-Sperre einschalten …' }).click();
  await privacy.getByLabel('Passphrase', { exact: true }).fill('kurz');
  await privacy.getByRole('button', { name: 'Sperre einschalten' }).click();
  await expect(privacy.getByRole('alert')).toHaveText(/^Verwende mindestens \d+ Zeichen/);
  await sectionShot(privacy, 'german-settings-privacy-enable');

  await privacy.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await privacy.getByLabel('Dieselbe Passphrase noch einmal').fill(PASS);
  await privacy.getByRole('button', { name: 'Sperre einschalten' }).click();
  await expect(privacy.getByRole('alert')).toHaveText('Bitte bestätige, dass eine vergessene Passphrase nicht wiederhergestellt werden kann.');
  await privacy.getByRole('checkbox', { name: /Ich habe verstanden/ }).check();
  await privacy.getByRole('button', { name: 'Sperre einschalten' }).click();
  await expect(privacy.getByRole('status')).toHaveText('Die Sperre ist an. Dein Protokoll ist verschlüsselt.', { timeout: 30_000 });
  await expect(privacy.locator('strong').first()).toHaveText('An.');
  const autoLock = privacy.getByLabel('Automatisch sperren');
  await expect(autoLock).toHaveAccessibleDescription(/wie lange du weg warst/);
  await expect(autoLock.locator('option')).toHaveText(['Nach 5 Minuten Abwesenheit', 'Nach 15 Minuten Abwesenheit', 'Nach 30 Minuten Abwesenheit', 'Nach einer Stunde Abwesenheit', 'Nur wenn ich sperre']);
  await expect(privacy.getByRole('switch', { name: 'Sperren, wenn der Bildschirm gesperrt wird' })).toBeDisabled();
  await sectionShot(privacy, 'german-settings-privacy-on');
  await privacy.scrollIntoViewIfNeeded();
  await shot(mainPage, 'german-settings-privacy');

  await privacy.getByRole('button', { name: 'Passphrase ändern …' }).click();
  await privacy.getByLabel('Aktuelle Passphrase').fill(PASS);
  await privacy.getByLabel('Neue Passphrase', { exact: true }).fill('another long passphrase');
  await privacy.getByLabel('Die neue Passphrase noch einmal').fill('another long phrase');
  await privacy.getByRole('button', { name: 'Passphrase ändern', exact: true }).click();
  await expect(privacy.getByRole('alert')).toHaveText('Die beiden Passphrasen stimmen nicht überein.');
  await sectionShot(privacy, 'german-settings-privacy-change');
  await expectNoLeaks(mainPage);
});
