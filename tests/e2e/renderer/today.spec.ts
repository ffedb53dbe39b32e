import { expect, test } from '../fixtures';
import { icsCalendar, startIcsFeedServer, type IcsEvent, type IcsFeedServer } from '../support/ics-feed';

// Monday 23 November 2026 in Berlin (UTC+1).
const sam = { email: 'sam.rivera@acme.test', name: 'Sam Rivera' };
const team = [sam, { email: 'priya@acme.test', name: 'Priya Nair' }, { email: 'alex@acme.test', name: 'Alex Chen' }, { email: 'jo@acme.test' }];
const MONDAY: IcsEvent[] = [
  { uid: 'sam-1on1', title: '1:1 with Sam', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', attendees: [sam] },
  { uid: 'design', title: 'Design review', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:45:00.000Z', attendees: team, location: 'Room 4' },
  { uid: 'lunch', title: 'Lunch', start: '2026-11-23T11:00:00.000Z', end: '2026-11-23T12:00:00.000Z', attendees: team },
];
const PERSONAL: IcsEvent[] = [{ uid: 'coach', title: 'Coaching call', start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T13:30:00.000Z', attendees: [{ email: 'coach@example.test', name: 'Dana Coach' }] }];

let feeds: IcsFeedServer;
test.beforeEach(async ({ harness }) => {
  feeds = await startIcsFeedServer({ '/work.ics': icsCalendar('Work', MONDAY), '/personal.ics': icsCalendar('Personal', PERSONAL) });
  harness.services.settings.update({ onboarded: true, meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
});
test.afterEach(async () => {
  await feeds.close();
});

test('no calendar: Today says so and leads to Settings → Calendars', async ({ mainPage, shot }) => {
  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(mainPage.getByText('Saturday 21 November')).toBeVisible();
  await expect(mainPage.getByRole('heading', { name: 'No calendar connected' })).toBeVisible();
  await shot(mainPage, 'today-no-calendar');

  // "Connect a calendar…" opens the same add-calendar flow right here.
  await mainPage.getByRole('button', { name: 'Connect a calendar…' }).click();
  await expect(mainPage.getByRole('dialog', { name: 'Add a calendar' })).toBeVisible();
  await mainPage.keyboard.press('Escape');

  await mainPage.getByRole('link', { name: 'Settings → Calendars' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Calendars', exact: true })).toBeFocused();
});

test('a calendar with nothing today: "No meetings today"', async ({ mainPage, harness, shot }) => {
  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/work.ics'), name: 'Work' });
  await harness.services.calendar.sync.syncAll();
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'No meetings today' })).toBeVisible();
  await shot(mainPage, 'today-no-meetings');
});

test('today’s meetings in order, with their calendars, what comes next, and live updates', async ({ mainPage, harness, shot }) => {
  await harness.setTime('2026-11-23T08:00:00.000Z');
  const work = await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/work.ics'), name: 'Work' });
  await harness.services.calendar.sync.addSource({ kind: 'ics-url', url: feeds.url('/personal.ics'), name: 'Personal' });
  await harness.services.calendar.sync.syncAll();
  await harness.open(mainPage, '/today');

  const list = mainPage.getByRole('list', { name: 'Today’s meetings' });
  const items = list.getByRole('listitem');
  // "Lunch" is on the ignore list; the personal calendar's meeting sits in time order.
  await expect(items).toHaveText([/10:00–10:30.*1:1 with Sam.*Next.*Work.*with Sam Rivera/, /11:00–11:45.*Design review.*Work.*with Sam Rivera, Priya Nair and 2 more.*Room 4/, /14:00–14:30.*Coaching call.*Personal.*with Dana Coach/]);
  await expect(mainPage.getByText('Next check-in: before “1:1 with Sam” at 09:58')).toBeVisible();
  await expect(mainPage.getByText('3 meetings today')).toBeVisible();
  const colours = harness.services.calendar.sync.listSources().map((s) => s.color);
  expect(new Set(colours).size).toBe(2);
  await shot(mainPage, 'today-two-calendars');

  // A sync brings a new meeting: the list follows without a reload.
  feeds.set('/work.ics', icsCalendar('Work', [...MONDAY, { uid: 'hiring', title: 'Hiring sync', start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T12:30:00.000Z', attendees: [sam] }]));
  await harness.services.calendar.sync.syncSource(work.id);
  await expect(items).toHaveCount(4);
  await expect(items.nth(2)).toContainText('Hiring sync');

  // Later in the day: past meetings are marked as ended, the current one as now.
  await harness.setTime('2026-11-23T10:10:00.000Z');
  await mainPage.reload();
  await expect(items.nth(0)).toContainText('Ended');
  await expect(items.nth(1)).toContainText('Now');
  await expect(items.nth(2)).toContainText('Next');
  await expect(mainPage.getByText('4 meetings today · 3 to go')).toBeVisible();

  // Paused from the tray: Today says so, and can resume.
  harness.services.coach.pause('1-hour');
  await expect(mainPage.getByText('Check-ins are paused until 12:10.')).toBeVisible();
  await shot(mainPage, 'today-paused');
  await mainPage.getByRole('button', { name: 'Resume check-ins' }).click();
  await expect(mainPage.getByText(/Next check-in: /)).toBeVisible();

  harness.services.settings.update({ theme: 'dark' });
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(mainPage, 'today-dark');
});
