import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { openUnreadableLog } from '../support/unreadable-log';
import { icsCalendar, startIcsFeedServer, type IcsEvent, type IcsFeedServer } from '../support/ics-feed';

// The same screens as today.spec.ts, onboarding.spec.ts and privacy-lock.spec.ts, on a desktop
// whose OS locale is de-DE: German words from the catalogs, German dates, times and numbers.
// Monday 23 November 2026 in Berlin (UTC+1).
const sam = { email: 'sam.rivera@acme.test', name: 'Sam Rivera' };
const team = [sam, { email: 'priya@acme.test', name: 'Priya Nair' }, { email: 'alex@acme.test', name: 'Alex Chen' }, { email: 'jo@acme.test' }];
const MONDAY: IcsEvent[] = [
  { uid: 'priya-ooo', title: 'Priya out of office', start: '2026-11-23', end: '2026-11-24', allDay: true },
  { uid: 'offsite', title: 'Leadership offsite', start: '2026-11-22', end: '2026-11-25', allDay: true },
  { uid: 'sam-1on1', title: '1:1 with Sam', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', attendees: [sam] },
  { uid: 'design', title: 'Design review', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:45:00.000Z', attendees: team, location: 'Room 4' },
  { uid: 'coaching', title: 'Coaching call', start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T13:30:00.000Z', attendees: [{ email: 'coach@example.test', name: 'Dana Coach' }] },
];

/** No English sentence, no raw catalog key and no "undefined" in what the window shows. */
async function expectOnlyGerman(page: Page, english: string[]) {
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('undefined');
  expect(text).not.toMatch(/\b(title|coach|summary|meetings|noCalendar|noMeetings|allDay|problems|unlock|viewError|views|welcome|intro|connect|done|addresses)\.[a-z][A-Za-z]+/);
  for (const words of english) expect(text).not.toContain(words);
}

/** Every navigation label fits its link: German words run longer than English ones. */
async function expectNavigationFits(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Touchpoint' });
  await expect(nav.getByRole('link')).toHaveText(['Heute', 'Tagesrückblick', 'Wochenrückblick', 'Protokoll', 'Einblicke', 'Einstellungen', 'Die Forschung dahinter']);
  const overflowing = await nav.getByRole('link').evaluateAll((links) => links.filter((a) => a.scrollWidth > a.clientWidth).map((a) => a.textContent));
  expect(overflowing).toEqual([]);
}

let feeds: IcsFeedServer;
test.beforeEach(async ({ harness }) => {
  feeds = await startIcsFeedServer({ '/mine.ics': icsCalendar('me@acme.test', MONDAY) });
  await harness.useLocale('de-DE');
});
test.afterEach(async () => {
  await feeds.close();
});

test('first run in German: the welcome, connecting a calendar and “Bist du das?”', async ({ mainPage, harness, shot }) => {
  await harness.setTime('2026-11-23T07:00:00.000Z');
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Willkommen bei Touchpoint', level: 1 })).toBeFocused();
  await expect(mainPage.getByText('Privat von Grund auf.')).toBeVisible();
  await expect(mainPage.getByRole('heading', { name: 'Verbinde deinen Kalender' })).toBeVisible();
  await expect(mainPage.getByRole('button', { name: 'Vorerst überspringen' })).toBeVisible();
  await expectNavigationFits(mainPage);
  await expectOnlyGerman(mainPage, ['Welcome', 'Before a meeting', 'Skip for now', 'Private by design']);
  await shot(mainPage, 'german-onboarding-welcome');

  await mainPage.getByRole('button', { name: 'Kalender verbinden …' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Kalender verbinden', level: 2 })).toBeFocused();
  await expect(mainPage.getByRole('button', { name: 'Einrichtung überspringen' })).toBeVisible();
  // The form is the calendar settings' own; found by its structure, not its words.
  const form = mainPage.locator('.welcome__step form');
  await form.locator('input:not([type="radio"])').first().fill(feeds.url('/mine.ics'));
  await form.locator('input:not([type="radio"])').first().press('Enter');
  // Once the test has passed, "Add" becomes the form's primary submit button (it was a plain, disabled one).
  await expect(form.locator('button[type="button"].button--primary')).toHaveCount(0);
  await expect(form.locator('button[type="submit"]')).toBeEnabled();
  await shot(mainPage, 'german-onboarding-connect');
  await form.locator('button[type="submit"]').click();

  await expect(mainPage.getByRole('heading', { name: 'Alles eingerichtet' })).toBeFocused();
  await expect(mainPage.getByText('me@acme.test ist verbunden.')).toBeVisible();
  await expect(mainPage.getByRole('group', { name: 'Bist du das?' })).toBeVisible();
  await expect(mainPage.getByRole('checkbox', { name: /me@acme\.test ist meine Adresse/ })).toBeChecked();
  await expect(mainPage.getByText('Gefunden, weil ein Kalender nach ihr benannt ist und sie bei den meisten Meetings in deinem Kalender steht.')).toBeVisible();
  await expect(mainPage.getByText(/^Check-ins kommen während deiner Arbeitszeit \(.+\)\. Arbeitszeit, Ruhezeiten/)).toBeVisible();
  await mainPage.getByRole('textbox', { name: 'Eine weitere Adresse von dir' }).fill('robin');
  await mainPage.getByRole('button', { name: 'Adresse hinzufügen' }).click();
  await expect(mainPage.getByText('Das sieht nicht nach einer E-Mail-Adresse aus.')).toBeVisible();
  await expectOnlyGerman(mainPage, ['You’re set up', 'Is this you?', 'is my address', 'Found because', 'Go to Today']);
  await shot(mainPage, 'german-onboarding-is-this-you');

  await mainPage.getByRole('button', { name: 'Weiter zu „Heute“' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible();
  expect(harness.services.settings.get().meetingRules.userEmails).toEqual(['me@acme.test']);
});

test('Today in German: no calendar, then the day’s meetings, all-day events, the coach line and a pause', async ({ mainPage, harness, shot }) => {
  harness.services.settings.update({ onboarded: true, meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  await harness.setTime('2026-11-23T07:00:00.000Z');
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible();
  await expect(mainPage.getByText('Montag, 23. November')).toBeVisible();
  await expect(mainPage.getByRole('heading', { name: 'Kein Kalender verbunden' })).toBeVisible();
  await expect(mainPage.getByRole('link', { name: 'Einstellungen → Kalender' })).toBeVisible();
  await expectOnlyGerman(mainPage, ['No calendar connected', 'Connect a calendar']);
  await shot(mainPage, 'german-today-no-calendar');

  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/mine.ics'), name: 'Arbeit' });
  await harness.services.calendar.sync.syncAll();
  await harness.open(mainPage, '/today');
  const allDay = mainPage.getByRole('region', { name: 'Ganztägig' });
  await expect(allDay.getByRole('listitem')).toHaveText([/Leadership offsite.*So.*22.*Di.*24.*Arbeit/, /Priya out of office.*Arbeit/]);
  const meetings = mainPage.getByRole('list', { name: 'Heutige Meetings' }).getByRole('listitem');
  await expect(meetings).toHaveText([
    /^10:00–10:30.*1:1 with Sam.*Als Nächstes.*Arbeit.*mit Sam Rivera/,
    /^11:00–11:45.*Design review.*Arbeit.*mit Sam Rivera, Priya Nair und 2 weiteren.*Room 4/,
    /^14:00–14:30.*Coaching call.*Arbeit.*mit Dana Coach/,
  ]);
  await expect(mainPage.getByText('3 Meetings heute', { exact: true })).toBeVisible();
  await expect(mainPage.getByText('Nächster Check-in: vor „1:1 with Sam“ um 09:58')).toBeVisible();
  await expectNavigationFits(mainPage);
  await expectOnlyGerman(mainPage, ['All day', 'meetings today', 'Next check-in', 'with Sam Rivera', ' more', 'Ended']);
  await shot(mainPage, 'german-today-meetings');

  // Later: ended, now, next, and what is left.
  await harness.setTime('2026-11-23T10:10:00.000Z');
  await mainPage.reload();
  await expect(meetings.nth(0)).toContainText('Vorbei');
  await expect(meetings.nth(1)).toContainText('Jetzt');
  await expect(meetings.nth(2)).toContainText('Als Nächstes');
  await expect(mainPage.getByText('3 Meetings heute · noch 2')).toBeVisible();

  harness.services.coach.pause('1-hour');
  await expect(mainPage.getByText('Check-ins sind pausiert bis 12:10.')).toBeVisible();
  await expect(mainPage.getByRole('button', { name: 'Check-ins fortsetzen' })).toBeVisible();
  await expectOnlyGerman(mainPage, ['paused until', 'Resume check-ins', 'to go']);
  await shot(mainPage, 'german-today-paused');
});

test('the lock screen in German: unlock, a forgotten passphrase and a fresh start behind a typed word', async ({ mainPage, harness, shot }) => {
  harness.services.settings.update({ onboarded: true });
  await harness.host.enable('german lock passphrase');
  await harness.host.lock();
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Touchpoint ist gesperrt', level: 1 })).toBeVisible();
  await mainPage.getByRole('button', { name: 'Entsperren' }).click();
  await expect(mainPage.getByRole('alert')).toHaveText('Gib deine Passphrase ein.');
  await expectOnlyGerman(mainPage, ['Touchpoint is locked', 'Enter your passphrase', 'Forgot your passphrase?']);
  await shot(mainPage, 'german-locked');

  await mainPage.getByText('Passphrase vergessen?').click();
  await mainPage.getByRole('button', { name: 'Mit leerem Protokoll neu beginnen …' }).click();
  const word = mainPage.getByLabel(/^Gib LÖSCHEN ein, um alles .*zu löschen\. Das lässt sich nicht rückgängig machen\.$/);
  await word.fill('DELETE');
  await expect(mainPage.getByRole('button', { name: 'Alles löschen' })).toBeDisabled();
  await word.fill('LÖSCHEN');
  await expect(mainPage.getByRole('button', { name: 'Alles löschen' })).toBeEnabled();
  await expect(mainPage.getByRole('button', { name: 'Protokoll behalten' })).toBeVisible();
  await shot(mainPage, 'german-locked-start-again');
  await mainPage.getByRole('button', { name: 'Protokoll behalten' }).click();

  await mainPage.getByLabel('Passphrase', { exact: true }).fill('german lock passphrase');
  await mainPage.getByRole('button', { name: 'Entsperren' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible();
  await expectNavigationFits(mainPage);
});

// Not the mainPage fixture: a view that cannot be shown is logged to the console on purpose.
test('a view that cannot be shown says so in German, with the view’s German name', async ({ context, harness, shot }) => {
  harness.services.settings.update({ onboarded: true });
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: ['Sam'], note: 'Sam gedankt', meeting: null, source: 'tray' });
  const page = await openUnreadableLog(context, harness);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Anzeige nicht möglich' })).toBeVisible();
  await expect(alert).toContainText('In der Ansicht „Protokoll“ konnte etwas nicht angezeigt werden. Deine Daten sind sicher: Es wurde nichts verändert.');
  await expect(alert.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  await expectOnlyGerman(page, ['This view could not be shown', 'Try again', 'Go to Today']);
  await shot(page, 'german-view-error');
  await page.getByRole('button', { name: 'Zu „Heute“' }).click();
  await expect(page.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible();
});
