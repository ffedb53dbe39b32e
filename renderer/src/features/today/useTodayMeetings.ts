import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../../shared/contract/index';
import { call, errorMessage, subscribe } from '../../api';

export type DayMeetings = CommandOutput<'calendar.day'>;

/**
 * Today's meetings, refreshed when a sync brings new data, a calendar is turned on or off,
 * recoloured or renamed, or the day changes (`dayKey` is the renderer's today).
 */
export function useTodayMeetings(dayKey: string): { data: DayMeetings | null; error: string | null } {
  const [data, setData] = useState<DayMeetings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    let latest = 0;
    const load = () => {
      const mine = ++latest;
      call('calendar.day').then(
        (value) => {
          if (!active || mine !== latest) return;
          setData(value);
          setError(null);
        },
        (e: unknown) => active && mine === latest && setError(errorMessage(e)),
      );
    };
    load();
    const offMeetings = subscribe('calendar.meetingsChanged', load);
    const offSources = subscribe('calendar.sourcesChanged', load);
    return () => {
      active = false;
      offMeetings();
      offSources();
    };
  }, [dayKey]);

  return { data, error };
}

export function useCoachState(): CommandOutput<'coach.state'> | null {
  const [state, setState] = useState<CommandOutput<'coach.state'> | null>(null);
  useEffect(() => {
    let active = true;
    call('coach.state').then(
      (value) => active && setState(value),
      () => undefined,
    );
    const off = subscribe('coach.changed', setState);
    return () => {
      active = false;
      off();
    };
  }, []);
  return state;
}
