import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../../shared/contract/index';
import type { Settings } from '../../../../shared/domain/settings';
import { call, errorMessage, subscribe } from '../../api';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Settings take effect as soon as they are changed; there is no Save button to forget. */
export function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<CommandOutput<'app.info'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('settings.get').then(setSettings, (e: unknown) => setError(errorMessage(e)));
    call('app.info').then(setInfo, () => undefined);
    return subscribe('settings.changed', setSettings);
  }, []);

  // Show the change at once (a radio that waits for the round-trip feels broken); roll back if refused.
  const update = (patch: Partial<Settings>) => {
    const before = settings;
    if (before) setSettings({ ...before, ...patch });
    setError(null);
    call('settings.update', patch).then(setSettings, (e: unknown) => {
      setSettings(before);
      setError(errorMessage(e));
    });
  };

  return (
    <section className="view" aria-labelledby="settings-title">
      <header className="view__header">
        <h1 id="settings-title">Settings</h1>
      </header>
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      {settings && (
        <div className="card">
          <fieldset className="settings-group">
            <legend className="field__label">Appearance</legend>
            {THEMES.map((t) => (
              <label key={t.value} className="radio">
                <input type="radio" name="theme" value={t.value} checked={settings.theme === t.value} onChange={() => update({ theme: t.value })} />
                {t.label}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {info && (
        <div className="card">
          <h2>Your data</h2>
          <p className="muted">Everything stays on this computer. Touchpoint sends nothing anywhere.</p>
          <dl className="facts">
            <dt>Data folder</dt>
            <dd>
              <code>{info.dataDirectory}</code>
            </dd>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
