import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../../shared/contract/index';
import type { Settings } from '../../../../shared/domain/settings';
import { call, subscribe } from '../../api';
import { CalendarsSection } from './calendars/CalendarsSection';
import { CheckInsSection } from './CheckInsSection';
import { DataAdmin } from './data/DataAdmin';
import { useFieldError } from './fields';
import { MeetingRulesSection } from './MeetingRulesSection';
import { PrivacySection } from './PrivacySection';
import { SettingsCard } from './SettingsCard';
import { sectionHeadingId, showSection, takePendingSection, type SettingsSection } from './section-target';
import { SystemSection } from './SystemSection';
import { useSettings } from './useSettings';
import { FieldError } from '../../components/FieldError';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const SECTIONS: { id: SettingsSection; label: string }[] = [
  { id: 'calendars', label: 'Calendars' },
  { id: 'check-ins', label: 'Check-ins' },
  { id: 'meetings', label: 'Meetings that count' },
  { id: 'system', label: 'Shortcut and start-up' },
  { id: 'appearance', label: 'Appearance' },
  { id: 'privacy', label: 'Privacy lock' },
  { id: 'data', label: 'Your data' },
];

/**
 * Settings take effect as soon as they are changed; there is no Save button to forget. Each
 * change is checked with the shared schemas first (the message appears next to the field),
 * and the main process checks it again; if it refuses, the screen shows what is really saved.
 */
export function SettingsView() {
  const { settings, loadError, update } = useSettings();
  const [info, setInfo] = useState<CommandOutput<'app.info'> | null>(null);
  const [themeError, reportTheme] = useFieldError();

  useEffect(() => {
    const refresh = () => void call('app.info').then(setInfo, () => undefined);
    refresh();
    // Whether the OS accepted the shortcut changes with the setting.
    return subscribe('settings.changed', refresh);
  }, []);

  const ready = settings !== null;
  useEffect(() => {
    if (!ready) return;
    const section = takePendingSection();
    if (section) showSection(section);
  }, [ready]);

  return (
    <section className="view view--settings" aria-labelledby="settings-title">
      <header className="view__header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <nav className="section-jump" aria-label="Sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <button type="button" className="section-jump__link" onClick={() => showSection(s.id)}>
                {s.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {loadError && (
        <div className="alert" role="alert">
          {loadError}
        </div>
      )}
      <CalendarsSection headingId={sectionHeadingId('calendars')} />
      {settings && (
        <>
          <CheckInsSection headingId={sectionHeadingId('check-ins')} coach={settings.coach} onSave={(coach) => update({ coach })} />
          <MeetingRulesSection headingId={sectionHeadingId('meetings')} rules={settings.meetingRules} onSave={(meetingRules) => update({ meetingRules })} />
          <SystemSection
            headingId={sectionHeadingId('system')}
            shortcut={settings.shortcut.logMoment}
            launchAtLogin={settings.launchAtLogin}
            info={info}
            onShortcut={(logMoment) => update({ shortcut: { logMoment } })}
            onLaunchAtLogin={(launchAtLogin) => update({ launchAtLogin })}
          />
          <SettingsCard headingId={sectionHeadingId('appearance')} title="Appearance">
            <fieldset className="settings-group">
              <legend className="field__label">Theme</legend>
              {THEMES.map((t) => (
                <label key={t.value} className="radio">
                  <input type="radio" name="theme" value={t.value} checked={settings.theme === t.value} onChange={() => reportTheme(update({ theme: t.value }))} />
                  {t.label}
                </label>
              ))}
            </fieldset>
            <FieldError message={themeError} />
          </SettingsCard>
          <PrivacySection headingId={sectionHeadingId('privacy')} privacy={settings.privacy} platform={info?.platform ?? null} onSave={(privacy) => update({ privacy })} />
        </>
      )}
      {info && (
        <SettingsCard
          headingId={sectionHeadingId('data')}
          title="Your data"
          description="Everything stays on this computer. Touchpoint sends nothing anywhere; it only reads the calendars you connect."
        >
          <dl className="facts">
            <dt>Data folder</dt>
            <dd>
              <code>{info.dataDirectory}</code>
            </dd>
            <dt>Time zone</dt>
            <dd>{info.timeZone}</dd>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </dl>
          <DataAdmin dataFolder={info.dataDirectory} />
        </SettingsCard>
      )}
    </section>
  );
}
