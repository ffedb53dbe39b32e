import { expect, test } from '../fixtures';
import { testShellStatus } from '../../support/shell-status';

const PASS = 'lantern orchard velvet';

test('on a Wayland desktop without a tray, Settings says what works and never claims the shortcut works', async ({ harness, mainPage, shot }) => {
  harness.shellStatus = testShellStatus(
    'linux',
    { launchAtLogin: true, screenLock: false, idle: false, tray: false, cards: 'notification' },
    { shortcutRegistered: true, shortcutConfirmed: false },
  );
  await harness.open(mainPage, '/settings');
  const system = mainPage.getByRole('region', { name: 'Shortcut and start-up' });
  await expect(system).toContainText('check-ins arrive as notifications: click one to answer it');
  await expect(system).toContainText('This desktop shows no tray icon.');
  await expect(system.locator('.shortcut__status')).toContainText('can’t check the answer here');
  await expect(system).not.toContainText('Works from any app');
  await system.scrollIntoViewIfNeeded();
  await shot(mainPage, 'settings-desktop-wayland');

  // With the passphrase lock on, the lock's automatic triggers say that this desktop cannot drive them.
  const privacy = mainPage.getByRole('region', { name: 'Privacy lock' });
  await privacy.getByRole('button', { name: 'Turn on the passphrase lock…' }).click();
  await privacy.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await privacy.getByLabel('The same passphrase again').fill(PASS);
  await privacy.getByRole('checkbox', { name: /I understand/ }).check();
  await privacy.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(privacy.getByRole('status')).toHaveText('The lock is on. Your log is encrypted.', { timeout: 30_000 });
  await expect(privacy.getByRole('switch', { name: /Lock when the screen locks/ })).toBeDisabled();
  await expect(privacy).toContainText('doesn’t tell apps when the screen locks');
  await expect(privacy.getByLabel('Lock automatically')).toHaveAccessibleDescription(/how long you have been away/);
  await privacy.scrollIntoViewIfNeeded();
  await shot(mainPage, 'settings-privacy-wayland');
});

test('on a desktop that tells everything, none of those caveats show', async ({ harness, mainPage }) => {
  harness.shellStatus = testShellStatus('linux', { launchAtLogin: true, screenLock: true, idle: true, tray: true, cards: 'window' }, { shortcutRegistered: true, shortcutConfirmed: true });
  await harness.open(mainPage, '/settings');
  const system = mainPage.getByRole('region', { name: 'Shortcut and start-up' });
  await expect(system.locator('.shortcut__status')).toHaveText('✓ Works from any app.');
  await expect(system).not.toContainText('notifications');
  await expect(system).not.toContainText('no tray icon');
});
