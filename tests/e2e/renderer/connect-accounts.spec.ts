import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { Harness } from '../support/harness';
import { localAccountSetup, seedAccountCalendars, startAccountServers, type AccountServers } from '../support/oauth-accounts';
import { SCREENSHOTS } from '../fixtures';
import { join } from 'node:path';

/**
 * Google Calendar and Microsoft 365 connected from Settings and from the first run: the sign-in
 * and consent pages are served by a real OAuth server (oidc-provider) and answered in the
 * browser, the events come from the local Google Calendar and Graph servers, and the meetings
 * show on Today with a check-in planned.
 */
let servers: AccountServers;
test.beforeAll(async () => {
  servers = await startAccountServers();
});
test.afterAll(async () => {
  await servers?.stop();
});

/** The system browser: each sign-in page the app opens, as a tab of the test's browser. */
class SignInTabs {
  readonly opened: Page[] = [];
  constructor(private readonly context: BrowserContext) {}
  readonly open = async (url: string): Promise<void> => {
    const page = await this.context.newPage();
    this.opened.push(page);
    await page.goto(url);
  };
  async next(): Promise<Page> {
    await expect.poll(() => this.opened.length).toBeGreaterThan(0);
    return this.opened.shift()!;
  }
}

async function useLocalAccounts(harness: Harness, tabs: SignInTabs, built = true): Promise<void> {
  await seedAccountCalendars(servers);
  harness.calendarOAuth = localAccountSetup(servers, tabs.open, built);
  await harness.restart();
  // Monday 23 November 2026, 09:00 in Berlin: a working day with meetings ahead.
  await harness.setTime('2026-11-23T08:00:00.000Z');
}

/** Signs in on oidc-provider's pages and allows (or declines) access, as the user would in the browser. */
async function answerInBrowser(tab: Page, login: string, answer: 'allow' | 'deny', screenshot?: string): Promise<void> {
  const loginField = tab.locator('input[name="login"]');
  const consent = tab.locator('button[type="submit"]', { hasText: /Continue/i });
  // Signed in once in this browser, the server goes straight to the consent page.
  await expect(loginField.or(consent)).toBeVisible();
  if (await loginField.isVisible()) {
    await loginField.fill(login);
    await tab.locator('input[name="password"]').fill('any');
    await tab.locator('button[type="submit"]').click();
  }
  await expect(consent).toBeVisible();
  if (screenshot) await tab.screenshot({ path: join(SCREENSHOTS, `${screenshot}.png`) });
  if (answer === 'allow') {
    await tab.locator('button[type="submit"]').click();
    await expect(tab.getByRole('heading', { name: 'Back to Touchpoint' })).toBeVisible();
  } else {
    await tab.locator('a[href$="/abort"]').click();
    await expect(tab.getByRole('heading', { name: 'Not connected' })).toBeVisible();
  }
  await tab.close();
}

async function openCalendarSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Calendars', exact: true })).toBeVisible();
}

test('Settings: connect Google and Microsoft, see their meetings on Today with a check-in planned, cancel, a declined consent, disconnect', async ({ mainPage, harness, context, shot }) => {
  const tabs = new SignInTabs(context);
  await useLocalAccounts(harness, tabs);
  harness.services.settings.update({ onboarded: true });
  await mainPage.reload();
  await openCalendarSettings(mainPage);
  await shot(mainPage, 'settings-calendars-connect-buttons');

  // Google: the button waits for the browser, with Cancel, then connects and reads the calendar.
  await mainPage.getByRole('button', { name: 'Connect Google Calendar' }).click();
  await expect(mainPage.getByText('Waiting for you to finish signing in to Google in your web browser…')).toBeVisible();
  await expect(mainPage.getByRole('button', { name: 'Connect Microsoft 365' })).toBeDisabled();
  await shot(mainPage, 'settings-connect-waiting-for-browser');
  await answerInBrowser(await tabs.next(), 'manager@example.com', 'allow', 'oauth-consent-page');
  await expect(mainPage.getByText('✓ Google Calendar is connected as manager@example.com.')).toBeVisible();
  const googleItem = mainPage.getByRole('listitem').filter({ has: mainPage.getByRole('heading', { name: 'Google Calendar' }) });
  await expect(googleItem).toContainText('manager@example.com');
  await expect(googleItem).toContainText('Synced just now');

  // Cancel while the browser is open: the listener closes, nothing is connected, no error.
  await mainPage.getByRole('button', { name: 'Connect Microsoft 365' }).click();
  await expect(mainPage.getByText('Waiting for you to finish signing in to Microsoft in your web browser…')).toBeVisible();
  const abandoned = await tabs.next();
  await mainPage.getByRole('button', { name: 'Cancel' }).click();
  await expect(mainPage.getByRole('button', { name: 'Connect Microsoft 365' })).toBeEnabled();
  await expect(mainPage.getByRole('alert')).toHaveCount(0);
  await abandoned.close();

  // Declining on the consent page: said in plain words, with what to do.
  await mainPage.getByRole('button', { name: 'Connect Microsoft 365' }).click();
  await answerInBrowser(await tabs.next(), 'morgan.manager@contoso.com', 'deny');
  await expect(mainPage.getByRole('alert')).toContainText('Microsoft wasn’t connected.');
  await shot(mainPage, 'settings-connect-declined');
  await mainPage.getByRole('button', { name: 'OK' }).click();

  await mainPage.getByRole('button', { name: 'Connect Microsoft 365' }).click();
  await answerInBrowser(await tabs.next(), 'morgan.manager@contoso.com', 'allow');
  await expect(mainPage.getByText('✓ Microsoft 365 is connected as morgan.manager@contoso.com.')).toBeVisible();
  await shot(mainPage, 'settings-calendars-two-accounts');

  await mainPage.getByRole('link', { name: 'Today', exact: true }).click();
  const meetings = mainPage.getByRole('list', { name: 'Today’s meetings' }).getByRole('listitem');
  // Declined there ("Vendor pitch", "Skip-level"): not listed, though no address is in the settings.
  await expect(meetings).toHaveText([
    /10:00–10:30.*1:1 with Ana.*Google Calendar.*with Ana Lima.*Join meet\.google\.com\/abc-defg-hij/,
    /14:00–14:30.*Planning with Priya.*Microsoft 365.*with Priya Nair.*Join teams\.microsoft\.com\/l\/meetup-join\/planning/,
  ]);
  // Join (Meet, Teams: known meeting services over https) opens the link in the browser, from the keyboard too.
  const joinAna = meetings.nth(0).getByRole('button', { name: 'Join 1:1 with Ana in your browser' });
  await joinAna.focus();
  await mainPage.keyboard.press('Enter');
  await expect.poll(() => harness.openedMeetingLinks).toEqual(['https://meet.google.com/abc-defg-hij']);
  await meetings.nth(1).getByRole('button', { name: 'Join Planning with Priya in your browser' }).click();
  await expect.poll(() => harness.openedMeetingLinks).toHaveLength(2);
  expect(harness.openedMeetingLinks[1]).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/planning/);
  // The signed-in address is the user's own: never listed as someone met.
  await expect(meetings.nth(0)).not.toContainText('manager');
  expect(harness.services.settings.get().meetingRules.userEmails).toEqual(expect.arrayContaining(['manager@example.com', 'morgan.manager@contoso.com']));
  await expect(mainPage.getByText('Next check-in: before “1:1 with Ana” at 09:58')).toBeVisible();
  await shot(mainPage, 'today-google-and-microsoft');

  // Disconnect Google: Google withdraws the access (revocation), the meetings go.
  await openCalendarSettings(mainPage);
  await mainPage.getByRole('button', { name: 'Disconnect Google Calendar…' }).click();
  await mainPage.getByRole('dialog').getByRole('button', { name: 'Disconnect', exact: true }).click();
  await expect(mainPage.getByText('Disconnected. Google has withdrawn Touchpoint’s access and Touchpoint deleted its keys.')).toBeVisible();
  await expect(mainPage.getByRole('heading', { name: 'Google Calendar' })).toHaveCount(0);
  await shot(mainPage, 'settings-account-disconnected');
  expect(harness.services.accounts.accounts().map((a) => a.kind)).toEqual(['microsoft']);
});

test('first run: connect Google Calendar from the welcome, then land on Today with its meetings', async ({ mainPage, harness, context, shot }) => {
  const tabs = new SignInTabs(context);
  await useLocalAccounts(harness, tabs);
  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint', level: 1 })).toBeVisible();
  await mainPage.getByRole('button', { name: 'Connect Google Calendar' }).click();
  await expect(mainPage.getByText('Waiting for you to finish signing in to Google in your web browser…')).toBeVisible();
  await shot(mainPage, 'onboarding-connect-google-waiting');
  await answerInBrowser(await tabs.next(), 'manager@example.com', 'allow');

  await expect(mainPage.getByRole('heading', { name: 'You’re set up' })).toBeVisible();
  await expect(mainPage.getByText('Google Calendar is connected.')).toBeVisible();
  await shot(mainPage, 'onboarding-google-connected');
  await mainPage.getByRole('button', { name: 'Go to Today' }).click();
  await expect(mainPage.getByRole('list', { name: 'Today’s meetings' }).getByRole('listitem')).toHaveText([/1:1 with Ana/]);
  await expect(mainPage.getByText('Next check-in: before “1:1 with Ana” at 09:58')).toBeVisible();
});

test('no client id in this build: the buttons say so and Advanced takes the user’s own client, which then connects', async ({ mainPage, harness, context, shot }) => {
  const tabs = new SignInTabs(context);
  await useLocalAccounts(harness, tabs, false);
  harness.services.settings.update({ onboarded: true });
  await mainPage.reload();
  await openCalendarSettings(mainPage);
  await expect(mainPage.getByRole('button', { name: 'Connect Google Calendar' })).toBeDisabled();
  await expect(mainPage.getByText('This copy of Touchpoint has no Google app registration')).toBeVisible();
  await mainPage.getByRole('button', { name: 'Advanced: use your own client' }).first().click();
  const form = mainPage.getByRole('form', { name: 'Your own Google client' });
  await expect(form).toBeVisible();

  await form.getByRole('textbox', { name: 'Google client id' }).fill('has spaces');
  await form.getByRole('button', { name: 'Save Google client' }).click();
  await expect(form.getByRole('alert')).toHaveText('A client id has no spaces or special characters.');
  await form.getByRole('textbox', { name: 'Google client id' }).fill('touchpoint-test-client');
  await form.getByRole('button', { name: 'Save Google client' }).click();
  await expect(form.getByText('Saved. The next Google connection uses your client.')).toBeVisible();
  await expect(form.getByText('Using your own client.')).toBeVisible();
  await shot(mainPage, 'settings-own-client');

  await mainPage.getByRole('button', { name: 'Connect Google Calendar' }).click();
  await answerInBrowser(await tabs.next(), 'manager@example.com', 'allow');
  await expect(mainPage.getByText('✓ Google Calendar is connected as manager@example.com.')).toBeVisible();
  // The Microsoft button still explains why it can't connect.
  await expect(mainPage.getByRole('button', { name: 'Connect Microsoft 365' })).toBeDisabled();
});
