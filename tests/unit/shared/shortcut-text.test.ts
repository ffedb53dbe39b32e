import { describe, expect, it } from 'vitest';
import { shortcutText } from '../../../shared/domain/shortcut-text';

describe('the global shortcut as the OS writes it', () => {
  it('uses symbols in Apple’s order on a Mac', () => {
    expect(shortcutText('CommandOrControl+Shift+L', 'darwin')).toBe('⇧⌘L');
    expect(shortcutText('Shift+Alt+Control+k', 'darwin')).toBe('⌃⌥⇧K');
  });

  it('spells the modifiers out on Windows and Linux, CommandOrControl being Ctrl', () => {
    expect(shortcutText('CommandOrControl+Shift+L', 'win32')).toBe('Ctrl+Shift+L');
    expect(shortcutText('CmdOrCtrl+Alt+F12', 'linux')).toBe('Ctrl+Alt+F12');
    expect(shortcutText('Super+M', 'linux')).toBe('Super+M');
  });
});
