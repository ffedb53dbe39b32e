import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

test.beforeEach(({ harness }) => {
  harness.services.settings.update({ onboarded: true });
});

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Check-ins', exact: true })).toBeVisible();
  return page.getByRole('region', { name: 'Check-ins', exact: true });
}

test('lead time and working hours apply at once and persist after a restart', async ({ mainPage, harness, shot }) => {
  const section = await openSettings(mainPage);
  await shot(mainPage, 'settings-overview');
  await mainPage.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Check-ins' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Check-ins', exact: true })).toBeFocused();

  const lead = section.getByRole('spinbutton', { name: 'Before a meeting, ask' });
  await expect(lead).toHaveValue('2');
  await lead.fill('5');
  await expect.poll(() => harness.services.settings.get().coach.leadMinutes).toBe(5);

  // Out of range: said next to the field, and not saved.
  await lead.fill('20');
  await expect(section.getByRole('alert')).toHaveText('Choose from 0 to 15 minutes.');
  await expect(lead).toHaveAttribute('aria-invalid', 'true');
  await shot(mainPage, 'settings-check-ins-lead-invalid');
  expect(harness.services.settings.get().coach.leadMinutes).toBe(5);
  await lead.fill('10');
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => harness.services.settings.get().coach.leadMinutes).toBe(10);

  const hours = section.getByRole('group', { name: 'Working hours' });
  await hours.getByLabel('From').fill('08:30');
  await hours.getByLabel('to').fill('17:00');
  await expect.poll(() => harness.services.settings.get().coach.workingHours).toEqual({ start: '08:30', end: '17:00' });

  const days = section.getByRole('group', { name: 'Working days' });
  await days.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await days.getByRole('checkbox', { name: 'Saturday' }).check();
  await expect.poll(() => harness.services.settings.get().coach.workingDays).toEqual(['mon', 'tue', 'wed', 'thu', 'sat']);

  // End-of-day review: shortly after the last meeting, with the minutes.
  const review = section.getByRole('group', { name: 'End-of-day review' });
  await review.getByRole('radio', { name: 'Shortly after my last meeting' }).check();
  await review.getByRole('spinbutton', { name: /minutes after it ends/ }).fill('20');
  await expect
    .poll(() => harness.services.settings.get().coach.reviewPrompt)
    .toEqual({ mode: 'after-last-meeting', time: '17:30', afterLastMeetingMinutes: 20 });
  await shot(mainPage, 'settings-check-ins');

  await harness.restart();
  await mainPage.reload();
  const again = await openSettings(mainPage);
  await expect(again.getByRole('spinbutton', { name: 'Before a meeting, ask' })).toHaveValue('10');
  await expect(again.getByRole('group', { name: 'Working hours' }).getByLabel('From')).toHaveValue('08:30');
  await expect(again.getByRole('group', { name: 'Working hours' }).getByLabel('to')).toHaveValue('17:00');
  await expect(again.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
  await expect(again.getByRole('radio', { name: 'Shortly after my last meeting' })).toBeChecked();
});

test('working hours that end before they start are explained and not saved', async ({ mainPage, harness, shot }) => {
  const section = await openSettings(mainPage);
  const hours = section.getByRole('group', { name: 'Working hours' });
  await hours.getByLabel('to').fill('08:00');
  await expect(hours.getByRole('alert')).toHaveText('Working hours must end after they start.');
  await expect(hours.getByLabel('to')).toHaveAttribute('aria-invalid', 'true');
  await hours.scrollIntoViewIfNeeded();
  await shot(mainPage, 'settings-working-hours-invalid');
  expect(harness.services.settings.get().coach.workingHours).toEqual({ start: '09:00', end: '18:00' });

  // The main process refuses it too, whatever the window sends.
  const reply = await mainPage.evaluate(async () => {
    const settings = await window.touchpoint.settings.get();
    if (!settings.ok) throw new Error('no settings');
    return window.touchpoint.settings.update({ coach: { ...settings.value.coach, workingHours: { start: '18:00', end: '09:00' } } });
  });
  expect(reply.ok).toBe(false);

  // Fixing it saves it.
  await hours.getByLabel('From').fill('07:00');
  await expect(hours.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => harness.services.settings.get().coach.workingHours).toEqual({ start: '07:00', end: '08:00' });
});

test('quiet hours: add, change, refuse an empty window, remove', async ({ mainPage, harness, shot }) => {
  const section = await openSettings(mainPage);
  const quiet = section.getByRole('group', { name: 'Quiet hours' });
  await expect(quiet).toContainText('None yet.');
  await quiet.getByRole('button', { name: '+ Add quiet hours' }).click();
  await expect.poll(() => harness.services.settings.get().coach.quietHours).toEqual([{ start: '12:00', end: '13:00' }]);
  await quiet.getByRole('button', { name: '+ Add quiet hours' }).click();
  await expect.poll(() => harness.services.settings.get().coach.quietHours).toHaveLength(2);
  const rows = quiet.getByRole('listitem');
  await expect(rows.nth(1)).toContainText('until the next morning');

  await rows.nth(1).getByLabel('From').fill('21:30');
  await expect.poll(() => harness.services.settings.get().coach.quietHours[1]).toEqual({ start: '21:30', end: '07:00' });
  await rows.nth(0).getByLabel('to').fill('12:00');
  await expect(rows.nth(0).getByRole('alert')).toHaveText('Quiet hours must not start and end at the same time.');
  await shot(mainPage, 'settings-quiet-hours');
  expect(harness.services.settings.get().coach.quietHours[0]).toEqual({ start: '12:00', end: '13:00' });

  await rows.nth(0).getByRole('button', { name: 'Remove quiet hours 12:00–13:00' }).click();
  await expect.poll(() => harness.services.settings.get().coach.quietHours).toEqual([{ start: '21:30', end: '07:00' }]);
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0).getByLabel('From')).toHaveValue('21:30');
  await rows.nth(0).getByRole('button', { name: /Remove quiet hours/ }).click();
  await expect(quiet).toContainText('None yet.');
  expect(harness.services.settings.get().coach.quietHours).toEqual([]);
});

test('pause and resume, and send a test check-in', async ({ mainPage, harness, shot }) => {
  const section = await openSettings(mainPage);
  await expect(section.getByText('Check-ins are on.')).toBeVisible();
  await section.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(section.getByText('Check-ins are paused until 11:30.')).toBeVisible();
  expect(harness.services.coach.state().paused).toBe(true);
  await shot(mainPage, 'settings-paused');
  await section.getByRole('button', { name: 'Resume check-ins' }).click();
  await expect(section.getByText('Check-ins are on.')).toBeVisible();
  expect(harness.services.coach.state().paused).toBe(false);

  // Paused from the tray: the screen follows.
  harness.services.coach.pause('until-resumed');
  await expect(section.getByText('Check-ins are paused until you resume them.')).toBeVisible();
  harness.services.coach.resume();

  await section.getByRole('button', { name: 'Send a test check-in now' }).click();
  await expect(section.getByText('A sample card is showing near the tray icon.')).toBeVisible();
  expect(harness.services.coach.currentView()?.test).toBe(true);
  expect(harness.popupRequests.at(-1)).toMatch(/^show:check-in/);
});

test('meetings that count: addresses, ignored titles and the two switches', async ({ mainPage, harness, shot }) => {
  await openSettings(mainPage);
  const section = mainPage.getByRole('region', { name: 'Meetings that count' });
  const emails = section.getByRole('group', { name: 'Your email addresses' });
  await emails.getByRole('textbox', { name: 'New email address' }).fill('robin');
  await emails.getByRole('textbox', { name: 'New email address' }).press('Enter');
  await expect(emails.getByRole('alert')).toHaveText('That doesn’t look like an email address.');
  await emails.getByRole('textbox', { name: 'New email address' }).fill('robin@acme.test');
  await emails.getByRole('button', { name: 'Add address' }).click();
  await expect.poll(() => harness.services.settings.get().meetingRules.userEmails).toEqual(['robin@acme.test']);

  const titles = section.getByRole('group', { name: 'Ignore events titled' });
  await titles.getByRole('button', { name: 'Remove Lunch' }).click();
  await titles.getByRole('textbox', { name: 'New title to ignore' }).fill('Gym');
  await titles.getByRole('textbox', { name: 'New title to ignore' }).press('Enter');
  await expect.poll(() => harness.services.settings.get().meetingRules.ignoreTitles).toEqual(['Focus', 'Block', 'OOO', 'Out of office', 'Gym']);
  await titles.getByRole('textbox', { name: 'New title to ignore' }).fill('gym');
  await titles.getByRole('textbox', { name: 'New title to ignore' }).press('Enter');
  await expect(titles.getByRole('alert')).toHaveText('“gym” is already in the list.');

  await section.getByRole('switch', { name: 'Include events shown as free' }).check();
  await section.getByRole('switch', { name: 'Include events with no one else invited' }).check();
  await expect.poll(() => harness.services.settings.get().meetingRules).toMatchObject({ includeFreeEvents: true, includeSoloEvents: true });
  await section.scrollIntoViewIfNeeded();
  await shot(mainPage, 'settings-meetings-that-count');
});

test('shortcut, launch at login and do-not-disturb say what they do here', async ({ mainPage, harness, shot }) => {
  await openSettings(mainPage);
  const section = mainPage.getByRole('region', { name: 'Shortcut and start-up' });
  const field = section.getByRole('textbox', { name: 'Shortcut' });
  await expect(field).toHaveValue('CommandOrControl+Shift+L');
  // The browser harness has no global shortcuts: the status is unknown, and the screen says so.
  await expect(section.getByText('Touchpoint can’t tell here whether the system accepted it.')).toBeVisible();

  await field.fill('L');
  await field.press('Enter');
  await expect(section.getByRole('alert')).toHaveText('Use a modifier and a key, for example Ctrl+Shift+L.');
  expect(harness.services.settings.get().shortcut.logMoment).toBe('CommandOrControl+Shift+L');
  await section.getByRole('alert').scrollIntoViewIfNeeded();
  await shot(mainPage, 'settings-shortcut-invalid');
  await field.fill('Alt+Shift+M');
  await field.press('Enter');
  await expect.poll(() => harness.services.settings.get().shortcut.logMoment).toBe('Alt+Shift+M');

  // Recording: press the keys instead of typing them.
  await section.getByRole('button', { name: 'Record keys' }).click();
  await expect(field).toBeFocused();
  await mainPage.keyboard.press('Control+Alt+K');
  await expect.poll(() => harness.services.settings.get().shortcut.logMoment).toBe('CommandOrControl+Alt+K');

  await section.getByRole('switch', { name: /keyboard shortcut/ }).uncheck();
  await expect.poll(() => harness.services.settings.get().shortcut.logMoment).toBeNull();
  await expect(section.getByText('Off: use “Log a moment…” in the tray menu instead.')).toBeVisible();

  // No login items in a browser: the switch is disabled and says why.
  await expect(section.getByRole('switch', { name: 'Open Touchpoint when you log in' })).toBeDisabled();
  await expect(section.getByText('Not available on this system.')).toBeVisible();
  await expect(section).toContainText('Touchpoint can’t read Do Not Disturb here');
  await section.scrollIntoViewIfNeeded();
  await shot(mainPage, 'settings-shortcut-and-start-up');
});

test('Settings in dark mode', async ({ mainPage, harness, shot }) => {
  harness.services.settings.update({ theme: 'dark', coach: { ...harness.services.settings.get().coach, quietHours: [{ start: '12:00', end: '13:00' }] } });
  harness.services.coach.pause('2-hours');
  await openSettings(mainPage);
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(mainPage.getByText('Check-ins are paused until 12:30.')).toBeVisible();
  await shot(mainPage, 'settings-dark-full');
});
