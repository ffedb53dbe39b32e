import type { Meeting } from '../../../shared/domain/calendar';
import { expect, test } from '../fixtures';

// Monday 23 November 2026, Berlin (UTC+1).
const people = [
  { email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' },
  { email: 'sam.rivera@acme.test', name: null, partstat: 'ACCEPTED' },
  { email: 'priya@acme.test', name: 'Priya Nair', partstat: 'ACCEPTED' },
];
const meeting = (id: string, title: string, start: string, end: string): Meeting => ({
  id,
  sourceId: 'work',
  uid: `${id}@acme.test`,
  title,
  start,
  end,
  organizer: null,
  attendees: people,
  location: null,
});
const oneOnOne = meeting('sam-1on1', '1:1 with Sam', '2026-11-23T09:00:00.000Z', '2026-11-23T09:30:00.000Z');
const nextWeek = meeting('sam-1on1-next', '1:1 with Sam', '2026-11-30T09:00:00.000Z', '2026-11-30T09:30:00.000Z');
const designReview = meeting('design-review', 'Design review', '2026-11-23T09:30:00.000Z', '2026-11-23T10:15:00.000Z');

test.beforeEach(async ({ harness }) => {
  await harness.setTime('2026-11-23T08:00:00.000Z');
  harness.services.settings.update({ meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  await harness.services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Sam'], note: 'Cut our last 1:1 short; promised to make time', meeting: null, source: 'tray', occurredAt: '2026-11-20T14:00:00.000Z' });
});

test('before a meeting: a quiet card with last time’s note; the intention is saved', async ({ harness, checkInPage, shot }) => {
  harness.setMeetings([oneOnOne]);
  await harness.setTime('2026-11-23T08:58:05.000Z');
  expect(harness.popupRequests).toEqual(['show:check-in:quiet']);
  await expect(checkInPage.getByRole('heading', { name: 'Before: 1:1 with Sam' })).toBeVisible();
  await expect(checkInPage.getByText('10:00–10:30 · with Sam Rivera, Priya Nair')).toBeVisible();
  const lastTime = checkInPage.getByRole('region', { name: 'Last time with these people' });
  await expect(lastTime).toContainText('Sam Rivera');
  // The private note stays covered until asked for: the card floats over a possibly shared screen.
  await expect(lastTime).not.toContainText('Cut our last 1:1 short');
  await shot(checkInPage, 'check-in-before');
  await lastTime.getByRole('button', { name: 'Show note about Sam Rivera' }).click();
  await expect(lastTime).toContainText('Cut our last 1:1 short; promised to make time');
  await shot(checkInPage, 'check-in-before-note-shown');

  await checkInPage.getByRole('radio', { name: 'Listen first' }).click();
  // Clicking made the card the user's: it may now take the keyboard, and will not time out.
  await expect.poll(() => harness.popupRequests).toContain('show:check-in:focus');
  await checkInPage.keyboard.press('Control+Enter');
  await expect(checkInPage.getByText('Check-in saved')).toBeVisible();
  const [checkIn] = harness.services.checkIns.all();
  expect(checkIn?.intentionFor).toMatchObject({ meeting: { id: 'sam-1on1', title: '1:1 with Sam' }, intention: { type: 'chip', id: 'listen-first' } });
});

test('after a meeting: kept?, help or harm with tags and people, and a repair follow-up; the next 1:1 closes the loop', async ({ harness, checkInPage, mainPage, shot }) => {
  harness.setMeetings([oneOnOne, nextWeek]);
  await harness.setTime('2026-11-23T08:58:05.000Z');
  await checkInPage.getByRole('textbox', { name: /in your own words/ }).fill('If I feel rushed, then I will ask how Sam is');
  await checkInPage.getByRole('button', { name: /^Save/ }).click();
  await expect(checkInPage.getByText('Check-in saved')).toBeVisible();

  await harness.setTime('2026-11-23T09:30:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'After: 1:1 with Sam' })).toBeVisible();
  await expect(checkInPage.getByText('If I feel rushed, then I will ask how Sam is')).toBeVisible();
  // Attendees other than the user are already filled in.
  await expect(checkInPage.getByRole('button', { name: 'Remove Sam Rivera' })).toBeVisible();
  await expect(checkInPage.getByRole('button', { name: 'Remove Priya Nair' })).toBeVisible();
  await checkInPage.getByRole('radio', { name: 'Partly' }).check();
  await checkInPage.getByRole('radio', { name: /Harmed/ }).click();
  await checkInPage.getByRole('button', { name: 'Interrupting' }).click();
  await checkInPage.getByRole('button', { name: 'Remove Priya Nair' }).click();
  // Typing his first name finds the attendee's full name, once: the earlier "Sam" is the same person.
  await checkInPage.getByRole('button', { name: 'Remove Sam Rivera' }).click();
  await checkInPage.getByRole('combobox', { name: 'With whom?' }).fill('Sam');
  await expect(checkInPage.getByRole('option')).toHaveText(['Sam Rivera']);
  await shot(checkInPage, 'check-in-people-suggestions');
  await checkInPage.keyboard.press('ArrowDown');
  await checkInPage.keyboard.press('Enter');
  await expect(checkInPage.getByRole('button', { name: 'Remove Sam Rivera' })).toBeVisible();
  await checkInPage.getByRole('textbox', { name: /Note/ }).fill('Talked over Sam when he raised the deadline');
  await checkInPage.getByRole('checkbox', { name: 'Plan a small repair' }).check();
  const followUp = checkInPage.getByRole('textbox', { name: 'Follow-up' });
  await expect(followUp).toHaveValue('Repair with Sam Rivera: ');
  await followUp.fill('Repair with Sam Rivera: apologise and ask about the deadline');
  await shot(checkInPage, 'check-in-after');
  await checkInPage.getByRole('button', { name: /^Save/ }).click();
  await expect(checkInPage.getByText('Check-in saved')).toBeVisible();

  await mainPage.reload();
  const entry = mainPage.getByRole('article', { name: /Harmed at 10:30 with Sam Rivera/ });
  await expect(entry).toContainText('1:1 with Sam');
  await expect(entry).toContainText('Interrupting');
  const [followUpItem] = harness.services.followUps.all();
  expect(followUpItem).toMatchObject({ text: 'Repair with Sam Rivera: apologise and ask about the deadline', person: 'Sam Rivera', repair: true });
  const after = harness.services.checkIns.all().find((c) => c.kind === 'after');
  expect(after?.reflectionOn?.kept).toBe('partly');

  // A week later, before the next 1:1 with Sam: what is still open with him, and last time's intention.
  await harness.setTime('2026-11-30T08:58:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'Before: 1:1 with Sam' })).toBeVisible();
  const loop = checkInPage.getByRole('region', { name: 'Still open with them' });
  await expect(loop).toContainText('Last time you meant to “If I feel rushed, then I will ask how Sam is” — you partly kept it.');
  await expect(loop.getByText('Repair with Sam Rivera, still open')).toBeVisible();
  // The follow-up's own words stay folded until asked for.
  await expect(loop.getByText('apologise and ask about the deadline')).toBeHidden();
  await shot(checkInPage, 'check-in-before-loop');
  await loop.getByText('Repair with Sam Rivera, still open').click();
  await expect(loop.getByText('Repair with Sam Rivera: apologise and ask about the deadline')).toBeVisible();
});

test('back-to-back meetings share one card: reflect on the first, prepare the second', async ({ harness, checkInPage, shot }) => {
  harness.setMeetings([oneOnOne, designReview]);
  await harness.setTime('2026-11-23T09:30:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: '1:1 with Sam → Design review' })).toBeVisible();
  await checkInPage.getByRole('radio', { name: /Helped/ }).click();
  await checkInPage.getByRole('button', { name: 'Listened' }).click();
  await checkInPage.getByRole('radio', { name: 'Stay curious' }).click();
  await shot(checkInPage, 'check-in-between');
  await checkInPage.keyboard.press('Control+Enter');
  await expect(checkInPage.getByText('Check-in saved')).toBeVisible();
  const [between] = harness.services.checkIns.all();
  expect(between).toMatchObject({ kind: 'between', reflectionOn: { meeting: { id: 'sam-1on1' } }, intentionFor: { meeting: { id: 'design-review' }, intention: { id: 'stay-curious' } } });
});

test('Esc means later; snooze brings the card back; the review card opens the review', async ({ harness, checkInPage, shot }) => {
  harness.setMeetings([oneOnOne]);
  await harness.setTime('2026-11-23T08:58:05.000Z');
  await checkInPage.getByRole('button', { name: 'Not now' }).click();
  await checkInPage.getByRole('menuitem', { name: 'In 5 minutes' }).click();
  await expect(checkInPage.getByText('No check-in right now.')).toBeVisible();
  await harness.setTime('2026-11-23T09:03:10.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'Before: 1:1 with Sam' })).toBeVisible();
  await checkInPage.getByRole('radio', { name: 'Be present' }).focus();
  await checkInPage.keyboard.press('Escape');
  await expect(checkInPage.getByText('No check-in right now.')).toBeVisible();

  await harness.setTime('2026-11-23T16:30:05.000Z'); // 17:30 in Berlin
  await expect(checkInPage.getByRole('heading', { name: 'Time for today’s review' })).toBeVisible();
  await shot(checkInPage, 'check-in-review');
  await checkInPage.getByRole('button', { name: 'Start review' }).click();
  await expect.poll(() => harness.mainOpenRequests).toEqual(['review']);
  const outcomes = [...harness.services.store.collection<{ id: string; createdAt: string; promptId: string; outcome: string; reason?: string }>('prompt-outcomes').values()];
  expect(outcomes.map((o) => `${o.promptId.split(':')[0]}:${o.outcome}${o.reason ? `:${o.reason}` : ''}`).sort()).toEqual([
    'after:suppressed:stale', // the clock jumped past it: recorded, never shown late
    'before:missed:log-later',
    'before:snoozed',
    'review:answered',
  ]);
});

test('a test check-in from Settings shows a sample card and saves nothing', async ({ harness, checkInPage, shot }) => {
  harness.services.coach.sendTestCheckIn();
  await expect(checkInPage.getByText('This is a test card: nothing you enter here is saved.')).toBeVisible();
  await shot(checkInPage, 'check-in-test');
  await checkInPage.getByRole('radio', { name: 'Be present' }).click();
  await checkInPage.getByRole('button', { name: /^Save/ }).click();
  await expect(checkInPage.getByText('No check-in right now.')).toBeVisible();
  expect(harness.services.checkIns.all()).toEqual([]);
});
