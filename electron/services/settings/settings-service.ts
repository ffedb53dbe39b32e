import type { PauseState } from '../../../shared/domain/coach';
import { SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/domain/settings';
import type { Emit } from '../events';

/**
 * Where settings are kept. In the app this is electron-store (a JSON file in the user-data
 * folder); the service only needs read and write of the whole object.
 */
export interface SettingsBackend {
  read(): unknown;
  write(settings: Settings): void;
}

export class SettingsService {
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly backend: SettingsBackend,
    private readonly emit: Emit,
  ) {
    // Every field has a fallback, so a hand-edited or older file still loads.
    this.current = SettingsSchema.parse(backend.read() ?? {});
  }

  get(): Settings {
    return this.current;
  }

  /** In-process listeners (the coach re-plans); windows hear about it through 'settings.changed'. */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pause is state, not a preference: set by the tray and the coach, not the settings form. */
  setPause(pause: PauseState): Settings {
    return this.write({ ...this.current, pause });
  }

  update(patch: SettingsPatch): Settings {
    return this.write({ ...this.current, ...patch });
  }

  /** Reads the file again (it was replaced or deleted under the service, by "delete all my data"). */
  reload(): Settings {
    this.current = SettingsSchema.parse(this.backend.read() ?? {});
    this.emit('settings.changed', this.current);
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  private write(candidate: unknown): Settings {
    const next = SettingsSchema.parse(candidate);
    this.backend.write(next);
    this.current = next;
    this.emit('settings.changed', next);
    for (const listener of this.listeners) listener(next);
    return next;
  }
}
