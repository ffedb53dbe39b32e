import type { Meeting } from '../../../shared/domain/calendar';
import { expect, test } from '../fixtures';

// Monday 23 November 2026, Berlin (UTC+1).
const me = { email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' };
const sam = { email: 'sam.rivera@acme.test', name: 'Sam Rivera', partstat: 'ACCEPTED' };
const crowd = Array.from({ length: 9 }, (_, i) => ({ email: `teammate${i}@acme.test`, name: `Teammate ${i + 1}`, partstat: 'ACCEPTED' }));
const meeting = (id: string, title: string, start: string, end: string, attendees: Meeting['attendees']): Meeting => ({
  id,
  sourceId: 'work',
  uid: `${id}@acme.test`,
  title,
  start,
  end,
  organizer: null,
  attendees,
  location: null,
});
const oneOnOne = meeting('sam-1on1', '1:1 with Sam', '2026-11-23T09:00:00.000Z', '2026-11-23T09:30:00.000Z', [me, sam]);
const secondOneOnOne = meeting('sam-again', 'Sam: follow-up', '2026-11-23T13:00:00.000Z', '2026-11-23T13:30:00.000Z', [me, sam]);
const allHands = meeting('all-hands', 'Product all-hands', '2026-11-23T11:00:00.000Z', '2026-11-23T12:00:00.000Z', [me, sam, ...crowd]);
const NOTE = 'Cut our last 1:1 short; promised to make time';

test.beforeEach(async ({ harness }) => {
  await harness.setTime('2026-11-23T08:00:00.000Z');
  harness.services.settings.update({ meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  await harness.services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Sam Rivera'], note: NOTE, meeting: null, source: 'tray', occurredAt: '2026-11-20T14:00:00.000Z' });
});

test('a note shows only when asked for, is covered again on the next card, and a large meeting’s card has none', async ({ harness, checkInPage, shot }) => {
  harness.setMeetings([oneOnOne, allHands, secondOneOnOne]);
  await harness.setTime('2026-11-23T08:58:05.000Z');
  const lastTime = checkInPage.getByRole('region', { name: 'Last time with these people' });
  await expect(lastTime).toContainText('Harmed');
  await expect(lastTime).not.toContainText(NOTE);
  await shot(checkInPage, 'privacy-note-hidden');
  // A key reveals it too: Tab to the button, Enter.
  const reveal = lastTime.getByRole('button', { name: 'Show note about Sam Rivera' });
  await reveal.focus();
  await checkInPage.keyboard.press('Enter');
  await expect(lastTime).toContainText(NOTE);
  await expect(lastTime.getByRole('button', { name: 'Hide note about Sam Rivera' })).toHaveAttribute('aria-expanded', 'true');
  await shot(checkInPage, 'privacy-note-shown');
  harness.services.coach.skip(harness.services.coach.currentView()!.prompt.id);

  // The all-hands card (eleven people): outcome and behaviours, never the note's words.
  await harness.setTime('2026-11-23T12:00:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'After: Product all-hands' })).toBeVisible();
  expect(JSON.stringify(harness.services.coach.currentView())).not.toContain('promised to make time');
  await expect(checkInPage.locator('body')).not.toContainText(NOTE);
  await shot(checkInPage, 'privacy-large-meeting');
  harness.services.coach.skip(harness.services.coach.currentView()!.prompt.id);

  // The next card with Sam starts covered again.
  await harness.setTime('2026-11-23T12:58:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'Before: Sam: follow-up' })).toBeVisible();
  await expect(checkInPage.getByRole('region', { name: 'Last time with these people' })).not.toContainText(NOTE);
  await expect(checkInPage.getByRole('button', { name: 'Show note about Sam Rivera' })).toBeVisible();
});

test('the card by keyboard: 2 picks harmed, Enter on a chip toggles it, Ctrl+Enter saves, Ctrl+Z takes it back and the card returns', async ({ harness, checkInPage, shot }) => {
  harness.setMeetings([oneOnOne]);
  await harness.setTime('2026-11-23T09:30:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'After: 1:1 with Sam' })).toBeVisible();
  await checkInPage.locator('body').click({ position: { x: 5, y: 5 } }); // the user clicks into the quiet card
  await checkInPage.keyboard.press('2');
  await expect(checkInPage.getByRole('radio', { name: /Harmed/ })).toHaveAttribute('aria-checked', 'true');
  const rushed = checkInPage.getByRole('button', { name: 'Rushed' });
  await rushed.focus();
  await checkInPage.keyboard.press('Enter');
  await expect(rushed).toHaveAttribute('aria-pressed', 'true');
  expect(harness.services.checkIns.all()).toEqual([]); // Enter on the chip did not save
  await shot(checkInPage, 'card-keyboard-chip');
  await checkInPage.keyboard.press('Control+Enter');
  const confirmation = checkInPage.getByText('Check-in saved');
  await expect(confirmation).toBeVisible();
  const moment = harness.services.moments.list(10).moments.find((m) => m.meeting?.title === '1:1 with Sam');
  expect(moment).toMatchObject({ valence: 'harmed', tags: ['rushed'] });
  await expect(checkInPage.getByRole('button', { name: /^Undo/ })).toBeVisible();
  await shot(checkInPage, 'card-saved-with-undo');

  // Undo (Ctrl+Z): the answer is taken back and the card is there again, as it was filled in.
  await checkInPage.keyboard.press('Control+z');
  await expect(checkInPage.getByRole('heading', { name: 'After: 1:1 with Sam' })).toBeVisible();
  await expect(checkInPage.getByRole('radio', { name: /Harmed/ })).toHaveAttribute('aria-checked', 'true');
  await expect(checkInPage.getByRole('button', { name: 'Rushed' })).toHaveAttribute('aria-pressed', 'true');
  expect(harness.services.checkIns.all()).toEqual([]);
  expect(harness.services.moments.list(10).moments.filter((m) => m.meeting?.title === '1:1 with Sam')).toEqual([]);
  await shot(checkInPage, 'card-back-after-undo');

  // Answered again, it stays; once the confirmation is over the popup closes.
  await checkInPage.keyboard.press('Control+Enter');
  await expect(confirmation).toBeVisible();
  await expect(checkInPage.getByText('No check-in right now.')).toBeVisible({ timeout: 15_000 });
  expect(harness.services.checkIns.all()).toHaveLength(1);
});

test('"Not now" is one menu: keyboard access, Esc closes only the menu, and each item keeps its meaning', async ({ harness, checkInPage, shot }) => {
  harness.setMeetings([oneOnOne]);
  await harness.setTime('2026-11-23T08:58:05.000Z');
  const notNow = checkInPage.getByRole('button', { name: 'Not now' });
  const saveBox = await checkInPage.getByRole('button', { name: /^Save/ }).boundingBox();
  await notNow.focus();
  await checkInPage.keyboard.press('ArrowDown');
  const menu = checkInPage.getByRole('menu', { name: 'Not now' });
  await expect(menu.getByRole('menuitem')).toHaveText(['In 2 minutes', 'In 5 minutes', 'In 10 minutes', 'After this meeting', /Later today, in the review/, 'Skip this one', 'Don’t ask for this series']);
  await expect(menu.getByRole('menuitem', { name: 'In 2 minutes' })).toBeFocused();
  // The menu floats: the action bar does not move when it opens.
  expect(await checkInPage.getByRole('button', { name: /^Save/ }).boundingBox()).toEqual(saveBox);
  await shot(checkInPage, 'not-now-menu-open');
  await checkInPage.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Don’t ask for this series' })).toBeFocused();
  await checkInPage.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(notNow).toBeFocused();
  await expect(checkInPage.getByRole('heading', { name: 'Before: 1:1 with Sam' })).toBeVisible(); // Esc closed the menu, not the card

  // Skip this one: skipped (not missed), so the review can rely on it.
  await notNow.press('Enter');
  await checkInPage.getByRole('menuitem', { name: 'Skip this one' }).click();
  await expect(checkInPage.getByText('No check-in right now.')).toBeVisible();
  const outcomes = [...harness.services.store.collection<{ id: string; createdAt: string; promptId: string; outcome: string }>('prompt-outcomes').values()];
  expect(outcomes.map((o) => `${o.promptId.split(':')[0]}:${o.outcome}`)).toEqual(['before:skipped']);
});

test('the popup fits its content: a short review card, an after card whose repair input is never clipped', async ({ harness, checkInPage, shot }) => {
  const bottomInView = async (locator: ReturnType<typeof checkInPage.getByRole>) => {
    const box = await locator.boundingBox();
    const viewport = checkInPage.viewportSize();
    return box !== null && viewport !== null && box.y + box.height <= viewport.height;
  };
  const lastHeight = () => Number(harness.popupSizes.filter((s) => s.startsWith('check-in:')).at(-1)?.split(':')[1] ?? 0);

  harness.setMeetings([oneOnOne]);
  await harness.setTime('2026-11-23T09:30:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'After: 1:1 with Sam' })).toBeVisible();
  await checkInPage.getByRole('radio', { name: /Harmed/ }).click();
  await checkInPage.getByRole('checkbox', { name: 'Plan a small repair' }).check();
  const repair = checkInPage.getByRole('textbox', { name: 'Follow-up' });
  await expect(repair).toBeVisible();
  await expect.poll(() => bottomInView(repair)).toBe(true);
  await expect.poll(() => bottomInView(checkInPage.getByRole('button', { name: /^Save/ }))).toBe(true);
  await shot(checkInPage, 'popup-sized-after-repair');
  harness.services.coach.skip(harness.services.coach.currentView()!.prompt.id);

  await harness.setTime('2026-11-23T16:30:05.000Z'); // 17:30 in Berlin: the review card
  await expect(checkInPage.getByRole('heading', { name: 'Time for today’s review' })).toBeVisible();
  await expect.poll(lastHeight).toBeLessThan(260);
  await shot(checkInPage, 'popup-sized-review');
  // Its menu opens downwards and the window grows to show all of it; the buttons stay put.
  const start = await checkInPage.getByRole('button', { name: 'Start review' }).boundingBox();
  await checkInPage.getByRole('button', { name: 'Not now' }).click();
  const menu = checkInPage.getByRole('menu', { name: 'Not now' });
  await expect.poll(() => bottomInView(menu.getByRole('menuitem', { name: 'Skip today’s review' }))).toBe(true);
  expect(await checkInPage.getByRole('button', { name: 'Start review' }).boundingBox()).toEqual(start);
  await shot(checkInPage, 'popup-sized-review-menu');
  console.log(`popup sizes: ${harness.popupSizes.join(', ')}`);
});
