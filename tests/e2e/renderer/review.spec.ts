import { snapshotOf } from '../../../electron/services/checkins/checkin-service';
import type { StoredOutcome } from '../../../electron/services/coach/coach-service';
import { afterPromptId } from '../../../electron/services/coach/prompt-ids';
import { expect, test } from '../fixtures';
import { seedCalendar } from '../support/seed';

test('review a day: timeline, fill an unlogged meeting, counts, reflect, tomorrow, follow-ups, complete', async ({ harness, mainPage, shot }) => {
  await seedCalendar(harness);
  const s = harness.services;
  // Wednesday 25 November 2026 in Berlin; the 1:1 had a before and an after check-in.
  const [standup, oneOnOne] = s.calendar.calendar.todaysMeetings(new Date('2026-11-25T12:00:00Z'), 'Europe/Berlin');
  await harness.setTime('2026-11-25T08:58:00.000Z');
  await s.checkIns.record({ kind: 'before', promptId: null, source: 'prompt', intentionFor: { meeting: snapshotOf(oneOnOne!), intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
  await harness.setTime('2026-11-25T09:31:00.000Z');
  await s.checkIns.record({
    kind: 'after',
    promptId: null,
    source: 'prompt',
    intentionFor: null,
    reflectionOn: { meeting: snapshotOf(oneOnOne!), kept: 'yes', moment: { valence: 'helped', tags: ['listened'], people: ['Sam Rivera'], note: 'Let Sam finish his story' }, followUp: { text: 'Send Sam the hiring doc', person: 'Sam Rivera', repair: false } },
  });
  await harness.setTime('2026-11-25T11:10:00.000Z');
  await s.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Alex'], note: 'Brushed Alex off at the coffee machine', meeting: null, source: 'tray' });
  await s.followUps.add({ text: 'Apologise to Alex', person: 'Alex', repair: true }, { kind: 'manual', id: null });
  await harness.setTime('2026-11-25T17:00:00.000Z');
  void standup;

  await harness.open(mainPage, '/review');
  await expect(mainPage.getByRole('heading', { name: 'End-of-day review' })).toBeVisible();
  await expect(mainPage.getByText('Today · Wednesday 25 November')).toBeVisible();
  const timeline = mainPage.getByRole('region', { name: 'Your day' });
  await expect(timeline.getByText('Let Sam finish his story')).toBeVisible();
  await expect(timeline.getByText('Intention: Listen first')).toBeVisible();
  await expect(timeline.getByText('Brushed Alex off at the coffee machine')).toBeVisible();
  await expect(timeline.getByText('2 meetings have no check-in yet.', { exact: false })).toBeVisible();
  await expect(mainPage.getByRole('region', { name: 'By the numbers' })).toContainText('1 moment helped, 1 harmed');
  await shot(mainPage, 'review-today');

  // Fill in the roadmap review in a few clicks.
  await timeline.getByRole('button', { name: 'Fill in Roadmap review' }).click();
  const form = timeline.getByRole('form', { name: 'Fill in Roadmap review' });
  await form.getByRole('radio', { name: /Harmed/ }).click();
  await form.getByRole('button', { name: 'Distracted / on the phone' }).click();
  await form.getByRole('textbox', { name: 'Note (optional)' }).fill('Checked my phone during the demo');
  await shot(mainPage, 'review-fill-meeting');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(timeline.getByText('Checked my phone during the demo')).toBeVisible();
  await expect(timeline.getByText('1 meeting has no check-in yet.', { exact: false })).toBeVisible();
  await expect(mainPage.getByRole('region', { name: 'By the numbers' })).toContainText('1 moment helped, 2 harmed');

  // Follow-ups: done and later.
  const followUps = mainPage.getByRole('region', { name: 'Open follow-ups' });
  await followUps.getByRole('button', { name: 'Done: Send Sam the hiring doc' }).click();
  await followUps.getByRole('button', { name: 'Later: Apologise to Alex' }).click();
  await expect(followUps.getByText('Nothing open.', { exact: false })).toBeVisible();

  // Reflect, rate, choose tomorrow's intention, complete.
  const prompts = await mainPage.getByRole('region', { name: 'Reflect' }).getByRole('textbox').all();
  expect(prompts).toHaveLength(3);
  await prompts[0]!.fill('Letting Sam finish');
  await mainPage.getByRole('radio', { name: 'Mood 4 of 5' }).check();
  await mainPage.getByRole('region', { name: 'Tomorrow' }).getByRole('radio', { name: 'Repair something' }).click();
  await shot(mainPage, 'review-filled');
  await mainPage.getByRole('button', { name: 'Complete the review' }).click();
  await expect(mainPage.getByText('✓ Reviewed. 1 working day in a row with a review.')).toBeVisible();
  const review = s.reviews.forDay('2026-11-25');
  expect(review).toMatchObject({ mood: 4, tomorrowIntention: { type: 'chip', id: 'repair-something' }, answers: [{ answer: 'Letting Sam finish' }] });
  expect(review?.completedAt).not.toBeNull();

  // An earlier day can be reviewed too (back-filling counts for the streak).
  await mainPage.getByRole('button', { name: 'Previous day' }).click();
  await expect(mainPage.getByText('Yesterday · Tuesday 24 November')).toBeVisible();
  await mainPage.getByRole('button', { name: 'Complete the review' }).click();
  await expect(mainPage.getByText('2 working days in a row', { exact: false })).toBeVisible();

  s.settings.update({ theme: 'dark' });
  await mainPage.getByRole('button', { name: 'Today' }).click();
  await shot(mainPage, 'review-dark');
});

test('the review respects choices: a skipped card is not counted as missing, a missed one is explained once', async ({ harness, mainPage, shot }) => {
  await seedCalendar(harness);
  const s = harness.services;
  const [standup, oneOnOne, roadmap] = s.calendar.calendar.todaysMeetings(new Date('2026-11-25T12:00:00Z'), 'Europe/Berlin');
  const outcomes = s.store.collection<StoredOutcome>('prompt-outcomes');
  // The standup's card was skipped on purpose; the 1:1's was snoozed, then answered; the roadmap's closed itself unanswered.
  await outcomes.insert({ id: 'o-1', createdAt: '2026-11-25T08:46:00.000Z', promptId: afterPromptId(standup!.id), outcome: 'skipped', at: '2026-11-25T08:46:00.000Z' });
  await outcomes.insert({ id: 'o-2', createdAt: '2026-11-25T09:30:30.000Z', promptId: afterPromptId(oneOnOne!.id), outcome: 'snoozed', snoozeUntil: '2026-11-25T09:35:30.000Z', at: '2026-11-25T09:30:30.000Z' });
  await outcomes.insert({ id: 'o-3', createdAt: '2026-11-25T09:36:00.000Z', promptId: afterPromptId(oneOnOne!.id), outcome: 'answered', at: '2026-11-25T09:36:00.000Z' });
  await harness.setTime('2026-11-25T09:36:00.000Z');
  await s.checkIns.record({ kind: 'after', promptId: afterPromptId(oneOnOne!.id), source: 'prompt', intentionFor: null, reflectionOn: { meeting: snapshotOf(oneOnOne!), kept: null, moment: { valence: 'helped', tags: ['listened'], people: ['Sam Rivera'], note: '' }, followUp: null } });
  await outcomes.insert({ id: 'o-4', createdAt: '2026-11-25T14:01:00.000Z', promptId: afterPromptId(roadmap!.id), outcome: 'missed', reason: 'timeout', at: '2026-11-25T14:01:00.000Z' });
  await harness.setTime('2026-11-25T17:00:00.000Z');

  await harness.open(mainPage, '/review');
  const timeline = mainPage.getByRole('region', { name: 'Your day' });
  await expect(timeline.getByText('1 meeting has no check-in yet.', { exact: false })).toBeVisible();
  const row = (title: string) => timeline.getByRole('listitem').filter({ hasText: title });
  await expect(row('Team standup')).toContainText('You skipped this card.');
  await expect(row('Team standup').getByText('No check-in', { exact: true })).toHaveCount(0);
  await expect(row('Roadmap review')).toContainText('Missed: the card got no answer and closed itself.');
  await expect(row('Roadmap review').getByText(/^Missed|^No card/)).toHaveCount(1);
  await expect(row('1:1 with Sam')).not.toContainText('Missed');
  await expect(mainPage.getByRole('region', { name: 'By the numbers' })).toContainText('1 moment helped, 0 harmed');
  await shot(mainPage, 'review-respects-choices');
});
