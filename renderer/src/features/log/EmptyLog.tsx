import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../../shared/contract/index';
import { shortcutText } from '../../../../shared/domain/shortcut-text';
import { call, subscribe } from '../../api';

type Shortcut = CommandOutput<'app.info'>['shortcut'];

/** The shortcut as configured now, written for this OS; null when there is none or the OS refused it. */
function useShortcutText(): string | null {
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
  return shortcutText(found.shortcut.accelerator, found.os);
}

/** An empty log says how moments get in: the tray menu, the global shortcut (as set) and the button above. */
export function EmptyLog() {
  const shortcut = useShortcutText();
  return (
    <div className="empty">
      <h2>No moments yet</h2>
      <p className="muted">
        After a conversation, take forty seconds: did it help or harm trust, and what did you do? Use “Log a moment…” in the tray menu
        {shortcut ? (
          <>
            , press <kbd className="kbd">{shortcut}</kbd> from any app,
          </>
        ) : (
          ','
        )}{' '}
        or the “Log a moment” button above.
      </p>
    </div>
  );
}
