import { expect, test } from '../fixtures';

// Not the mainPage fixture: that one fails on any console error, and a view that cannot be
// shown is logged to the console (for the developer tools) on purpose.
test('data that cannot be shown never blanks a view: a readable message, try again, and a way back', async ({ context, harness, shot }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: ['Sam'], note: 'Thanked Sam', meeting: null, source: 'tray' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1040, height: 740 });
  await harness.attach(page, 'main');
  await harness.open(page, '/today');
  // The log's entries come back with a time zone no runtime knows, as records older versions let in did:
  // formatting them throws while the view renders.
  await page.evaluate(() => {
    const w = window as unknown as { __touchpointInvoke: (name: string, input: unknown) => Promise<{ ok: boolean; value?: { entries?: { timeZone: string; moment?: { timeZone: string } }[] } }> };
    const real = w.__touchpointInvoke;
    w.__touchpointInvoke = async (name, input) => {
      const reply = await real(name, input);
      for (const entry of (name === 'log.query' && reply.ok ? reply.value?.entries : undefined) ?? []) {
        entry.timeZone = 'Not/AZone';
        if (entry.moment) entry.moment.timeZone = 'Not/AZone';
      }
      return reply;
    };
  });
  await page.evaluate(() => (window.location.hash = '/log'));
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
