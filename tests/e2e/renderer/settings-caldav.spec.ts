import { join } from 'node:path';
import { makeTempDir } from '../../support/temp-dir';
import { CalendarEditor, startRadicale } from '../../integration/calendar/support/radicale';
import type { ServerProcess } from '../../integration/calendar/support/processes';
import { expect, test } from '../fixtures';
import { icsCalendar } from '../support/ics-feed';

// A real CalDAV server (Debian's Radicale), as in the integration tests.
const USER = 'robin';
const PASSWORD = 'app-password-1';
let radicale: ServerProcess;
let folder: { path: string; cleanup: () => Promise<void> };

test.beforeAll(async () => {
  folder = await makeTempDir('touchpoint-e2e-caldav-');
  radicale = await startRadicale(join(folder.path, 'radicale'), { [USER]: PASSWORD });
  const work = await CalendarEditor.create(radicale.baseUrl, USER, PASSWORD, 'work', 'Work', '#3fa98a');
  const family = await CalendarEditor.create(radicale.baseUrl, USER, PASSWORD, 'family', 'Family');
  const alex = [{ email: 'alex@acme.test', name: 'Alex Chen' }];
  await work.put('roadmap', icsCalendar('Work', [{ uid: 'roadmap', title: 'Roadmap review', start: '2026-11-21T12:00:00.000Z', end: '2026-11-21T13:00:00.000Z', attendees: alex }]));
  await family.put('school', icsCalendar('Family', [{ uid: 'school', title: 'School play', start: '2026-11-21T15:00:00.000Z', end: '2026-11-21T16:00:00.000Z', attendees: [{ email: 'kim@home.test', name: 'Kim' }] }]));
});
test.afterAll(async () => {
  await radicale?.stop();
  await folder?.cleanup();
});
test.beforeEach(({ harness }) => {
  harness.services.settings.update({ onboarded: true, meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
});

test('a CalDAV account: discover its calendars, choose which count, fix a refused password', async ({ mainPage, harness, shot }) => {
  await mainPage.getByRole('link', { name: 'Settings', exact: true }).click();
  await mainPage.getByRole('button', { name: 'Add a calendar…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Add a calendar' });
  await dialog.getByRole('radio', { name: /CalDAV account/ }).check();
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(radicale.baseUrl);
  await dialog.getByRole('textbox', { name: 'User name' }).fill(USER);
  await dialog.getByLabel('App password').fill('wrong');
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toContainText('password is wrong');
  await expect(dialog.getByRole('button', { name: 'Add calendar' })).toBeDisabled();

  await dialog.getByLabel('App password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByText('Signed in — found 2 calendars.')).toBeVisible();
  const choose = dialog.getByRole('group', { name: 'Which calendars count?' });
  await expect(choose.getByRole('checkbox')).toHaveCount(2);
  await choose.getByRole('checkbox', { name: 'Family' }).uncheck();
  await dialog.getByRole('textbox', { name: 'Calendar name' }).fill('Fastmail');
  await shot(mainPage, 'settings-add-calendar-caldav');
  await dialog.getByRole('button', { name: 'Add calendar' }).click();
  await expect(dialog).toBeHidden();

  const item = mainPage.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Fastmail' }) });
  await expect(item).toContainText(`CalDAV account · ${USER} on`);
  await expect(item).toContainText('Synced just now');
  await item.getByText('Calendars that count (1 of 2)').click();
  await expect(item.getByRole('checkbox', { name: 'Work' })).toBeChecked();
  await expect(item.getByRole('checkbox', { name: 'Family' })).not.toBeChecked();
  await shot(mainPage, 'settings-calendars-caldav');

  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  const meetings = mainPage.getByRole('list', { name: 'Today’s meetings' });
  await expect(meetings).toContainText('Roadmap review');
  await expect(meetings).not.toContainText('School play');

  // Family counts too, from Settings: applied at once, and its meetings follow after the fetch.
  await mainPage.getByRole('link', { name: 'Settings', exact: true }).click();
  await item.getByText('Calendars that count (1 of 2)').click();
  await item.getByRole('checkbox', { name: 'Family' }).check();
  await expect(item.getByText('Calendars that count (2 of 2)')).toBeVisible();
  // The screen shows the choice at once; sync only once the main process has stored it.
  const allChosen = () => {
    const stored = harness.services.calendar.sync.listSources()[0];
    return stored?.kind === 'caldav' && stored.calendars.every((c) => c.selected);
  };
  await expect.poll(allChosen).toBe(true);
  await harness.services.calendar.sync.syncAll();
  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(meetings).toContainText('School play');

  // The password changed elsewhere: the server refuses it, and Settings asks for it again.
  const [source] = harness.services.calendar.sync.listSources();
  await harness.services.calendar.sync.updateCredentials(source!.id, { password: 'old-password' });
  await harness.services.calendar.sync.syncAll();
  await mainPage.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(item).toContainText('The server didn’t accept the password.');
  await expect(item).toContainText('Showing the copy from');
  await item.getByRole('button', { name: 'Enter the password again' }).click();
  await expect(item.getByLabel('App password')).toBeFocused();
  await shot(mainPage, 'settings-calendars-caldav-password');
  await item.getByLabel('App password').fill(PASSWORD);
  await item.getByRole('button', { name: 'Save and sync' }).click();
  await expect(item).toContainText('Synced just now');
  await expect(item).not.toContainText('didn’t accept');
});
