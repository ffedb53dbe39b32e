import type { Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { icsCalendar, startIcsFeedServer, type IcsFeedServer } from '../support/ics-feed';

// Saturday 21 November 2026 in Berlin (UTC+1); the harness clock starts at 10:30 that day.
const team = [
  { email: 'sam.rivera@acme.test', name: 'Sam Rivera' },
  { email: 'priya@acme.test', name: 'Priya Nair' },
];
const WORK_ICS = icsCalendar('Work (Acme)', [
  { uid: 'standup', title: 'Team stand-up', start: '2026-11-21T08:30:00.000Z', end: '2026-11-21T08:45:00.000Z', attendees: team },
  { uid: 'one-on-one', title: '1:1 with Sam', start: '2026-11-21T10:00:00.000Z', end: '2026-11-21T10:30:00.000Z', attendees: [team[0]!], location: 'Room 4' },
  { uid: 'review', title: 'Design review', start: '2026-11-21T13:00:00.000Z', end: '2026-11-21T14:00:00.000Z', attendees: team },
]);

let feeds: IcsFeedServer;
test.beforeEach(async ({ harness }) => {
  feeds = await startIcsFeedServer({ '/work.ics': WORK_ICS });
  harness.services.settings.update({ onboarded: true, meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
});
test.afterEach(async () => {
  await feeds.close();
});

async function openCalendars(page: Page) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Calendars', exact: true })).toBeVisible();
}

test('add an ICS subscription after testing it; its meetings appear in Today in its colour', async ({ mainPage, harness, shot }) => {
  await openCalendars(mainPage);
  await expect(mainPage.getByText('No calendar connected yet.')).toBeVisible();
  await mainPage.getByRole('button', { name: 'Add a calendar…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Add a calendar' });
  await expect(dialog.getByRole('radio', { name: /Subscription link/ })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Add calendar' })).toBeDisabled();
  await dialog.getByText('Where do I find this link?').click();
  await expect(dialog.getByText('Secret address in iCal format')).toBeVisible();
  await shot(mainPage, 'settings-add-calendar');

  // Nothing typed: the message sits next to the field.
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste the calendar’s address.');

  await dialog.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/work.ics'));
  await dialog.getByRole('textbox', { name: 'Calendar address' }).press('Enter');
  await expect(dialog.getByText('Connected — 3 events found.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Calendar name' })).toHaveValue('Work (Acme)');
  await dialog.getByRole('textbox', { name: 'Calendar name' }).fill('Work');
  await shot(mainPage, 'settings-add-calendar-tested');
  expect(harness.services.calendar.sync.listSources()).toEqual([]);

  await dialog.getByRole('button', { name: 'Add calendar' }).click();
  await expect(dialog).toBeHidden();
  const source = mainPage.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Work' }) });
  await expect(source).toContainText('Subscription');
  // (The harness runs no sync timer, so there is no "next in …" here.)
  await expect(source).toContainText('Synced just now');
  await expect(source.getByRole('switch', { name: 'Use Work' })).toBeChecked();
  await shot(mainPage, 'settings-calendars-one');

  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  const meetings = mainPage.getByRole('list', { name: 'Today’s meetings' }).getByRole('listitem');
  await expect(meetings).toHaveCount(3);
  await expect(meetings.nth(0)).toContainText('09:30–09:45');
  await expect(meetings.nth(0)).toContainText('Team stand-up');
  await expect(meetings.nth(0)).toContainText('Ended');
  await expect(meetings.nth(1)).toContainText('1:1 with Sam');
  await expect(meetings.nth(1)).toContainText('with Sam Rivera');
  await expect(meetings.nth(1)).toContainText('Room 4');
  await expect(meetings.nth(1)).toContainText('Next');
  await expect(meetings.nth(2)).toContainText('with Sam Rivera and Priya Nair');
  // The source's colour, with its name next to it so colour is never the only clue.
  const { color } = harness.services.calendar.sync.listSources()[0]!;
  await expect(meetings.nth(1)).toContainText('Work');
  await expect(meetings.nth(1).locator('.swatch')).toHaveCSS('background-color', hexToRgb(color));
  // 21 November 2026 is a Saturday: the coach is silent, and says why.
  await expect(mainPage.getByRole('status').filter({ hasText: 'check-ins' })).toHaveText('No check-ins today: Saturday is not one of your working days (Settings → Check-ins).');
  await shot(mainPage, 'today-meetings');
});

test('without a system keychain the calendar still works, and Settings says its address is stored unencrypted', async ({ mainPage, harness, shot }) => {
  harness.secretBox.setAvailable(false);
  await openCalendars(mainPage);
  await mainPage.getByRole('button', { name: 'Add a calendar…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Add a calendar' });
  await dialog.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/work.ics'));
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByText('Connected — 3 events found.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add calendar' }).click();
  await expect(dialog).toBeHidden();
  const source = mainPage.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Work (Acme)' }) });
  await expect(source).toContainText('Synced just now');
  await expect(source).toContainText('This computer has no system keychain Touchpoint can use, so the private address is stored without encryption in Touchpoint’s data folder.');
  await shot(mainPage, 'settings-calendars-no-keychain');
  // Honest: the address really is readable on disk, and nowhere else is it claimed to be protected.
  const stored = await readFile(join(harness.userDataDirectory, 'data', 'calendar', 'sources.json'), 'utf8');
  expect(stored).toContain(feeds.url('/work.ics'));
});

test('a broken address (404) gives the plain error and nothing is added', async ({ mainPage, harness, shot }) => {
  await openCalendars(mainPage);
  await mainPage.getByRole('button', { name: 'Add a calendar…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Add a calendar' });
  await dialog.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/gone.ics'));
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That didn’t work. The calendar address was not found (404).');
  await expect(dialog.getByRole('button', { name: 'Add calendar' })).toBeDisabled();
  await shot(mainPage, 'settings-add-calendar-error');

  // Esc closes the dialog; nothing was stored.
  await mainPage.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(harness.services.calendar.sync.listSources()).toEqual([]);
  await expect(mainPage.getByText('No calendar connected yet.')).toBeVisible();
});

test('import an .ics file', async ({ mainPage, harness, shot }) => {
  await openCalendars(mainPage);
  await mainPage.getByRole('button', { name: 'Add a calendar…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Add a calendar' });
  await dialog.getByRole('radio', { name: /Import an .ics file/ }).check();
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose an .ics file.');

  const exported = icsCalendar('Offsite', [
    { uid: 'offsite-1', title: 'Offsite planning', start: '2026-11-21T12:00:00.000Z', end: '2026-11-21T13:00:00.000Z', attendees: team },
    { uid: 'offsite-2', title: 'Offsite retro', start: '2026-11-22T12:00:00.000Z', end: '2026-11-22T13:00:00.000Z', attendees: team },
  ]);
  await dialog.getByLabel('Calendar file (.ics)').setInputFiles({ name: 'offsite-export.ics', mimeType: 'text/calendar', buffer: Buffer.from(exported) });
  await expect(dialog.getByText(/offsite-export\.ics · \d+ bytes/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByText('The file reads fine — 2 events found.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Calendar name' })).toHaveValue('Offsite');
  await shot(mainPage, 'settings-add-calendar-file');
  await dialog.getByRole('button', { name: 'Add calendar' }).click();
  await expect(dialog).toBeHidden();

  const source = mainPage.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Offsite' }) });
  await expect(source).toContainText('Imported file · offsite-export.ics');
  await expect(source).toContainText('Imported just now');
  // A one-off copy: nothing to sync.
  await expect(source.getByRole('button', { name: /Sync now/ })).toHaveCount(0);
  expect(harness.services.calendar.sync.listSources().map((s) => s.kind)).toEqual(['ics-file']);

  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(mainPage.getByRole('list', { name: 'Today’s meetings' })).toContainText('Offsite planning');
});

test('rename, recolour, turn off, fail to sync (showing the last copy), and remove a source', async ({ mainPage, harness, shot }) => {
  const added = await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/work.ics'), name: 'Work' });
  await harness.services.calendar.sync.syncAll();
  await openCalendars(mainPage);
  const item = () => mainPage.getByRole('listitem').filter({ has: mainPage.locator('.source__head') });
  await expect(item()).toContainText('Synced just now');

  // Rename in place: an empty name is refused with a message; Enter keeps the new one.
  await item().getByRole('button', { name: 'Rename Work' }).click();
  const nameBox = item().getByRole('textbox', { name: 'New name for Work' });
  await expect(nameBox).toBeFocused();
  await nameBox.fill('  ');
  await nameBox.press('Enter');
  await expect(item().getByRole('alert')).toHaveText('Give the calendar a name.');
  await nameBox.fill('Acme work');
  await nameBox.press('Enter');
  await expect(item().getByRole('heading', { name: 'Acme work' })).toBeVisible();
  expect(harness.services.calendar.sync.getSource(added.id).name).toBe('Acme work');

  // Colour: named swatches, applied at once.
  await item().getByRole('button', { name: /Colour:/ }).click();
  await item().getByRole('radio', { name: 'Violet' }).check();
  await expect(item().getByRole('button', { name: 'Colour: Violet' })).toBeVisible();
  await expect.poll(() => harness.services.calendar.sync.getSource(added.id).color).toBe('#a26bd6');
  await shot(mainPage, 'settings-calendars-colour');
  await item().getByRole('button', { name: 'Done' }).click();

  // Turn off: its meetings leave Today.
  await item().getByRole('switch', { name: 'Use Acme work' }).click();
  await expect(item()).toContainText('Turned off');
  await expect.poll(() => harness.services.calendar.sync.getSource(added.id).enabled).toBe(false);
  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(mainPage.getByRole('heading', { name: 'Your calendars are turned off' })).toBeVisible();
  await mainPage.getByRole('link', { name: 'Settings → Calendars' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Calendars', exact: true })).toBeFocused();
  await item().getByRole('switch', { name: 'Use Acme work' }).click();
  await expect(item()).not.toContainText('Turned off');

  // The feed breaks: the error in plain words, and the app keeps the last good copy.
  feeds.set('/work.ics', null);
  await harness.setTime('2026-11-21T09:45:00.000Z');
  await item().getByRole('button', { name: 'Sync now: Acme work' }).click();
  await expect(item()).toContainText('The calendar address was not found (404).');
  await expect(item()).toContainText('Showing the copy from 10:30');
  await shot(mainPage, 'settings-calendars-error');
  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(mainPage.getByText(/Acme work:.*not found \(404\)/)).toBeVisible();
  await expect(mainPage.getByRole('list', { name: 'Today’s meetings' }).getByRole('listitem')).toHaveCount(3);
  await shot(mainPage, 'today-source-error');

  // Remove asks first; "Keep it" keeps it.
  await mainPage.getByRole('link', { name: 'Settings', exact: true }).click();
  await item().getByRole('button', { name: 'Remove Acme work…' }).click();
  const confirm = mainPage.getByRole('dialog', { name: 'Remove “Acme work”?' });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await shot(mainPage, 'settings-calendars-remove');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  expect(harness.services.calendar.sync.listSources()).toHaveLength(1);
  await item().getByRole('button', { name: 'Remove Acme work…' }).click();
  await confirm.getByRole('button', { name: 'Remove calendar' }).click();
  await expect(mainPage.getByText('No calendar connected yet.')).toBeVisible();
  expect(harness.services.calendar.sync.listSources()).toEqual([]);
});

test('credentials: an address the server refuses, or that can’t be decrypted here, can be pasted again', async ({ mainPage, harness, shot }) => {
  const added = await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/private.ics'), name: 'Private' });
  feeds.set('/private.ics', { status: 401 });
  await harness.services.calendar.sync.syncAll();
  await openCalendars(mainPage);
  const item = mainPage.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Private' }) });
  await expect(item).toContainText('The server asked for a password (401).');
  await expect(item).toContainText('No copy of this calendar yet');
  await expect(item).toContainText('The server didn’t accept this address.');
  await item.getByRole('button', { name: 'Paste the address again' }).click();
  const address = item.getByRole('textbox', { name: 'Calendar address' });
  await expect(address).toBeFocused();
  await shot(mainPage, 'settings-calendars-auth');

  feeds.set('/private-new.ics', WORK_ICS);
  await address.fill(feeds.url('/private-new.ics'));
  await item.getByRole('button', { name: 'Save and sync' }).click();
  await expect(item).toContainText('Synced just now');
  await expect(item).not.toContainText('didn’t accept');
  expect(harness.services.calendar.sync.getSource(added.id).status.state).toBe('ok');

  // Data moved from another computer: the stored secret can't be decrypted with this machine's key.
  const file = join(harness.userDataDirectory, 'data', 'calendar', 'sources.json');
  const stored = JSON.parse(await readFile(file, 'utf8')) as { sources: { url: { cipher: string } }[] };
  stored.sources[0]!.url.cipher = Buffer.from('sealed on another computer with another key').toString('base64');
  await writeFile(file, JSON.stringify(stored));
  await harness.restart();
  await mainPage.reload();
  await expect(item).toContainText('The saved address can’t be read on this computer');
  await expect(item.getByRole('button', { name: 'Paste the address again' })).toBeVisible();
  await shot(mainPage, 'settings-calendars-unreadable');
});

test('Settings → Calendars in dark mode', async ({ mainPage, harness, shot }) => {
  harness.services.settings.update({ theme: 'dark' });
  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/work.ics'), name: 'Work' });
  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/broken.ics'), name: 'Team holidays' });
  await harness.services.calendar.sync.syncAll();
  await openCalendars(mainPage);
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(mainPage.getByText('The calendar address was not found (404).')).toBeVisible();
  await shot(mainPage, 'settings-calendars-dark');
  await mainPage.getByRole('button', { name: 'Add a calendar…' }).click();
  await mainPage.getByRole('dialog').getByRole('radio', { name: /CalDAV account/ }).check();
  await mainPage.getByRole('dialog').getByRole('button', { name: 'Test connection' }).click();
  await expect(mainPage.getByRole('dialog').getByText('Enter the server address.')).toBeVisible();
  await shot(mainPage, 'settings-add-calendar-caldav-dark');
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
