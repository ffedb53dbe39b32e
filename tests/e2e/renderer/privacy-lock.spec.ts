import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';

const SECRET = 'Told Sam about the reorg before the team';
const PASS = 'lantern orchard velvet';

async function everythingOnDisk(userData: string): Promise<string> {
  const root = join(userData, 'data');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'latin1')))).join('\n');
}

test('passphrase lock: turn on, lock, log a moment while locked, unlock, restart, change, turn off', async ({ harness, mainPage, popupPage, shot }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people: ['Sam'], note: SECRET, meeting: null, source: 'tray' });
  await harness.open(mainPage, '/settings');
  const section = mainPage.getByRole('region', { name: 'Privacy lock' });
  await section.getByRole('button', { name: 'Turn on the passphrase lock…' }).click();
  await section.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await section.getByLabel('The same passphrase again').fill('something else entirely');
  await section.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(section.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await section.getByLabel('The same passphrase again').fill(PASS);
  await section.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(section.getByRole('alert')).toHaveText('Please confirm you understand that a forgotten passphrase cannot be recovered.');
  await section.getByRole('checkbox', { name: /I understand/ }).check();
  await expect(section.getByRole('alert')).toHaveCount(0); // answered: the message goes
  await shot(mainPage, 'privacy-enable');
  await section.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(section.getByRole('status')).toHaveText('The lock is on. Your log is encrypted.');
  expect(await everythingOnDisk(harness.userDataDirectory)).not.toContain(SECRET);
  await expect(section).toContainText('Your settings and the saved copies of your calendars are not encrypted.');
  await shot(mainPage, 'privacy-on');

  // Lock now: the main window shows only the way back in.
  await section.getByRole('button', { name: 'Lock now' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Touchpoint is locked' })).toBeVisible();
  await expect(mainPage.getByText(SECRET)).toHaveCount(0);
  await mainPage.getByLabel('Passphrase', { exact: true }).fill('lantern orchard');
  await mainPage.getByRole('button', { name: 'Unlock' }).click();
  await expect(mainPage.getByRole('alert')).toHaveText('That passphrase is not right. Capitals and spaces count.');
  await expect(mainPage.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled(); // not stuck on "Unlocking…"
  await shot(mainPage, 'privacy-locked-wrong');

  // "Log a moment" still works while locked; the moment waits, sealed.
  await popupPage.getByRole('radio', { name: /Helped/ }).click();
  await popupPage.getByRole('textbox', { name: /Note/ }).fill('Thanked the on-call engineer');
  await popupPage.getByRole('button', { name: /^Save/ }).click();
  await expect(popupPage.getByText('Saved, sealed until you unlock')).toBeVisible();
  await shot(popupPage, 'privacy-popup-locked');
  await expect(mainPage.getByText('One moment you logged while locked is waiting', { exact: false })).toBeVisible();
  expect(await everythingOnDisk(harness.userDataDirectory)).not.toContain('on-call engineer');

  await mainPage.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await mainPage.getByRole('button', { name: 'Unlock' }).click();
  await harness.settled();
  await harness.open(mainPage, '/log');
  await expect(mainPage.getByRole('article')).toHaveCount(2);
  await expect(mainPage.getByText('Thanked the on-call engineer')).toBeVisible();

  // A restart starts locked.
  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.getByRole('heading', { name: 'Touchpoint is locked' })).toBeVisible();
  await shot(mainPage, 'privacy-locked');
  await mainPage.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await mainPage.keyboard.press('Enter');
  await harness.settled();
  await expect(mainPage.getByRole('article')).toHaveCount(2);

  // Change the passphrase, then turn the lock off.
  await harness.open(mainPage, '/settings');
  await section.getByRole('button', { name: 'Change passphrase…' }).click();
  await section.getByLabel('Current passphrase').fill(PASS);
  await section.getByLabel('New passphrase', { exact: true }).fill('harbour quilt meadow');
  await section.getByLabel('The new passphrase again').fill('harbour quilt meadow');
  await section.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(section.getByRole('status')).toHaveText('Passphrase changed.');
  await section.getByRole('button', { name: 'Turn off the lock…' }).click();
  await section.getByLabel('Passphrase', { exact: true }).fill('harbour quilt meadow');
  await section.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(section.getByRole('status')).toHaveText('The lock is off. Your log is stored unencrypted again.');
  expect(await everythingOnDisk(harness.userDataDirectory)).toContain(SECRET);
});

test('a forgotten passphrase: the lock screen explains it honestly and offers a fresh start', async ({ harness, mainPage, shot }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: [], note: SECRET, meeting: null, source: 'tray' });
  await harness.host.enable(PASS);
  await harness.host.lock();
  await mainPage.reload();
  await mainPage.getByText('Forgot your passphrase?').click();
  await expect(mainPage.getByText('Nobody can open the log without it', { exact: false })).toBeVisible();
  await mainPage.getByRole('button', { name: 'Start again with an empty log…' }).click();
  const erase = mainPage.getByRole('button', { name: 'Erase everything' });
  await expect(erase).toBeDisabled();
  await mainPage.getByLabel(/Type DELETE/).fill('DELETE');
  await shot(mainPage, 'privacy-forgotten');
  await erase.click();
  await expect(mainPage.getByRole('heading', { name: 'Welcome to Touchpoint' })).toBeVisible();
  expect(harness.host.state()).toMatchObject({ enabled: false, locked: false });
  expect(harness.services.moments.count).toBe(0);
});
