import { expect, test } from '../fixtures';
import { icsCalendar, startIcsFeedServer, type IcsEvent, type IcsFeedServer } from '../support/ics-feed';

/**
 * The first Monday of first-week.spec.ts on a German desktop (the renderer-de project: browser
 * and services in de-DE): the same week, the same numbers, every state in German.
 */
const team = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `teammate${i}@acme.test`, name: `Teammate ${i + 1}` }));
const MONDAY: IcsEvent[] = [
  { uid: 'standup', title: 'Daily stand-up', start: '2026-11-23T08:00:00.000Z', end: '2026-11-23T08:15:00.000Z', attendees: team(6), rrule: 'FREQ=DAILY;COUNT=5' },
  { uid: 'sam', title: '1:1 mit Sam', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', attendees: [{ email: 'sam@acme.test', name: 'Sam Rivera' }] },
  { uid: 'design', title: 'Design-Review', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T10:45:00.000Z', attendees: team(3) },
  { uid: 'planning', title: 'Quartalsplanung', start: '2026-11-23T10:45:00.000Z', end: '2026-11-23T11:30:00.000Z', attendees: team(5) },
  { uid: 'priya', title: '1:1 mit Priya', start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T12:30:00.000Z', attendees: [{ email: 'priya@acme.test', name: 'Priya Nair' }] },
  { uid: 'budget', title: 'Budget-Sync', start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T13:45:00.000Z', attendees: [{ email: 'kim@acme.test', name: 'Kim Lee' }], myAnswer: 'DECLINED' },
  { uid: 'all-hands', title: 'All-Hands', start: '2026-11-23T14:00:00.000Z', end: '2026-11-23T15:00:00.000Z', attendees: team(20) },
  { uid: 'lee', title: '1:1 mit Lee', start: '2026-11-23T15:30:00.000Z', end: '2026-11-23T16:00:00.000Z', attendees: [{ email: 'lee@acme.test', name: 'Lee Park' }] },
  { uid: 'ooo', title: 'Jordan im Urlaub', start: '2026-11-23', end: '2026-11-24', allDay: true },
];

let feeds: IcsFeedServer;
test.beforeEach(async () => {
  feeds = await startIcsFeedServer({ '/me.ics': icsCalendar('me@acme.test', MONDAY) });
});
test.afterEach(async () => {
  await feeds.close();
});

test('erster Montag auf Deutsch: keine Karte für das abgesagte Meeting, Notizen erst auf Wunsch, der Tagesrückblick sagt, was zurückgehalten wurde', async ({ harness, checkInPage, mainPage, shot }) => {
  await harness.setTime('2026-11-23T06:30:00.000Z');
  const services = harness.services;
  services.settings.update({ onboarded: true });
  // Last week's private note about Sam: hidden on the card until asked for.
  await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Sam Rivera'], note: 'Sam unterbrochen', meeting: null, source: 'tray', occurredAt: '2026-11-16T14:00:00.000Z' });
  await services.calendar.sync.addSource({ kind: 'ics-url', name: 'me@acme.test', url: feeds.url('/me.ics') });
  await services.calendar.sync.syncAll();
  await expect.poll(() => services.settings.get().meetingRules.userEmails).toEqual(['me@acme.test']);

  await harness.open(mainPage, '/today');
  await expect(mainPage.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible();
  await expect(mainPage.getByText('Montag, 23. November')).toBeVisible();
  await shot(mainPage, 'de-first-week-today');

  const shown: string[] = [];
  for (let t = Date.parse('2026-11-23T07:00:00.000Z'); t <= Date.parse('2026-11-23T16:30:00.000Z'); t += 60_000) {
    await harness.setTime(new Date(t).toISOString());
    const view = services.coach.currentView();
    if (!view || view.prompt.kind === 'review') continue;
    shown.push(`${view.prompt.kind} ${(view.intendFor ?? view.reflectOn)?.title ?? ''}`);
    if (view.prompt.id.startsWith('before:') && view.intendFor?.title === '1:1 mit Sam') {
      await expect(checkInPage.getByRole('heading', { name: 'Vorher: 1:1 mit Sam' })).toBeVisible();
      await expect(checkInPage.getByText('Sam unterbrochen')).toHaveCount(0);
      await shot(checkInPage, 'de-first-week-before-1on1');
      await checkInPage.getByRole('button', { name: 'Nicht jetzt' }).click();
      await expect(checkInPage.getByRole('menuitem', { name: 'Für diese Serie nicht mehr fragen' })).toBeVisible();
      await shot(checkInPage, 'de-first-week-not-now');
      await checkInPage.keyboard.press('Escape');
    }
    services.coach.skip(view.prompt.id);
  }
  console.log(`german-first-week: ${shown.length} cards on Monday: ${shown.join(', ')}`);
  expect(shown).toEqual(['before 1:1 mit Sam', 'after 1:1 mit Sam', 'before 1:1 mit Priya', 'after 1:1 mit Priya', 'before 1:1 mit Lee', 'after 1:1 mit Lee']);
  expect(shown.length).toBeLessThanOrEqual(services.settings.get().coach.dailyCardBudget);

  await harness.setTime('2026-11-23T16:45:00.000Z');
  await harness.open(mainPage, '/review');
  const day = mainPage.getByRole('region', { name: 'Dein Tag' });
  // The three 1:1s used the budget; the stand-up, design review, planning and all-hands say why they had none.
  await expect(day.getByText('Keine Karte: Das Tageskontingent an Karten ging an wichtigere Meetings.')).toHaveCount(4);
  await expect(day.getByText('Du hast diese Karte übersprungen.').first()).toBeVisible();
  await expect(day).not.toContainText('Budget-Sync');
  await expect(mainPage.locator('main')).not.toContainText(/undefined|\{\{|You skipped|No card/);
  await shot(mainPage, 'de-first-week-review');
});
