import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/index';
import { shortcutText } from '../../../../shared/domain/shortcut-text';
import { call, subscribe } from '../../api';

type Shortcut = CommandOutput<'app.info'>['shortcut'];

/** The shortcut as configured now, written for this OS; null when there is none or the OS refused it. */
function useShortcutText(): string | null {
  const { t } = useTranslation('common');
  const [found, setFound] = useState<{ shortcut: Shortcut; os: string } | null>(null);
  useEffect(() => {
    let active = true;
    const load = () => void call('app.info').then((info) => active && setFound({ shortcut: info.shortcut, os: info.platform.os }), () => undefined);
    load();
    const off = subscribe('settings.changed', load);
    return () => {
      active = false;
      off();
    };
  }, []);
  if (!found?.shortcut.accelerator || found.shortcut.registered === false) return null;
  return shortcutText(found.shortcut.accelerator, found.os, t('keys.modifiers', { returnObjects: true }));
}

/** An empty log says how moments get in: the tray menu, the global shortcut (as set) and the button above. */
export function EmptyLog() {
  const { t } = useTranslation('log');
  const shortcut = useShortcutText();
  return (
    <div className="empty">
      <h2>{t('empty.title')}</h2>
      <p className="muted">
        {shortcut ? (
          <Trans t={t} i18nKey="empty.withShortcut" values={{ shortcut }} components={{ kbd: <kbd className="kbd" /> }} />
        ) : (
          t('empty.withoutShortcut')
        )}
      </p>
    </div>
  );
}
