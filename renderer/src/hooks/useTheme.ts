import { useEffect } from 'react';
import { call, subscribe } from '../api';

/** Applies the theme setting: "system" follows the OS, light/dark override it. */
export function useTheme(): void {
  useEffect(() => {
    const apply = (theme: string) => {
      if (theme === 'system') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
    };
    call('settings.get')
      .then((s) => apply(s.theme))
      .catch(() => undefined);
    return subscribe('settings.changed', (s) => apply(s.theme));
  }, []);
}
