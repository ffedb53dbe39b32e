import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/** Presses keys one by one and counts them, so the keyboard-only path has a measured length. */
function keyCounter(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    },
    /** The global shortcut that opened the popup counts as a press too. */
    count: (n: number) => (presses += n),
    get presses() {
      return presses;
    },
  };
}

test('Enter or Space on a focused chip toggles it and never saves the moment', async ({ harness, popupPage }) => {
  await expect(popupPage.getByRole('radio', { name: /Helped/ })).toBeFocused(); // the popup opens on the first choice
  await popupPage.keyboard.press('Space'); // picks Helped, the focused choice
  await expect(popupPage.getByRole('radio', { name: /Helped/ })).toHaveAttribute('aria-checked', 'true');
  const listened = popupPage.getByRole('button', { name: 'Listened' });
  await listened.focus();
  await popupPage.keyboard.press('Enter');
  await expect(listened).toHaveAttribute('aria-pressed', 'true');
  await popupPage.keyboard.press('Enter');
  await expect(listened).toHaveAttribute('aria-pressed', 'false');
  await popupPage.keyboard.press('Space');
  await expect(listened).toHaveAttribute('aria-pressed', 'true');
  // Still the form, and nothing was saved: Enter on a chip used to save a bare "Helped" entry.
  await expect(popupPage.getByRole('heading', { name: 'Log a moment' })).toBeVisible();
  expect(harness.services.moments.list(10).moments).toEqual([]);
});

test('a keyboard-only moment takes at most 8 key presses, and Undo really removes it', async ({ harness, popupPage, shot }) => {
  const keys = keyCounter(popupPage);
  keys.count(1); // the global shortcut opened the popup (the fixture does what the shortcut does)
  await expect(popupPage.getByRole('radio', { name: /Helped/ })).toBeFocused();

  await keys.press('1'); // helped
  await expect(popupPage.getByRole('radio', { name: /Helped/ })).toHaveAttribute('aria-checked', 'true');
  await keys.press('Tab'); // into the builders: one Tab stop for the whole group
  await expect(popupPage.getByRole('button', { name: 'Authenticity' })).toBeFocused();
  await keys.press('ArrowRight'); // the arrows move within the group…
  await expect(popupPage.getByRole('button', { name: 'Empathy' })).toBeFocused();
  await shot(popupPage, 'keyboard-chip-focus');
  await keys.press('Space'); // …and Space toggles the focused chip
  await keys.press('Control+Enter');
  await expect(popupPage.getByText('Saved to your reflection log')).toBeVisible();
  console.log(`keyboard: a moment by keyboard alone took ${keys.presses} key presses`);
  expect(keys.presses).toBeLessThanOrEqual(8);

  const [saved] = harness.services.moments.list(10).moments;
  expect(saved).toMatchObject({ valence: 'helped', tags: ['empathy'], source: 'tray' });
  await shot(popupPage, 'keyboard-saved-undo');

  // Undo goes through the main process: the entry is gone from the log, not just from the screen.
  await popupPage.keyboard.press('Control+z');
  await expect(popupPage.getByText('Taken back')).toBeVisible();
  expect(harness.services.moments.list(10).moments).toEqual([]);
  await popupPage.keyboard.press('Escape');
  await expect.poll(() => harness.popupCloses).toBe(1);
});

test('1 and 2 pick the outcome only outside text fields; Tab leaves a chip group in one step', async ({ popupPage }) => {
  const harmed = popupPage.getByRole('radio', { name: /Harmed/ });
  await popupPage.keyboard.press('2');
  await expect(harmed).toHaveAttribute('aria-checked', 'true');
  const note = popupPage.getByRole('textbox', { name: /Note/ });
  await note.focus();
  await popupPage.keyboard.type('1 on 1 ran late');
  await expect(note).toHaveValue('1 on 1 ran late');
  await expect(harmed).toHaveAttribute('aria-checked', 'true');

  await popupPage.getByRole('button', { name: 'Blame' }).focus();
  await popupPage.keyboard.press('End');
  await expect(popupPage.getByRole('button', { name: 'Indifference' })).toBeFocused();
  await popupPage.keyboard.press('Tab');
  await expect(popupPage.getByRole('combobox', { name: 'With whom?' })).toBeFocused();
  await popupPage.keyboard.press('Shift+Tab');
  // Back into the group where the user left it (roving tabindex), not at its first chip.
  await expect(popupPage.getByRole('button', { name: 'Indifference' })).toBeFocused();
});
