import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../settings/useSettings';
import { withOwnAddresses } from '../../../../shared/domain/self';
import { Welcome } from './Welcome';

/**
 * Until the first-run setup is finished or skipped, the main window's landing view shows the
 * welcome instead. Other views stay reachable (the navigation, or the tray's "Open …" items).
 * Until the settings say which, the landing view is there but hidden: it asks for its data
 * alongside the settings, not one answer after them (at every start after the first). If the
 * settings cannot be read, the landing view shows: it says what it cannot load itself, and a
 * window left blank would say nothing.
 */
export function FirstRun(props: { children: ReactNode }) {
  const { t } = useTranslation('onboarding');
  const { settings, loadError, update } = useSettings();
  // Kept here: if saving "onboarded" fails, the welcome comes back and must say why.
  const [error, setError] = useState<string | null>(null);
  if (!settings || settings.onboarded) {
    return (
      <div className="first-run__landing" hidden={!settings && !loadError}>
        {loadError && (
          <div className="alert" role="alert">
            {t('settingsLoadFailed', { error: loadError })}
          </div>
        )}
        {props.children}
      </div>
    );
  }
  return (
    <Welcome
      error={error}
      onDone={async (addresses) => {
        setError(null);
        const meetingRules = addresses ? withOwnAddresses(settings.meetingRules, addresses.emails, addresses.offered) : undefined;
        setError(await update(meetingRules ? { onboarded: true, meetingRules } : { onboarded: true }));
      }}
    />
  );
}
