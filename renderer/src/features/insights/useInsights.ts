import { useCallback, useEffect, useRef, useState } from 'react';
import type { InsightsOverview, PersonEntry } from '../../../../shared/domain/insights';
import { call, errorMessage, subscribe } from '../../api';

interface InsightsState {
  overview: InsightsOverview | null;
  people: PersonEntry[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

const REFRESH_DELAY_MS = 300;

/**
 * The page's data for the last `weeks` weeks. Anything that changes what it shows (a moment,
 * a check-in, the calendar, the "not reached" setting) refreshes it, a burst of changes once.
 */
export function useInsights(weeks: number) {
  const [state, setState] = useState<InsightsState>({ overview: null, people: [], status: 'loading', error: null });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const [overview, people] = await Promise.all([call('insights.overview', { weeks }), call('insights.people')]);
      if (request === latest.current) setState({ overview, people, status: 'ready', error: null });
    } catch (error) {
      if (request === latest.current) setState((s) => ({ ...s, status: 'error', error: errorMessage(error) }));
    }
  }, [weeks]);

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), REFRESH_DELAY_MS);
    };
    const unsubscribe = [
      subscribe('moments.changed', soon),
      subscribe('log.changed', soon),
      subscribe('settings.changed', soon),
      subscribe('calendar.meetingsChanged', soon),
    ];
    return () => {
      clearTimeout(timer);
      for (const off of unsubscribe) off();
    };
  }, [load]);

  return { ...state, reload: load };
}
