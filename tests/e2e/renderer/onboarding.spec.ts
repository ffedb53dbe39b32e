import { expect, test } from '../fixtures';
import { icsCalendar, startIcsFeedServer, type IcsFeedServer } from '../support/ics-feed';

let feeds: IcsFeedServer;
test.beforeEach(async () => {
  feeds = await startIcsFeedServer({
    '/team.ics': icsCalendar('Team calendar', [
      {
        uid: 'planning',
        title: 'Sprint planning',
        start: '2026-11-21T13:00:00.000Z',
        end: '2026-11-21T14:00:00.000Z',
        attendees: [{ email: 'alex@acme.test', name: 'Alex Chen' }],
      },
    ]),
    // Google names a calendar's feed after its owner's address.
    '/mine.ics': icsCalendar('me@acme.test', [
      { uid: 'one', title: '1:1 with Sam', start: '2026-11-21T13:00:00.000Z', end: '2026-11-21T13:30:00.000Z', attendees: [{ email: 'sam@acme.test', name: 'Sam Rivera' }] },
      { uid: 'budget', title: 'Budget sync', start: '2026-11-21T14:00:00.000Z', end: '2026-11-21T15:00:00.000Z', attendees: [{ email: 'kim@acme.test', name: 'Kim Lee' }], myAnswer: 'DECLINED' },
    ]),
  });
});
test.afterEach(async () => {
  await feeds.close();
});

test('first run: a short welcome; skipping takes one click and it is not shown again', async ({ mainPage, harness, shot }) => {
  await harness.open(mainPage, '/today');
  const welcome = mainPage.getByRole('heading', { name: 'Welcome to Touchpoint', level: 1 });
  await expect(welcome).toBeVisible();
  await expect(welcome).toBeFocused();
  await expect(mainPage.getByText('Everything stays on this computer')).toBeVisible();
  await shot(mainPage, 'onboarding-welcome');

  // Keyboard only: Tab reaches "Connect a calendar…" first, then "Skip for now".
  await mainPage.keyboard.press('Tab');
  await expect(mainPage.getByRole('button', { name: 'Connect a calendar…' })).toBeFocused();
  await mainPage.keyboard.press('Tab');
  await expect(mainPage.getByRole('button', { name: 'Skip for now' })).toBeFocused();
  await mainPage.keyboard.press('Enter');

  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(mainPage.getByRole('heading', { name: 'No calendar connected' })).toBeVisible();
  expect(harness.services.settings.get().onboarded).toBe(true);

  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint' })).toHaveCount(0);
});

test('first run: connect a calendar, then land on Today with its meetings', async ({ mainPage, harness, shot }) => {
  // The other views stay reachable during the first run (e.g. the log opened from the tray).
  await expect(mainPage.getByRole('heading', { name: 'Reflection log' })).toBeVisible();
  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  await mainPage.getByRole('button', { name: 'Connect a calendar…' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Connect a calendar', level: 2 })).toBeFocused();

  await mainPage.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/nope.ics'));
  await mainPage.getByRole('button', { name: 'Test connection' }).click();
  await expect(mainPage.getByRole('alert')).toContainText('The calendar address was not found (404).');
  await shot(mainPage, 'onboarding-connect-error');

  await mainPage.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/team.ics'));
  await mainPage.getByRole('button', { name: 'Test connection' }).click();
  await expect(mainPage.getByText('Connected — 1 event found.')).toBeVisible();
  await shot(mainPage, 'onboarding-connect-tested');
  await mainPage.getByRole('button', { name: 'Add calendar' }).click();

  await expect(mainPage.getByRole('heading', { name: 'You’re set up' })).toBeFocused();
  await expect(mainPage.getByText('Team calendar is connected.')).toBeVisible();
  await expect(mainPage.getByText('Check-ins come during your working time (Monday to Friday, 09:00–18:00).')).toBeVisible();
  // The sentence says what the settings hold, not what they held when it was written.
  const { coach } = harness.services.settings.get();
  harness.services.settings.update({ coach: { ...coach, workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'], workingHours: { start: '08:00', end: '16:30' } } });
  await expect(mainPage.getByText('Check-ins come during your working time (Sunday to Thursday, 08:00–16:30).')).toBeVisible();
  harness.services.settings.update({ coach });
  await shot(mainPage, 'onboarding-connected');
  expect(harness.services.settings.get().onboarded).toBe(false);

  await mainPage.getByRole('button', { name: 'Go to Today' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(mainPage.getByRole('list', { name: 'Today’s meetings' })).toContainText('Sprint planning');
  expect(harness.services.settings.get().onboarded).toBe(true);
});

test('first run in dark mode', async ({ mainPage, harness, shot }) => {
  harness.services.settings.update({ theme: 'dark' });
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint' })).toBeVisible();
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(mainPage, 'onboarding-welcome-dark');
});

test('first run: the summary shows the address the calendar is named after; confirmed, declined meetings and the user leave Today', async ({ mainPage, harness, shot }) => {
  await harness.open(mainPage, '/today');
  await mainPage.getByRole('button', { name: 'Connect a calendar…' }).click();
  await mainPage.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/mine.ics'));
  await mainPage.getByRole('button', { name: 'Test connection' }).click();
  await expect(mainPage.getByText('Connected — 2 events found.')).toBeVisible();
  await mainPage.getByRole('button', { name: 'Add calendar' }).click();

  await expect(mainPage.getByRole('heading', { name: 'You’re set up' })).toBeFocused();
  const mine = mainPage.getByRole('checkbox', { name: /me@acme\.test is my address/ });
  await expect(mine).toBeChecked();
  await expect(mainPage.getByText('Found because a calendar is named after it.')).toBeVisible();
  // One more address of the user's, typed by hand.
  await mainPage.getByRole('textbox', { name: 'Another address of yours' }).fill('robin@home.test');
  await mainPage.getByRole('button', { name: 'Add address' }).click();
  await expect(mainPage.getByRole('checkbox', { name: /robin@home\.test is my address/ })).toBeChecked();
  await shot(mainPage, 'onboarding-is-this-you');

  await mainPage.getByRole('button', { name: 'Go to Today' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const meetings = mainPage.getByRole('list', { name: 'Today’s meetings' });
  await expect(meetings).toContainText('1:1 with Sam');
  await expect(meetings).not.toContainText('Budget sync');
  await expect(meetings).not.toContainText('Robin Manager');
  expect(harness.services.settings.get().meetingRules).toMatchObject({ userEmails: ['me@acme.test', 'robin@home.test'], userNames: ['Robin Manager'] });
});

test('first run: an address the user unticks is not theirs and is not suggested again', async ({ mainPage, harness }) => {
  await harness.open(mainPage, '/today');
  await mainPage.getByRole('button', { name: 'Connect a calendar…' }).click();
  await mainPage.getByRole('textbox', { name: 'Calendar address' }).fill(feeds.url('/mine.ics'));
  await mainPage.getByRole('button', { name: 'Test connection' }).click();
  await mainPage.getByRole('button', { name: 'Add calendar' }).click();
  await mainPage.getByRole('checkbox', { name: /me@acme\.test is my address/ }).uncheck();
  await mainPage.getByRole('button', { name: 'Go to Today' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  expect(harness.services.settings.get().meetingRules).toMatchObject({ userEmails: [], notUserEmails: ['me@acme.test'] });
  await expect(mainPage.getByRole('list', { name: 'Today’s meetings' })).toContainText('Budget sync');
});

test('the landing view asks for its data while the settings load, and is shown only once they say so', async ({ mainPage, harness }) => {
  const today = mainPage.getByRole('heading', { name: 'Today', level: 1 });
  const welcome = mainPage.getByRole('heading', { name: 'Welcome to Touchpoint' });
  /** Opens the window afresh with the settings' answer held: Today's meetings are asked for meanwhile, and Today is not shown. */
  const openWithSettingsHeld = async () => {
    const release = harness.hold('settings.get');
    await mainPage.goto('about:blank');
    const from = harness.commandsAsked.length;
    await harness.open(mainPage, '/today');
    await expect.poll(() => harness.commandsAsked.slice(from)).toEqual(expect.arrayContaining(['settings.get', 'calendar.day']));
    await expect(today).toBeHidden();
    return release;
  };

  // At a start after the first, Today shows once the settings answer.
  harness.services.settings.update({ onboarded: true });
  (await openWithSettingsHeld())();
  await expect(today).toBeVisible();
  await expect(welcome).toBeHidden();

  // On the first run the welcome stands in for it, and Today never shows.
  harness.services.settings.update({ onboarded: false });
  (await openWithSettingsHeld())();
  await expect(welcome).toBeVisible();
  await expect(today).toBeHidden();
});

test('when the settings cannot be loaded, the landing view shows and says so, rather than a blank window', async ({ mainPage, harness, shot }) => {
  const answerAgain = harness.fail('settings.get', { code: 'internal', message: 'Something went wrong.' });
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(mainPage.getByRole('alert')).toHaveText('Your settings could not be loaded: Something went wrong. Reopen this window to try again.');
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint' })).toBeHidden();
  await shot(mainPage, 'main-settings-unreadable');
  // Reopened once they can be read again, the window is as usual (the welcome on a first run).
  answerAgain();
  await mainPage.goto('about:blank');
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint' })).toBeVisible();
  await expect(mainPage.getByRole('alert')).toBeHidden();
});
