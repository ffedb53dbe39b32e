import { useCallback, useEffect, useRef, useState } from 'react';
import type { Moment } from '../../../../shared/domain/moment';
import { call, errorMessage, subscribe } from '../../api';

const PAGE_SIZE = 200;

interface LogState {
  moments: Moment[];
  total: number;
  nextCursor: string | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

/** The reflection log's data: newest first, paged, refreshed live on any change. */
export function useMomentLog() {
  const [state, setState] = useState<LogState>({ moments: [], total: 0, nextCursor: null, status: 'loading', error: null });
  const loaded = useRef(PAGE_SIZE);

  const reload = useCallback(async () => {
    try {
      const page = await call('moments.list', { limit: Math.min(1000, Math.max(PAGE_SIZE, loaded.current)) });
      setState({ moments: page.moments, total: page.total, nextCursor: page.nextCursor, status: 'ready', error: null });
    } catch (error) {
      setState((s) => ({ ...s, status: 'error', error: errorMessage(error) }));
    }
  }, []);

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor) return;
    try {
      const page = await call('moments.list', { limit: PAGE_SIZE, before: cursor });
      loaded.current += page.moments.length;
      setState((s) => ({ ...s, moments: [...s.moments, ...page.moments], nextCursor: page.nextCursor, total: page.total }));
    } catch (error) {
      setState((s) => ({ ...s, error: errorMessage(error) }));
    }
  }, [state.nextCursor]);

  useEffect(() => {
    void reload();
    return subscribe('moments.changed', () => void reload());
  }, [reload]);

  return { ...state, reload, loadMore };
}
