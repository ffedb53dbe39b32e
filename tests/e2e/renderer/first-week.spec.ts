import { expect, test } from '../fixtures';
import { icsCalendar, startIcsFeedServer, type IcsEvent, type IcsFeedServer } from '../support/ics-feed';

/**
 * A realistic first Monday, from the user's own calendar (Google names the feed after its
 * owner: me@acme.test): a daily stand-up, 1:1s, back-to-back blocks, an all-hands, an all-day
 * out-of-office, and a meeting the user declined. Walked through the real services minute by
 * minute, as the coach would.
 */
const team = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `teammate${i}@acme.test`, name: `Teammate ${i + 1}` }));
const MONDAY: IcsEvent[] = [
  { uid: 'standup', title: 'Daily stand-up', start: '2026-11-23T08:00:00.000Z', end: '2026-11-23T08:15:00.000Z', attendees: team(6), rrule: 'FREQ=DAILY;COUNT=5' },
  { uid: 'sam', title: '1:1 with Sam', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', attendees: [{ email: 'sam@acme.test', name: 'Sam Rivera' }] },
  { uid: 'design', title: 'Design review', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:45:00.000Z', attendees: team(3) },
  { uid: 'planning', title: 'Quarter planning', start: '2026-11-23T10:45:00.000Z', end: '2026-11-23T11:30:00.000Z', attendees: team(5) },
  { uid: 'priya', title: '1:1 with Priya', start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T12:30:00.000Z', attendees: [{ email: 'priya@acme.test', name: 'Priya Nair' }] },
  { uid: 'budget', title: 'Budget sync', start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T13:45:00.000Z', attendees: [{ email: 'kim@acme.test', name: 'Kim Lee' }], myAnswer: 'DECLINED' },
  { uid: 'all-hands', title: 'All-hands', start: '2026-11-23T14:00:00.000Z', end: '2026-11-23T15:00:00.000Z', attendees: team(20) },
  { uid: 'lee', title: '1:1 with Lee', start: '2026-11-23T15:30:00.000Z', end: '2026-11-23T16:00:00.000Z', attendees: [{ email: 'lee@acme.test', name: 'Lee Park' }] },
  { uid: 'ooo', title: 'Jordan out of office', start: '2026-11-23', end: '2026-11-24', allDay: true },
];

let feeds: IcsFeedServer;
test.beforeEach(async () => {
  feeds = await startIcsFeedServer({ '/me.ics': icsCalendar('me@acme.test', MONDAY) });
});
test.afterEach(async () => {
  await feeds.close();
});

test('first Monday: the user is learned from the calendar; no card for the declined meeting or the user; no more cards than the budget; the review says what was held back', async ({ harness, checkInPage, mainPage, shot }) => {
  await harness.setTime('2026-11-23T06:30:00.000Z');
  const services = harness.services;
  services.settings.update({ onboarded: true });
  // Written before Touchpoint knew who the user was: the user named among the people.
  await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Robin Manager', 'Sam Rivera'], note: 'Cut Sam short', meeting: null, source: 'tray', occurredAt: '2026-11-20T14:00:00.000Z' });
  await services.calendar.sync.addSource({ kind: 'ics-url', name: 'me@acme.test', url: feeds.url('/me.ics') });
  await services.calendar.sync.syncAll();
  // Learned from the feed's name, with the name the calendar gives that address.
  await expect.poll(() => services.settings.get().meetingRules).toMatchObject({ userEmails: ['me@acme.test'], userNames: ['Robin Manager'] });
  const budget = services.settings.get().coach.dailyCardBudget;

  const shown: { id: string; title: string; people: string[] }[] = [];
  for (let t = Date.parse('2026-11-23T07:00:00.000Z'); t <= Date.parse('2026-11-23T16:30:00.000Z'); t += 60_000) {
    await harness.setTime(new Date(t).toISOString());
    const view = services.coach.currentView();
    if (!view || view.prompt.kind === 'review') continue;
    shown.push({ id: view.prompt.id, title: `${view.prompt.kind} ${(view.intendFor ?? view.reflectOn)?.title ?? ''}`, people: [...view.attendeeNames, ...view.suggestedPeople] });
    if (view.prompt.id.startsWith('before:') && view.intendFor?.title === '1:1 with Sam') {
      await expect(checkInPage.getByRole('heading', { name: 'Before: 1:1 with Sam' })).toBeVisible();
      await checkInPage.getByRole('button', { name: 'Not now' }).click();
      await expect(checkInPage.getByRole('menuitem', { name: 'Don’t ask for this series' })).toBeVisible();
      await shot(checkInPage, 'first-week-before-1on1');
    }
    services.coach.skip(view.prompt.id);
  }
  const titles = shown.map((s) => s.title);
  console.log(`first-week: ${shown.length} cards on Monday (budget ${budget}): ${titles.join(', ')}`);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(budget);
  expect(titles).toEqual(['before 1:1 with Sam', 'after 1:1 with Sam', 'before 1:1 with Priya', 'after 1:1 with Priya', 'before 1:1 with Lee', 'after 1:1 with Lee']);
  expect(shown.flatMap((s) => s.people)).not.toContain('Robin Manager');
  const budgetSync = services.calendar.calendar.occurrencesBetween(new Date('2026-11-23T00:00:00Z'), new Date('2026-11-24T00:00:00Z')).find((o) => o.title === 'Budget sync');
  expect(budgetSync).toBeDefined();
  expect(services.calendar.calendar.todaysMeetings(harness.clock.now()).map((m) => m.title)).not.toContain('Budget sync');

  // The review, at the end of the day: what was held back, and why; the user is not among the people.
  await harness.setTime('2026-11-23T16:45:00.000Z');
  await harness.open(mainPage, '/review');
  const day = mainPage.getByRole('region', { name: 'Your day' });
  // The three 1:1s use the budget (before and after each); the other meetings are explained.
  await expect(day.getByText('No card: the day’s card budget was used by meetings that matter more.')).toHaveCount(4);
  for (const title of ['Daily stand-up', 'Design review', 'Quarter planning', 'All-hands']) {
    await expect(day.getByRole('listitem').filter({ hasText: title })).toContainText('No card:');
  }
  await expect(day).not.toContainText('Budget sync');
  await expect(day).not.toContainText('Robin Manager');
  await shot(mainPage, 'first-week-review');
});
