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

  update(patch: SettingsPatch): Settings {
    const next = SettingsSchema.parse({ ...this.current, ...patch });
    this.backend.write(next);
    this.current = next;
    this.emit('settings.changed', next);
    return next;
  }
}
