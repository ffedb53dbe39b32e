import { describe, expect, it } from 'vitest';
import { acceleratorFromText, shortcutText } from '../../../shared/domain/shortcut-text';
import de from '../../../shared/i18n/de/common';
import en from '../../../shared/i18n/en/common';

describe('the global shortcut as the OS writes it', () => {
  it('uses symbols in Apple’s order on a Mac, whatever the language', () => {
    expect(shortcutText('CommandOrControl+Shift+L', 'darwin', en.keys.modifiers)).toBe('⇧⌘L');
    expect(shortcutText('Shift+Alt+Control+k', 'darwin', de.keys.modifiers)).toBe('⌃⌥⇧K');
  });

  it('spells the modifiers out on Windows and Linux, CommandOrControl being Ctrl', () => {
    expect(shortcutText('CommandOrControl+Shift+L', 'win32', en.keys.modifiers)).toBe('Ctrl+Shift+L');
    expect(shortcutText('CmdOrCtrl+Alt+F12', 'linux', en.keys.modifiers)).toBe('Ctrl+Alt+F12');
    expect(shortcutText('Super+M', 'linux', en.keys.modifiers)).toBe('Super+M');
  });

  it('names the modifiers as the keyboard of the user’s language labels them', () => {
    expect(shortcutText('CommandOrControl+Shift+L', 'win32', de.keys.modifiers)).toBe('Strg+Umschalt+L');
    expect(shortcutText('Control+AltGr+F5', 'linux', de.keys.modifiers)).toBe('Strg+Alt Gr+F5');
  });

  it('reads a shortcut typed as the keyboard labels it back in Electron’s words', () => {
    expect(acceleratorFromText('Strg+Umschalt+L', de.keys.modifiers)).toBe('Control+Shift+L');
    expect(acceleratorFromText('strg + alt gr + F5', de.keys.modifiers)).toBe('Control+AltGr+F5');
    // Electron's own words stay as typed (on a Mac, Ctrl is the Control key, not Command).
    expect(acceleratorFromText('Ctrl+Shift+L', en.keys.modifiers)).toBe('Ctrl+Shift+L');
    expect(acceleratorFromText('CommandOrControl+Alt+K', de.keys.modifiers)).toBe('CommandOrControl+Alt+K');
    // Anything else is left for the accelerator's check.
    expect(acceleratorFromText('Hyper+K', en.keys.modifiers)).toBe('Hyper+K');
    // Written back, it reads as typed.
    expect(shortcutText(acceleratorFromText('Strg+Umschalt+L', de.keys.modifiers), 'win32', de.keys.modifiers)).toBe('Strg+Umschalt+L');
    expect(shortcutText(acceleratorFromText('Strg+Umschalt+L', de.keys.modifiers), 'darwin', de.keys.modifiers)).toBe('⌃⇧L');
  });
});
