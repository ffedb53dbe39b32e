import { SettingsCard } from '../SettingsCard';
import { useCallback, useState } from 'react';
import { Toast } from '../../../components/Toast';
import { useNow } from '../../today/useNow';
import { AddCalendarDialog } from './AddCalendarDialog';
import { SourceItem } from './SourceItem';
import { useCalendarSources } from './useCalendarSources';

/** Settings → Calendars: the connected calendars and "Add a calendar". */
export function CalendarsSection(props: { headingId: string }) {
  const { sources, error } = useCalendarSources();
  const [adding, setAdding] = useState(false);
  const [toast, setToast] = useState<string | null>(null);
  const now = useNow(30_000);
  const closeToast = useCallback(() => setToast(null), []);

  return (
    <SettingsCard
      headingId={props.headingId}
      title="Calendars"
      description="Touchpoint reads your calendars to know when your meetings are. Nothing is ever written back."
      action={
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          Add a calendar…
        </button>
      }
    >
      {error && (
        <div className="alert" role="alert">
          Your calendars could not be listed: {error}
        </div>
      )}
      {sources && sources.length === 0 && (
        <p className="settings-section__empty">No calendar connected yet. Without one, Touchpoint can’t time check-ins around your meetings — but you can still log moments any time.</p>
      )}
      {sources && sources.length > 0 && (
        <ul className="sources" aria-label="Connected calendars">
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} now={now} />
          ))}
        </ul>
      )}
      {adding && (
        <AddCalendarDialog
          onClose={() => setAdding(false)}
          onAdded={(source) => {
            setAdding(false);
            setToast(`“${source.name}” added.`);
          }}
        />
      )}
      {toast && <Toast message={toast} onDone={closeToast} />}
    </SettingsCard>
  );
}
