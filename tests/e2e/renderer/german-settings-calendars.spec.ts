import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures';
import type { Harness } from '../support/harness';
import { icsCalendar, startIcsFeedServer, type IcsFeedServer } from '../support/ics-feed';

/**
 * Settings → Calendars and the backups and "Delete all my data" of Settings → Your data, on a
 * German desktop: every state and dialog in German, screenshotted to be looked at (the cards
 * alone, at full height, and each dialog with axe through `shot`).
 */
const WORK_ICS = icsCalendar('Arbeit (Acme)', [
  { uid: 'standup', title: 'Team-Stand-up', start: '2026-11-21T08:30:00.000Z', end: '2026-11-21T08:45:00.000Z', attendees: [{ email: 'sam.rivera@acme.test', name: 'Sam Rivera' }] },
  { uid: 'one-on-one', title: '1:1 mit Sam', start: '2026-11-21T10:00:00.000Z', end: '2026-11-21T10:30:00.000Z', attendees: [{ email: 'sam.rivera@acme.test', name: 'Sam Rivera' }] },
]);

let feeds: IcsFeedServer;
test.beforeEach(async ({ harness }) => {
  feeds = await startIcsFeedServer({ '/work.ics': WORK_ICS });
  harness.services.settings.update({ onboarded: true });
  await harness.useLocale('de-DE');
});
test.afterEach(async () => {
  await feeds.close();
});

/** A Settings card by its heading's id (independent of the words of the other screens). */
async function openCard(page: Page, harness: Harness, section: 'calendars' | 'data'): Promise<Locator> {
  await harness.open(page, '/settings');
  const card = page.locator(`section[aria-labelledby="settings-${section}"]`);
  await expect(card).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  return card;
}

/** The card alone, at its full height: the settings view scrolls inside the window, so the window grows for it. */
async function cardShot(page: Page, card: Locator, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size?.width ?? 1040, height: 2400 });
  await card.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  if (size) await page.setViewportSize(size);
}

/** No catalog key, missing value or English sentence of these screens shows through. */
async function expectNoLeaks(scope: Locator): Promise<void> {
  const text = (await scope.allInnerTexts()).join('\n');
  expect(text).not.toMatch(/undefined|\{\{|\b(section|status|kind|where|source|rename|colour|credentials|connect|ownClient|add|fields|check|backups|restore|deleteAll|entries)\.[a-z]\w*/);
  for (const english of ['Add a calendar', 'Sync now', 'Rename', 'Colour', 'Remove…', 'Test connection', 'Back up now', 'Restore…', 'Delete all my data', 'Keep my data', 'Cancel']) {
    expect(text, `English "${english}" on a German screen`).not.toContain(english);
  }
}

test('Settings → Calendars in German: the list, a failing calendar, adding one, its colours, removing it', async ({ harness, mainPage, shot }) => {
  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/work.ics'), name: 'Arbeit' });
  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/private.ics'), name: 'Privat' });
  feeds.set('/private.ics', { status: 401 });
  await harness.services.calendar.sync.syncAll();

  const card = await openCard(mainPage, harness, 'calendars');
  await expect(card.getByRole('heading', { name: 'Kalender', exact: true })).toBeVisible();
  const work = card.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Arbeit' }) });
  const personal = card.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Privat' }) });
  await expect(work).toContainText('Abonnement');
  await expect(work).toContainText('Synchronisiert gerade eben');
  await expect(work.getByRole('switch', { name: 'Arbeit verwenden' })).toBeChecked();
  await expect(personal).toContainText('Noch keine Kopie dieses Kalenders');
  await expect(personal).toContainText('Der Server hat diese Adresse nicht akzeptiert.');
  await expect(personal.getByRole('button', { name: 'Adresse erneut einfügen' })).toBeVisible();
  await expect(card.locator('summary', { hasText: 'Erweitert: eigenen Client verwenden' })).toBeVisible();
  // This build has no client ids: each provider's note links to the advanced settings.
  await expect(card.getByRole('button', { name: 'Erweitert: eigenen Client verwenden' })).toHaveCount(2);
  await expectNoLeaks(card);
  await cardShot(mainPage, card, 'de-settings-calendars-card');

  // The colours by their German names, and the advanced section open.
  await work.getByRole('button', { name: /^Farbe: / }).click();
  await work.getByRole('radio', { name: 'Violett' }).check();
  await expect(work.getByRole('button', { name: 'Farbe: Violett' })).toBeVisible();
  await card.locator('summary', { hasText: 'Erweitert: eigenen Client verwenden' }).click();
  await expect(card.getByRole('button', { name: 'Google-Client speichern' })).toBeVisible();
  await cardShot(mainPage, card, 'de-settings-calendars-colour-advanced');
  await work.getByRole('button', { name: 'Fertig' }).click();

  // The broken feed: German words around the service's message, and the copy it keeps.
  feeds.set('/work.ics', null);
  await harness.setTime('2026-11-21T09:45:00.000Z');
  await work.getByRole('button', { name: 'Jetzt synchronisieren: Arbeit' }).click();
  await expect(work).toContainText('Angezeigt wird die Kopie von 10:30 Uhr');
  await cardShot(mainPage, work, 'de-settings-calendars-error');

  // Remove asks first.
  await work.getByRole('button', { name: /^Arbeit entfernen/ }).click();
  const remove = mainPage.getByRole('dialog', { name: '„Arbeit“ entfernen?' });
  await expect(remove.getByRole('button', { name: 'Behalten' })).toBeFocused();
  await expect(remove).toContainText('bleiben in deinem Protokoll');
  await shot(mainPage, 'de-settings-calendars-remove');
  await remove.getByRole('button', { name: 'Behalten' }).click();
});

test('Add a calendar in German: the three kinds, the help, a field message, the test result', async ({ harness, mainPage, shot }) => {
  const card = await openCard(mainPage, harness, 'calendars');
  await expect(card.getByText(/^Noch kein Kalender verbunden\./)).toBeVisible();
  await card.getByRole('button', { name: /^Kalender hinzufügen/ }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Kalender hinzufügen' });
  await expect(dialog.getByRole('radio', { name: /Abo-Link/ })).toBeChecked();
  await dialog.getByText('Wo finde ich diesen Link?').click();
  await expect(dialog.getByText('Privatadresse im iCal-Format')).toBeVisible();
  await dialog.getByRole('button', { name: 'Verbindung testen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Füge die Adresse des Kalenders ein.');
  await expectNoLeaks(dialog);
  await shot(mainPage, 'de-settings-add-calendar');

  await dialog.getByRole('radio', { name: /CalDAV-Konto/ }).check();
  await expect(dialog.getByRole('textbox', { name: 'Benutzername' })).toBeVisible();
  await shot(mainPage, 'de-settings-add-calendar-caldav');
  await dialog.getByRole('radio', { name: /\.ics-Datei importieren/ }).check();
  await expect(dialog.getByText('Kalenderdatei (.ics)')).toBeVisible();
  await shot(mainPage, 'de-settings-add-calendar-file');

  await dialog.getByRole('radio', { name: /Abo-Link/ }).check();
  const address = dialog.getByRole('textbox', { name: 'Kalenderadresse' });
  await address.fill(feeds.url('/work.ics'));
  await address.press('Enter');
  await expect(dialog.getByText('Verbunden – 2 Termine gefunden.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name des Kalenders' })).toHaveValue('Arbeit (Acme)');
  await expectNoLeaks(dialog);
  await shot(mainPage, 'de-settings-add-calendar-tested');
  await dialog.getByRole('button', { name: 'Kalender hinzufügen' }).click();
  await expect(dialog).toBeHidden();
  await expect(mainPage.getByText('„Arbeit (Acme)“ hinzugefügt.')).toBeVisible();
});

test('Your data in German: backups, restoring one, and deleting everything', async ({ harness, mainPage, shot }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: ['recognised'], people: ['Sam Rivera'], note: 'Sam für die Release-Notes gedankt', meeting: null, source: 'tray' });
  await harness.services.moments.add({ kind: 'own', valence: 'harmed', tags: ['interrupting'], people: ['Priya Nair'], note: 'Priya unterbrochen', meeting: null, source: 'tray' });
  for (const [at, reason] of [['2026-11-19T08:00:00.000Z', 'daily'], ['2026-11-20T08:00:00.000Z', 'pre-migration']] as const) {
    await harness.setTime(at);
    await harness.services.store.backupNow(reason);
  }
  await harness.setTime('2026-11-21T09:30:00.000Z');

  const card = await openCard(mainPage, harness, 'data');
  const backups = card.locator('.backups');
  await expect(backups.getByRole('heading', { name: 'Sicherungen' })).toBeVisible();
  await backups.getByRole('button', { name: 'Jetzt sichern' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Gesichert:' })).toContainText('Sa., 21. Nov. 2026, 10:30');
  const rows = backups.getByRole('list', { name: 'Sicherungen' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Nov. 2026');
  await expect(card.getByRole('button', { name: /^Alle meine Daten löschen/ })).toBeVisible();
  await expectNoLeaks(card.locator('.backups, .delete-all'));
  await cardShot(mainPage, card, 'de-settings-data-card');

  await rows.nth(1).getByRole('button', { name: /^Sicherung vom Fr\., 20\. Nov\. 2026, 09:00 .* wiederherstellen/ }).click();
  const restore = mainPage.getByRole('dialog', { name: 'Sicherung vom Fr., 20. Nov. 2026, 09:00 wiederherstellen?' });
  await expect(restore).toContainText('Sie enthält 2 Momente (Nov. 2026).');
  await expect(restore.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expectNoLeaks(restore);
  await shot(mainPage, 'de-settings-data-restore-confirm');
  await restore.getByRole('button', { name: 'Diese Sicherung wiederherstellen' }).click();
  const done = mainPage.getByRole('dialog', { name: 'Sicherung wiederhergestellt' });
  await expect(done).toContainText('Dein Protokoll enthält jetzt, was es am Fr., 20. Nov. 2026, 09:00 enthielt (2 Momente).');
  await shot(mainPage, 'de-settings-data-restore-done');
  await done.getByRole('button', { name: 'Fertig' }).click();

  await card.getByRole('button', { name: /^Alle meine Daten löschen/ }).click();
  const remove = mainPage.getByRole('dialog', { name: 'Alle deine Daten löschen?' });
  await expect(remove).toContainText('Das lässt sich nicht rückgängig machen.');
  const typed = remove.getByLabel('Gib zur Bestätigung DELETE ein');
  await expect(typed).toBeFocused();
  await typed.fill('DELETE');
  await expect(remove.getByRole('button', { name: 'Alles löschen' })).toBeEnabled();
  await expectNoLeaks(remove);
  await shot(mainPage, 'de-settings-data-delete');
  await remove.getByRole('button', { name: 'Meine Daten behalten' }).click();
  expect(harness.services.moments.all()).toHaveLength(2);
});
