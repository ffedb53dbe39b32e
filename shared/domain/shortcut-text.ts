/**
 * An Electron accelerator ("CommandOrControl+Shift+L") as people read it on their OS: "⇧⌘L"
 * on a Mac (symbols in Apple's order: Control, Option, Shift, Command), "Ctrl+Shift+L" elsewhere.
 */
const MAC_SYMBOLS: Record<string, string> = { control: '⌃', ctrl: '⌃', alt: '⌥', option: '⌥', altgr: '⌥', shift: '⇧', command: '⌘', cmd: '⌘', commandorcontrol: '⌘', cmdorctrl: '⌘', super: '⌘', meta: '⌘' };
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];
const OTHER_NAMES: Record<string, string> = { control: 'Ctrl', ctrl: 'Ctrl', commandorcontrol: 'Ctrl', cmdorctrl: 'Ctrl', command: 'Super', cmd: 'Super', super: 'Super', meta: 'Super', alt: 'Alt', option: 'Alt', altgr: 'AltGr', shift: 'Shift' };

/** `os`: Node's platform name ("darwin", "win32", "linux"), as app.info reports it. */
export function shortcutText(accelerator: string, os: string): string {
  const parts = accelerator.split('+').filter((p) => p !== '');
  const key = (parts.pop() ?? '').toUpperCase();
  const modifiers = parts.map((p) => p.toLowerCase());
  if (os === 'darwin') {
    const symbols = modifiers.map((m) => MAC_SYMBOLS[m] ?? m);
    return `${MAC_ORDER.filter((s) => symbols.includes(s)).join('')}${key}`;
  }
  return [...modifiers.map((m) => OTHER_NAMES[m] ?? m), key].join('+');
}
