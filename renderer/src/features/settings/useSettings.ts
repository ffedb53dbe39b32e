import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { call, errorMessage, subscribe } from '../../api';

export interface SettingsHandle {
  settings: Settings | null;
  /** Why the settings could not be loaded, if they could not. */
  loadError: string | null;
  /**
   * Shows the change at once and sends it; if the main process refuses, the screen goes back
   * to what is really saved and the promise gives the refusal in plain words (else null).
   */
  update: (patch: SettingsPatch) => Promise<string | null>;
}

/** The user's settings, kept current with changes made elsewhere (tray, another window). */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Answers can arrive out of order when changes follow each other quickly: keep the newest.
  const sequence = useRef(0);

  useEffect(() => {
    let active = true;
    call('settings.get').then(
      (value) => active && setSettings(value),
      (e: unknown) => active && setLoadError(errorMessage(e)),
    );
    const unsubscribe = subscribe('settings.changed', setSettings);
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const update = useCallback(async (patch: SettingsPatch): Promise<string | null> => {
    const mine = ++sequence.current;
    setSettings((current) => (current ? ({ ...current, ...patch } as Settings) : current));
    try {
      const saved = await call('settings.update', patch);
      if (mine === sequence.current) setSettings(saved);
      return null;
    } catch (e) {
      // Roll back to what is really stored rather than to a snapshot that may be stale.
      const saved = await call('settings.get').catch(() => null);
      if (saved) setSettings(saved);
      return errorMessage(e);
    }
  }, []);

  return { settings, loadError, update };
}
