import { useTranslation } from 'react-i18next';
import { SAVE_KEYS_LABEL } from '../../components/keyboard';

/** keyboard.ts names the keys as a Mac ("⌘ Enter") or an English keyboard ("Ctrl Enter") does. */
const ON_MAC = !SAVE_KEYS_LABEL.startsWith('Ctrl');

/** The save shortcut as the user's keyboard labels it: "⌘ Enter", "Ctrl Enter", or "Strg Enter" on a German one. */
export function useSaveKeysLabel(): string {
  const { t } = useTranslation('moment');
  return ON_MAC ? SAVE_KEYS_LABEL : t('keys.ctrlEnter');
}
