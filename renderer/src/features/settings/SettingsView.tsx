import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

const SECTIONS: readonly SettingsSection[] = ['calendars', 'check-ins', 'meetings', 'system', 'appearance', 'privacy', 'data'];

/**
 * Settings take effect as soon as they are changed; there is no Save button to forget. Each
 * change is checked with the shared schemas first (the message appears next to the field),
 * and the main process checks it again; if it refuses, the screen shows what is really saved.
 */
export function SettingsView() {
  const { t } = useTranslation('settings');
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
        <h1 id="settings-title">{t('title')}</h1>
      </header>
      <nav className="section-jump" aria-label={t('sectionsLabel')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <button type="button" className="section-jump__link" onClick={() => showSection(section)}>
                {t(`sections.${section}`)}
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
          <SettingsCard headingId={sectionHeadingId('appearance')} title={t('sections.appearance')}>
            <fieldset className="settings-group">
              <legend className="field__label">{t('appearance.theme')}</legend>
              {THEMES.map((theme) => (
                <label key={theme} className="radio">
                  <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => reportTheme(update({ theme }))} />
                  {t(`appearance.themes.${theme}`)}
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
          title={t('sections.data')}
          description={t('data.description')}
        >
          <dl className="facts">
            <dt>{t('data.folder')}</dt>
            <dd>
              <code>{info.dataDirectory}</code>
            </dd>
            <dt>{t('data.timeZone')}</dt>
            <dd>{info.timeZone}</dd>
            <dt>{t('data.version')}</dt>
            <dd>{info.version}</dd>
          </dl>
          <DataAdmin dataFolder={info.dataDirectory} />
        </SettingsCard>
      )}
    </section>
  );
}
