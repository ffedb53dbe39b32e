/**
 * An Electron accelerator ("CommandOrControl+Shift+L") as people read it on their OS: "⇧⌘L"
 * on a Mac (symbols in Apple's order: Control, Option, Shift, Command), and elsewhere spelled out
 * with the modifiers as the keyboard labels them: "Ctrl+Shift+L", "Strg+Umschalt+L" in German.
 */
const MAC_SYMBOLS: Record<string, string> = { control: '⌃', ctrl: '⌃', alt: '⌥', option: '⌥', altgr: '⌥', shift: '⇧', command: '⌘', cmd: '⌘', commandorcontrol: '⌘', cmdorctrl: '⌘', super: '⌘', meta: '⌘' };
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];

/** The modifier keys' names in the user's language (the catalog's `common:keys.modifiers`). */
export interface ModifierNames {
  ctrl: string;
  shift: string;
  alt: string;
  altGr: string;
  super: string;
}

const MODIFIER_OF: Record<string, keyof ModifierNames> = { control: 'ctrl', ctrl: 'ctrl', commandorcontrol: 'ctrl', cmdorctrl: 'ctrl', command: 'super', cmd: 'super', super: 'super', meta: 'super', alt: 'alt', option: 'alt', altgr: 'altGr', shift: 'shift' };

/** `os`: Node's platform name ("darwin", "win32", "linux"), as app.info reports it. */
export function shortcutText(accelerator: string, os: string, names: ModifierNames): string {
  const parts = accelerator.split('+').filter((p) => p !== '');
  const key = (parts.pop() ?? '').toUpperCase();
  const modifiers = parts.map((p) => p.toLowerCase());
  if (os === 'darwin') {
    const symbols = modifiers.map((m) => MAC_SYMBOLS[m] ?? m);
    return `${MAC_ORDER.filter((s) => symbols.includes(s)).join('')}${key}`;
  }
  const named = modifiers.map((m) => (MODIFIER_OF[m] ? names[MODIFIER_OF[m]] : m));
  return [...named, key].join('+');
}

/** The Electron name each modifier is saved under: the key typed, on every OS (Ctrl is Control, ⌃ on a Mac). */
const ACCELERATOR_NAME: Record<keyof ModifierNames, string> = { ctrl: 'Control', shift: 'Shift', alt: 'Alt', altGr: 'AltGr', super: 'Super' };

/**
 * A shortcut typed with the modifiers as the keyboard labels them ("Strg+Umschalt+L") in
 * Electron's words ("Control+Shift+L"). Electron's own words ("Ctrl", "CommandOrControl"), and
 * anything else, are left as typed, for the accelerator's own check to accept or explain.
 */
export function acceleratorFromText(text: string, names: ModifierNames): string {
  const modifiers = Object.keys(ACCELERATOR_NAME) as (keyof ModifierNames)[];
  const byName = new Map(modifiers.map((modifier) => [names[modifier].toLowerCase(), ACCELERATOR_NAME[modifier]]));
  return text
    .split('+')
    .map((part) => part.trim())
    .map((part) => (MODIFIER_OF[part.toLowerCase()] ? part : (byName.get(part.toLowerCase()) ?? part)))
    .join('+');
}
