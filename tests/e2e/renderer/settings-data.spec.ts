import { readdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../fixtures';
import type { Harness } from '../support/harness';

async function addMoment(harness: Harness, note: string, person: string) {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: ['recognised'], people: [person], note, meeting: null, source: 'tray' });
}

async function openYourData(page: Page, harness: Harness): Promise<Locator> {
  await harness.open(page, '/settings');
  await page.getByRole('button', { name: 'Your data', exact: true }).click();
  const card = page.getByRole('region', { name: 'Your data' });
  await expect(card.getByRole('heading', { name: 'Backups' })).toBeVisible();
  return card;
}

/** The card alone, to look at closely (the fixture's shot is the whole page, with axe). */
async function cardShot(card: Locator, name: string) {
  await card.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

async function setTheme(page: Page, harness: Harness, theme: 'light' | 'dark') {
  harness.services.settings.update({ theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('back up now, then restore that backup from Settings: the log shows its content again, and the restore can be undone', async ({ harness, mainPage, shot }) => {
  await addMoment(harness, 'Thanked Sam for the release notes', 'Sam Rivera');
  const card = await openYourData(mainPage, harness);
  await expect(card.getByText('No backups yet.')).toBeVisible();

  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Backed up:' })).toContainText('Sat, 21 Nov 2026, 10:30');
  const rows = card.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Made by you');
  await expect(rows.first()).toContainText('Nov 2026');

  // Later the same day: another moment, and the first one edited.
  await harness.setTime('2026-11-21T15:00:00.000Z');
  await addMoment(harness, 'Interrupted Priya about the deadline', 'Priya Nair');
  await shot(mainPage, 'settings-data-backups');
  await cardShot(card, 'settings-data-card-light');

  await card.getByRole('button', { name: 'Restore the backup of Sat, 21 Nov 2026, 10:30 (Made by you)…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: /^Restore the backup of/ });
  await expect(dialog).toContainText('It holds 1 moment (Nov 2026). Made by you.');
  await expect(dialog).toContainText('Your data as it is now is backed up first');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot(mainPage, 'settings-data-restore-confirm');

  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const done = mainPage.getByRole('dialog', { name: 'Backup restored' });
  await expect(done).toContainText('Your log now holds what it had on Sat, 21 Nov 2026, 10:30 (1 moment).');
  await expect(done).toContainText('What you had just before is kept as the backup of Sat, 21 Nov 2026, 16:00');
  await shot(mainPage, 'settings-data-restore-done');
  await done.getByRole('button', { name: 'Done' }).click();
  // The copy taken before, and the day's first backup, which the reopened log made at once.
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Your data just before a restore');
  await expect(rows.nth(1)).toContainText('Daily backup');
  await expect(mainPage.getByRole('region', { name: 'Notices' })).toContainText('Your data was restored from a backup');

  await harness.open(mainPage, '/log');
  const entries = mainPage.getByRole('article');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Thanked Sam for the release notes');

  // Undo: restore the copy taken just before.
  const again = await openYourData(mainPage, harness);
  await again.getByRole('button', { name: 'Restore the backup of Sat, 21 Nov 2026, 16:00 (Your data just before a restore)…' }).click();
  await mainPage.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click();
  await mainPage.getByRole('dialog', { name: 'Backup restored' }).getByRole('button', { name: 'Done' }).click();
  await harness.open(mainPage, '/log');
  await expect(entries).toHaveCount(2);
  await expect(mainPage.getByText('Interrupted Priya about the deadline')).toBeVisible();
});

test('a damaged backup is refused in plain words before anything happens', async ({ harness, mainPage, shot }) => {
  await addMoment(harness, 'Thanked Sam for the release notes', 'Sam Rivera');
  const backup = await harness.services.store.backupNow('manual');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(backup.folder, 'moments', '2026-11.json'), '{"records": []}');
  const card = await openYourData(mainPage, harness);
  await card.getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = mainPage.getByRole('dialog', { name: /^Restore the backup of/ });
  await expect(dialog.getByRole('alert')).toHaveText(
    'This backup can’t be restored: the file moments/2026-11.json is missing or damaged (it no longer matches the checksum taken when the backup was made).Nothing was changed. Another backup may be fine.',
  );
  await expect(dialog.getByRole('button', { name: 'Restore this backup' })).toHaveCount(0);
  await shot(mainPage, 'settings-data-restore-refused');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(harness.services.moments.all()).toHaveLength(1);
});

test('dark theme: the backups list and the dialogs', async ({ harness, mainPage, shot }) => {
  await addMoment(harness, 'Thanked Sam for the release notes', 'Sam Rivera');
  for (const [at, reason] of [['2026-11-14T08:00:00.000Z', 'daily'], ['2026-11-19T08:00:00.000Z', 'daily'], ['2026-11-20T08:00:00.000Z', 'pre-migration'], ['2026-11-21T08:00:00.000Z', 'manual']] as const) {
    await harness.setTime(at);
    await harness.services.store.backupNow(reason);
  }
  await harness.setTime('2026-11-21T09:30:00.000Z');
  const card = await openYourData(mainPage, harness);
  await setTheme(mainPage, harness, 'dark');
  await expect(card.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(4);
  await shot(mainPage, 'settings-data-backups-dark');
  await cardShot(card, 'settings-data-card-dark');
  await card.getByRole('button', { name: /^Restore the backup of Thu, 19 Nov/ }).click();
  await expect(mainPage.getByRole('dialog')).toContainText('It holds 1 moment');
  await shot(mainPage, 'settings-data-restore-confirm-dark');
  await mainPage.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await card.getByRole('button', { name: 'Delete all my data…' }).click();
  await mainPage.getByLabel('Type DELETE to confirm').fill('DELETE');
  await shot(mainPage, 'settings-data-delete-dark');
  await mainPage.getByRole('button', { name: 'Keep my data' }).click();
  await setTheme(mainPage, harness, 'light');
});

test('delete all my data: a typed confirmation, then Touchpoint starts over at the welcome, also after a restart', async ({ harness, mainPage, shot }) => {
  await addMoment(harness, 'Thanked Sam for the release notes', 'Sam Rivera');
  harness.services.settings.update({ onboarded: true });
  await harness.services.store.backupNow('manual');
  const card = await openYourData(mainPage, harness);

  await card.getByRole('button', { name: 'Delete all my data…' }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Delete all your data?' });
  await expect(dialog).toContainText('It cannot be undone.');
  await expect(dialog).toContainText('Files you exported and saved elsewhere are not touched.');
  // The one thing to do here is type the word (Esc or "Keep my data" leaves).
  const typed = dialog.getByLabel('Type DELETE to confirm');
  await expect(typed).toBeFocused();
  const confirm = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await typed.fill('delete');
  await expect(confirm).toBeDisabled();
  await typed.fill('DELETE');
  await expect(confirm).toBeEnabled();
  await shot(mainPage, 'settings-data-delete-confirm');

  await confirm.click();
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint', level: 1 })).toBeVisible();
  expect(harness.services.moments.all()).toEqual([]);
  expect(harness.services.settings.get().onboarded).toBe(false);
  // Nothing of the user's is left: only the empty store's version file the fresh start wrote.
  expect((await readdir(harness.userDataDirectory, { recursive: true })).sort()).toEqual(['data', 'data/store', 'data/store/meta.json']);

  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint', level: 1 })).toBeVisible();
  await harness.open(mainPage, '/log');
  await expect(mainPage.getByRole('article')).toHaveCount(0);
});
