import type { Page } from '@playwright/test';
import { snapshotOf } from '../../../electron/services/checkins/checkin-service';
import type { StoredOutcome } from '../../../electron/services/coach/coach-service';
import { afterPromptId } from '../../../electron/services/coach/prompt-ids';
import germanCoach from '../../../shared/i18n/de/coach';
import { expect, test } from '../fixtures';
import { seedCalendar, seedLog } from '../support/seed';

/** Keys of the log and review catalogs, as they would show if a text were missing. */
const RAW_KEY = /\b(header|filters|entry|moment|intention|note|followUp|review|noteDialog|followUpDialog|momentDialog|transfer|toast|empty|noMatch|streak|timeline|fill|counts|followUps|form|prompts)\.[a-zA-Z]/;

/** The screen's words (the shell around it is another helper's) are German: no missing text, no raw key, none of the English it had. */
async function expectGerman(page: Page, english: string[]) {
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('undefined');
  expect(text).not.toMatch(RAW_KEY);
  for (const words of english) expect(text).not.toContain(words);
}

test('the log in German: entries, filters open, an edit dialog and export/import', async ({ harness, mainPage, shot }) => {
  await harness.useLocale('de-DE');
  await seedLog(harness);
  await harness.open(mainPage, '/log');
  await mainPage.reload();

  await expect(mainPage.getByRole('heading', { name: 'Protokoll', exact: true })).toBeVisible();
  await expect(mainPage.locator('.view__actions').getByRole('button')).toHaveText(['Export / Import', 'Notiz schreiben', 'Follow-up hinzufügen', 'Moment festhalten']);
  const entries = mainPage.getByRole('article');
  await expect(entries).toHaveCount(6);
  await expect(mainPage.getByRole('status').filter({ hasText: 'Einträge' })).toHaveText('6 Einträge');
  await expect(mainPage.getByRole('article', { name: /^Beobachtet: Geschadet um .*, beteiligt: Jordan$/ })).toBeVisible();
  await expect(mainPage.getByRole('article', { name: 'Tagesrückblick vom 18. November 2026' })).toContainText('Auf welchen kleinen Moment heute bist du am stolzesten?');
  await expect(mainPage.getByRole('article', { name: /^Wiedergutmachung:/ })).toContainText('mit Priya Nair');

  await mainPage.getByRole('button', { name: 'Mehr Filter' }).click();
  await mainPage.getByLabel('Wirkung').selectOption('harmed');
  await expect(entries).toHaveCount(2);
  await expect(mainPage.getByRole('button', { name: 'Weniger Filter' })).toBeVisible();
  await expectGerman(mainPage, ['Reflection log', 'More filters', 'Outcome', 'Helped at', 'Harmed at', 'Clear all']);
  await shot(mainPage, 'de-log-filters');
  await mainPage.getByRole('button', { name: 'Alle zurücksetzen' }).click();
  await expect(entries).toHaveCount(6);
  await shot(mainPage, 'de-log-entries');

  await mainPage.getByRole('button', { name: /^Bearbeiten: Geschadet um .* mit Priya Nair$/ }).click();
  const edit = mainPage.getByRole('dialog', { name: 'Moment bearbeiten' });
  await expect(edit.getByLabel('Wann')).toBeVisible();
  await expect(edit.getByRole('button', { name: 'Änderungen speichern' })).toBeVisible();
  await shot(mainPage, 'de-log-edit-moment');
  await mainPage.keyboard.press('Escape');
  await expect(edit).toHaveCount(0);

  await mainPage.getByRole('button', { name: 'Follow-up hinzufügen' }).click();
  const followUp = mainPage.getByRole('dialog', { name: 'Follow-up hinzufügen' });
  await expect(followUp).toContainText('Für wen (optional)');
  await shot(mainPage, 'de-log-follow-up-dialog');
  await mainPage.keyboard.press('Escape');

  await mainPage.getByRole('button', { name: 'Export / Import' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Export oder Import' });
  await dialog.getByRole('radio', { name: /^JSON/ }).check();
  const download = mainPage.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportieren', exact: true }).click();
  await download;
  await expect(dialog.getByRole('status').filter({ hasText: 'Exportiert nach' })).toContainText('Exportiert nach touchpoint-export-2026-11-21.json:');
  await expect(dialog.getByText('JSON-Export importieren')).toBeVisible();
  await expectGerman(mainPage, ['Export your log', 'Choose a file', 'Export or import']);
  await shot(mainPage, 'de-log-export-import');
});

test('the empty log in German names the shortcut', async ({ harness, mainPage, shot }) => {
  await harness.useLocale('de-DE');
  await mainPage.reload();
  await expect(mainPage.getByRole('heading', { name: 'Noch keine Momente' })).toBeVisible();
  await expect(mainPage.locator('.empty')).toContainText('drück Strg+Umschalt+L in jeder App oder den Button „Moment festhalten“ oben.');
  await expectGerman(mainPage, ['No moments yet', 'Write a note', 'Search the log']);
  await shot(mainPage, 'de-log-empty');
});

test('the review in German: a day of meetings, a skipped and a missed card, counts, questions', async ({ harness, mainPage, shot }) => {
  await harness.useLocale('de-DE');
  await seedCalendar(harness);
  const s = harness.services;
  const [standup, oneOnOne, roadmap] = s.calendar.calendar.todaysMeetings(new Date('2026-11-25T12:00:00Z'), 'Europe/Berlin');
  const outcomes = s.store.collection<StoredOutcome>('prompt-outcomes');
  await outcomes.insert({ id: 'o-1', createdAt: '2026-11-25T08:46:00.000Z', promptId: afterPromptId(standup!.id), outcome: 'skipped', at: '2026-11-25T08:46:00.000Z' });
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
  await outcomes.insert({ id: 'o-4', createdAt: '2026-11-25T14:01:00.000Z', promptId: afterPromptId(roadmap!.id), outcome: 'missed', reason: 'timeout', at: '2026-11-25T14:01:00.000Z' });
  await harness.setTime('2026-11-25T17:00:00.000Z');

  await harness.open(mainPage, '/review');
  await mainPage.reload();
  await expect(mainPage.getByRole('heading', { name: 'Tagesrückblick', exact: true })).toBeVisible();
  const timeline = mainPage.getByRole('region', { name: 'Dein Tag' });
  await expect(timeline.getByText('1 Meeting hat noch keinen Check-in. Nachtragen geht mit wenigen Klicks:')).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: '1:1 with Sam' })).toContainText('Vorsatz eingehalten');
  await expect(mainPage.getByRole('region', { name: 'In Zahlen' })).toContainText('1 Moment hat gestärkt, 1 geschadet');
  await expect(mainPage.getByRole('region', { name: 'Offene Follow-ups' }).getByRole('button', { name: 'Später: Apologise to Alex' })).toBeVisible();
  const questions = mainPage.getByRole('region', { name: 'Reflektieren' }).locator('label.field__label');
  await expect(questions).toHaveCount(3);
  const german: string[] = Object.values(germanCoach.reviewPrompts);
  for (const question of await questions.allInnerTexts()) expect(german).toContain(question);
  await expect(mainPage.getByRole('button', { name: 'Tagesrückblick abschließen' })).toBeVisible();
  await expectGerman(mainPage, ['End-of-day review', 'Your day', 'By the numbers', 'Open follow-ups', 'Complete the review', 'Which small moment']);
  await shot(mainPage, 'de-review-day');
  // The window scrolls inside the shell: the rest of the review, shown part by part.
  await mainPage.getByRole('region', { name: 'Reflektieren' }).scrollIntoViewIfNeeded();
  await mainPage.getByRole('radio', { name: 'Stimmung 4 von 5' }).check();
  await shot(mainPage, 'de-review-reflect');

  await timeline.getByRole('button', { name: 'Roadmap review nachtragen' }).click();
  const form = timeline.getByRole('form', { name: 'Roadmap review nachtragen' });
  await expect(form).toContainText('Hat es das Vertrauen gestärkt oder ihm geschadet?');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toContainText('Wähle, ob das Meeting das Vertrauen gestärkt oder ihm geschadet hat.');
  await shot(mainPage, 'de-review-fill-meeting');
});
