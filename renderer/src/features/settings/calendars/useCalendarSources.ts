import { useCallback, useEffect, useState } from 'react';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage, subscribe } from '../../../api';

export interface CalendarSources {
  sources: CalendarSourceView[] | null;
  error: string | null;
  reload: () => void;
}

/** The connected calendars with their live status (syncs report as they start and end). */
export function useCalendarSources(): CalendarSources {
  const [sources, setSources] = useState<CalendarSourceView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    call('calendar.sources').then(
      (list) => {
        setSources(list);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  useEffect(() => {
    reload();
    const offSources = subscribe('calendar.sourcesChanged', setSources);
    const offStatus = subscribe('calendar.statusChanged', (status) =>
      setSources((list) => list?.map((source) => (source.id === status.sourceId ? { ...source, status } : source)) ?? list),
    );
    return () => {
      offSources();
      offStatus();
    };
  }, [reload]);

  return { sources, error, reload };
}
