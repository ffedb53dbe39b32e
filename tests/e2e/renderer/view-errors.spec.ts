import { expect, test } from '../fixtures';
import { openUnreadableLog } from '../support/unreadable-log';

// Not the mainPage fixture: that one fails on any console error, and a view that cannot be
// shown is logged to the console (for the developer tools) on purpose.
test('data that cannot be shown never blanks a view: a readable message, try again, and a way back', async ({ context, harness, shot }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: ['Sam'], note: 'Thanked Sam', meeting: null, source: 'tray' });
  const page = await openUnreadableLog(context, harness);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'This view could not be shown' })).toBeVisible();
  await expect(alert).toContainText('Something in the Reflection log view could not be displayed. Your data is safe: nothing was changed.');
  // The rest of the window still works: the navigation is there.
  await expect(page.getByRole('navigation', { name: 'Touchpoint' })).toBeVisible();
  await shot(page, 'view-error');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'This view could not be shown' })).toBeVisible();
  await page.getByRole('button', { name: 'Go to Today' }).click();
  await expect(page.getByRole('heading', { name: 'This view could not be shown' })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/today$/);
});
