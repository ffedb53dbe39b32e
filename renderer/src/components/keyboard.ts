import { useTranslation } from 'react-i18next';
import type { Valence } from '../../../shared/domain/moment';

/**
 * One key picks the outcome: 1 for helped, 2 for harmed (shown on the two buttons). Digits, not
 * letters, and only while focus is outside a text field, so typing a name or a note never
 * changes the answer.
 */
export const VALENCE_KEYS: Record<string, Valence> = { '1': 'helped', '2': 'harmed' };

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((target as HTMLInputElement).type);
}

/** The outcome a plain key press picks, or null (modifier held, text field focused, other key). */
export function valenceForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): Valence | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  return VALENCE_KEYS[event.key] ?? null;
}

const ON_MAC = typeof navigator !== 'undefined' && /Mac/u.test(navigator.platform);

/** Ctrl+Enter saves from anywhere in a form (⌘+Enter on a Mac); shown on the Save buttons ("Strg Enter" in German). */
export function useSaveKeysLabel(): string {
  const { t } = useTranslation();
  return ON_MAC ? t('keys.saveMac') : t('keys.save');
}


export function isSaveKey(event: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}
