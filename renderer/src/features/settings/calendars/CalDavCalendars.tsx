import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage } from '../../../api';
import { ColorSwatch } from '../../../components/ColorSwatch';
import { FieldError } from '../../../components/FieldError';

type CalDavSource = Extract<CalendarSourceView, { kind: 'caldav' }>;

/** Which of a CalDAV account's calendars count; a change applies at once (and fetches the newly chosen). */
export function CalDavCalendars(props: { source: CalDavSource }) {
  const { source } = props;
  const { t } = useTranslation('settingsCalendars');
  const [error, setError] = useState<string | null>(null);
  const saved = source.calendars.filter((c) => c.selected).map((c) => c.url);
  const savedKey = saved.join('\n');
  // The choice shows at once; what the main process saved wins as soon as it comes back.
  const [pending, setPending] = useState<{ base: string; urls: string[] } | null>(null);
  const chosen = pending && pending.base === savedKey ? pending.urls : saved;

  const toggle = (url: string, on: boolean) => {
    const next = on ? [...chosen, url] : chosen.filter((u) => u !== url);
    if (next.length === 0) return setError(t('caldavCalendars.keepOne'));
    setError(null);
    setPending({ base: savedKey, urls: next });
    call('calendar.setCalendars', { id: source.id, urls: next }).catch((e: unknown) => {
      setPending(null);
      setError(errorMessage(e));
    });
  };

  return (
    <details className="source__calendars">
      <summary>{t('caldavCalendars.summary', { chosen: chosen.length, total: source.calendars.length })}</summary>
      <fieldset className="settings-group">
        <legend className="visually-hidden">{t('caldavCalendars.legend', { name: source.name })}</legend>
        {source.calendars.map((calendar) => (
          <label key={calendar.url} className="check-option">
            <input type="checkbox" checked={chosen.includes(calendar.url)} onChange={(event) => toggle(calendar.url, event.target.checked)} />
            {calendar.color && <ColorSwatch color={calendar.color} />}
            {calendar.displayName || calendar.url}
          </label>
        ))}
      </fieldset>
      <FieldError message={error} />
    </details>
  );
}
