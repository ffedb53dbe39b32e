import { expect, test } from '../fixtures';

test('log a moment from the popup by keyboard, then find, edit, delete and restore it in the log', async ({ mainPage, popupPage, harness, shot }) => {
  await expect(mainPage.getByRole('heading', { name: 'No moments yet' })).toBeVisible();
  await shot(mainPage, 'log-empty');

  // The popup starts on the helped/harmed choice; nothing is chosen yet.
  const helped = popupPage.getByRole('radio', { name: /Helped/ });
  await expect(helped).toBeFocused();
  await expect(helped).toHaveAttribute('aria-checked', 'false');
  // The page told the shell its face is drawn, so a window created hidden can be shown now.
  await expect.poll(() => harness.popupReadyReports).toContain('log');
  await shot(popupPage, 'popup-empty');

  // Saving (Ctrl+Enter) without a choice is refused with a clear message.
  await popupPage.keyboard.press('Control+Enter');
  await expect(popupPage.getByRole('alert')).toHaveText('Choose whether this moment helped or harmed trust.');
  await shot(popupPage, 'popup-missing-choice');

  // Arrow keys choose; Space toggles a behaviour; names are typed and confirmed with Enter or comma.
  await popupPage.keyboard.press('ArrowRight');
  await popupPage.keyboard.press('ArrowLeft');
  await expect(helped).toHaveAttribute('aria-checked', 'true');
  await popupPage.getByRole('button', { name: 'Listened' }).focus();
  await popupPage.keyboard.press('Space');
  await popupPage.getByRole('button', { name: 'Recognised / thanked' }).focus();
  await popupPage.keyboard.press('Space');
  await popupPage.getByRole('combobox', { name: 'With whom?' }).focus();
  await popupPage.keyboard.type('Sam Rivera');
  await popupPage.keyboard.press('Enter');
  await popupPage.keyboard.type('Priya,');
  await expect(popupPage.getByRole('button', { name: 'Remove Sam Rivera' })).toBeVisible();
  await expect(popupPage.getByRole('button', { name: 'Remove Priya' })).toBeVisible();
  await popupPage.getByRole('textbox', { name: /Note/ }).focus();
  await popupPage.keyboard.type('Thanked them for the release notes before the review');
  await shot(popupPage, 'popup-filled');
  await popupPage.keyboard.press('Enter');

  await expect(popupPage.getByText('Saved to your reflection log')).toBeVisible();
  await shot(popupPage, 'popup-saved');
  // The confirmation stays a few seconds to offer Undo; Esc closes it at once.
  await popupPage.keyboard.press('Escape');
  await expect.poll(() => harness.popupCloses).toBe(1);

  // The main window updated live.
  const entry = mainPage.getByRole('article', { name: /Helped at .* with Sam Rivera, Priya/ });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Listened');
  await expect(entry).toContainText('Recognised / thanked');
  await expect(entry).toContainText('Thanked them for the release notes before the review');
  await expect(mainPage.getByRole('heading', { name: /^Today · Saturday 21 November/ })).toBeVisible();
  await shot(mainPage, 'log-one-entry');

  // Edit: change the outcome, add a damager, rewrite the note.
  await entry.getByRole('button', { name: /^Edit/ }).click();
  const dialog = mainPage.getByRole('dialog', { name: 'Edit moment' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /Harmed/ }).click();
  await dialog.getByRole('button', { name: 'Interrupting' }).click();
  await dialog.getByRole('textbox', { name: /Note/ }).fill('Cut Priya off while she was explaining');
  await shot(mainPage, 'log-edit-dialog');
  await dialog.getByRole('button', { name: /Save changes/ }).click();
  await expect(dialog).toBeHidden();
  const edited = mainPage.getByRole('article', { name: /Harmed at .* with Sam Rivera, Priya/ });
  await expect(edited).toContainText('Interrupting');
  await expect(edited).toContainText('Cut Priya off while she was explaining');

  // Delete offers undo; undo brings it back exactly.
  await edited.getByRole('button', { name: /^Delete/ }).click();
  await expect(edited).toBeHidden();
  await expect(mainPage.getByRole('status').filter({ hasText: 'Moment deleted.' })).toBeVisible();
  await shot(mainPage, 'log-deleted-undo');
  await mainPage.getByRole('button', { name: 'Undo' }).click();
  await expect(mainPage.getByRole('article', { name: /Harmed at .* with Sam Rivera, Priya/ })).toContainText('Cut Priya off');

  // Quit and relaunch: everything is still there.
  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.getByRole('article', { name: /Harmed at .* with Sam Rivera, Priya/ })).toContainText('Interrupting');
  await expect(mainPage.getByRole('status').filter({ hasText: '1 entry' })).toBeVisible();

  // Delete for good, and it stays deleted after a restart.
  await mainPage.getByRole('button', { name: /^Delete/ }).click();
  await expect(mainPage.getByRole('heading', { name: 'No moments yet' })).toBeVisible();
  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.getByRole('heading', { name: 'No moments yet' })).toBeVisible();
});

test('names typed before are suggested, Esc closes the popup and keeps the draft', async ({ popupPage, harness }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: ['Sam Rivera', 'Samira Haddad'], note: '', meeting: null, source: 'tray' });
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: ['Alex Chen'], note: '', meeting: null, source: 'tray' });

  await popupPage.getByRole('radio', { name: /Harmed/ }).click();
  const who = popupPage.getByRole('combobox', { name: 'With whom?' });
  await who.click();
  await popupPage.keyboard.type('sa');
  const options = popupPage.getByRole('option');
  await expect(options).toHaveText(['Sam Rivera', 'Samira Haddad']);
  await popupPage.keyboard.press('ArrowDown');
  await popupPage.keyboard.press('ArrowDown');
  await popupPage.keyboard.press('Enter');
  await expect(popupPage.getByRole('button', { name: 'Remove Samira Haddad' })).toBeVisible();

  // Esc in the open suggestion list only closes the list; the next Esc closes the popup.
  await popupPage.keyboard.type('al');
  await expect(options).toHaveText(['Alex Chen']);
  await popupPage.keyboard.press('Escape');
  await expect(options).toHaveCount(0);
  expect(harness.popupCloses).toBe(0);
  await popupPage.keyboard.press('Escape');
  await expect.poll(() => harness.popupCloses).toBe(1);
  // The window is only hidden, so the draft is still there when it is shown again.
  await expect(popupPage.getByRole('radio', { name: /Harmed/ })).toHaveAttribute('aria-checked', 'true');
  await expect(popupPage.getByRole('button', { name: 'Remove Samira Haddad' })).toBeVisible();
});

test('the main process rejects bad input with a readable message and keeps saved data', async ({ mainPage, harness }) => {
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: ['warmth'], people: ['Sam'], note: 'kept', meeting: null, source: 'tray' });
  await mainPage.reload();
  await expect(mainPage.getByRole('article')).toHaveCount(1);

  const replies = await mainPage.evaluate(async () => {
    const tp = window.touchpoint;
    return [
      await tp.moments.add({ source: 'tray' } as never),
      await tp.moments.add({ valence: 'neutral', source: 'tray' } as never),
      await tp.moments.add({ valence: 'helped', tags: ['bribery'], source: 'tray' } as never),
      await tp.moments.add({ valence: 'helped', note: 'x'.repeat(100_000), source: 'tray' }),
      await tp.moments.add({ valence: 'helped', people: ['y'.repeat(500)], source: 'tray' }),
      await tp.moments.update({ id: 'no-such-id', patch: { note: 'x' } }),
    ];
  });
  expect(replies.map((r) => r.ok)).toEqual([false, false, false, false, false, false]);
  const messages = replies.map((r) => (r.ok ? '' : r.error.message));
  expect(messages[0]).toBe('Choose whether this moment helped or harmed trust.');
  expect(messages[1]).toBe('Choose whether this moment helped or harmed trust.');
  expect(messages[2]).toBe('Unknown behaviour tag: "bribery".');
  expect(messages[3]).toBe('Notes are limited to 4000 characters.');
  expect(messages[4]).toBe('Names are limited to 80 characters.');
  expect(messages[5]).toMatch(/no longer exists/);

  expect(harness.services.moments.count).toBe(1);
  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.getByRole('article')).toContainText('kept');
});

test('settings: the theme applies at once and is remembered', async ({ mainPage, harness, shot }) => {
  await mainPage.getByRole('link', { name: 'Settings' }).click();
  await expect(mainPage.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await shot(mainPage, 'settings');
  await mainPage.getByRole('radio', { name: 'Dark' }).check();
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(mainPage, 'settings-dark');
  await harness.restart();
  await mainPage.reload();
  await expect(mainPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(mainPage.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('a witnessed moment ("something I saw") is logged and shown as such', async ({ mainPage, popupPage, shot }) => {
  await popupPage.getByRole('radio', { name: 'Something I saw' }).check();
  await expect(popupPage.getByRole('group', { name: 'Did what you saw help or harm trust?' })).toBeVisible();
  await popupPage.getByRole('radio', { name: /Harmed/ }).click();
  await popupPage.getByRole('button', { name: 'Sarcasm' }).click();
  await popupPage.getByRole('combobox', { name: 'Who was involved?' }).fill('Jordan');
  await popupPage.keyboard.press('Enter');
  await popupPage.getByRole('textbox', { name: /Note/ }).fill('A sarcastic reply to a new joiner’s question in standup');
  await shot(popupPage, 'popup-witnessed');
  await popupPage.getByRole('button', { name: /^Save/ }).click();
  const entry = mainPage.getByRole('article', { name: /^Witnessed: Harmed at .* involving Jordan/ });
  await expect(entry).toContainText('Witnessed');
  await expect(entry).toContainText('Sarcasm');
  await shot(mainPage, 'log-witnessed');
});
