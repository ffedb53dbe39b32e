import { expect, test } from '../fixtures';
import { rendererPageUrl } from '../../../electron/services/shell/launch';
import { icsCalendar, type IcsEvent } from '../support/ics-feed';

// Monday 23 November 2026 in Berlin (UTC+1); the browser runs in en-GB, as the harness's OS locale says.
const sam = { email: 'sam.rivera@acme.test', name: 'Sam Rivera' };
const MONDAY: IcsEvent[] = [
  { uid: 'priya-ooo', title: 'Priya out of office', start: '2026-11-23', end: '2026-11-24', allDay: true },
  { uid: 'offsite', title: 'Leadership offsite', start: '2026-11-22', end: '2026-11-25', allDay: true },
  { uid: 'sam-1on1', title: '1:1 with Sam', start: '2026-11-23T08:30:00.000Z', end: '2026-11-23T09:00:00.000Z', attendees: [sam] },
];

test.beforeEach(({ harness }) => {
  harness.services.settings.update({ onboarded: true, meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
});

test('Today lists all-day events apart, never as meetings, and times read the same as on the card (09:30)', async ({ mainPage, harness, shot }) => {
  await harness.setTime('2026-11-23T07:00:00.000Z');
  await harness.services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: icsCalendar('Work', MONDAY) });
  await harness.open(mainPage, '/today');

  const allDay = mainPage.getByRole('region', { name: 'All day' });
  await expect(allDay.getByRole('listitem')).toHaveText([/Leadership offsite\s*Sun 22 Nov\s?–\s?Tue 24 Nov\s*Work/, /Priya out of office.*Work/]);
  const meetings = mainPage.getByRole('list', { name: 'Today’s meetings' }).getByRole('listitem');
  await expect(meetings).toHaveText([/^09:30–10:00.*1:1 with Sam/]);
  await expect(mainPage.getByText('1 meeting today', { exact: true })).toBeVisible();
  await expect(mainPage.getByText('Next check-in: before “1:1 with Sam” at 09:28')).toBeVisible();
  // Only the timed meeting gets cards: the coach plans nothing for the all-day events.
  const titles = harness.services.calendar.calendar.todaysMeetings(harness.clock.now()).map((m) => m.title);
  expect(titles).toEqual(['1:1 with Sam']);
  await shot(mainPage, 'today-all-day');
});

test('the log header has one primary action, and the empty log names the global shortcut', async ({ mainPage, shot }) => {
  await expect(mainPage.getByRole('heading', { name: 'No moments yet' })).toBeVisible();
  const actions = mainPage.locator('.view__actions').getByRole('button');
  await expect(actions).toHaveText(['Export / import', 'Write a note', 'Add a follow-up', 'Log a moment']);
  const classes: (string | null)[] = [];
  for (const button of await actions.all()) classes.push(await button.getAttribute('class'));
  expect(classes).toEqual(['button button--small', 'button button--small', 'button button--small', 'button button--primary button--small']);
  await expect(mainPage.locator('.empty')).toContainText('press Ctrl+Shift+L from any app, or the “Log a moment” button above.');
  await shot(mainPage, 'log-empty-header');
});

test('the review in an en-GB session: its day and times in the OS locale', async ({ mainPage, harness, shot }) => {
  await harness.setTime('2026-11-23T17:00:00.000Z');
  await harness.services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: icsCalendar('Work', MONDAY) });
  await harness.open(mainPage, '/review');
  await expect(mainPage.getByText(/^Today · Monday 23 November/)).toBeVisible();
  await expect(mainPage.getByRole('textbox', { name: 'Day', exact: true })).toHaveValue('2026-11-23');
  await expect(mainPage.locator('.timeline__time').first()).toHaveText('09:30');
  await shot(mainPage, 'review-date-en-GB');
});

test('a window formats in the locale its address carries; a page opened without one asks the main process', async ({ mainPage, harness }) => {
  await harness.setTime('2026-11-23T17:00:00.000Z');
  // The main process now names another OS locale than the one the page is opened with.
  harness.shellStatus = { ...harness.shellStatus, locale: 'en-US' };
  // A new load each time (not a hash change of the page the fixture opened).
  await mainPage.goto('about:blank');
  await mainPage.goto(rendererPageUrl(harness.baseUrl, undefined, '/review', 'en-GB'));
  await expect(mainPage.getByText(/^Today · Monday 23 November/)).toBeVisible();
  await mainPage.goto(`${harness.baseUrl}/index.html#/review`);
  await expect(mainPage.getByText(/^Today · Monday, November 23/)).toBeVisible();
});
