import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogEntry, LogQuery } from '../../../../shared/domain/log';
import { call, errorMessage, subscribe } from '../../api';

const PAGE = 100;

export interface LogState {
  entries: LogEntry[];
  total: number;
  nextCursor: string | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

/**
 * The log's results for a query: first page at once, more as the list scrolls, refreshed
 * live when anything changes (keeping as many entries as were loaded).
 */
export function useLog(query: LogQuery) {
  const [state, setState] = useState<LogState>({ entries: [], total: 0, nextCursor: null, status: 'loading', error: null });
  const loaded = useRef(PAGE);
  const generation = useRef(0);
  const loadingMore = useRef(false);
  const key = JSON.stringify(query);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const page = await call('log.query', { ...(JSON.parse(key) as LogQuery), limit: Math.min(500, Math.max(PAGE, loaded.current)) });
      if (mine !== generation.current) return;
      setState({ entries: page.entries, total: page.total, nextCursor: page.nextCursor, status: 'ready', error: null });
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, status: 'error', error: errorMessage(error) }));
    }
  }, [key]);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor || loadingMore.current) return;
    loadingMore.current = true;
    const mine = generation.current;
    try {
      const page = await call('log.query', { ...(JSON.parse(key) as LogQuery), limit: PAGE, before: state.nextCursor });
      if (mine !== generation.current) return;
      loaded.current += page.entries.length;
      setState((s) => ({ ...s, entries: [...s.entries, ...page.entries], nextCursor: page.nextCursor, total: page.total }));
    } catch (error) {
      setState((s) => ({ ...s, error: errorMessage(error) }));
    } finally {
      loadingMore.current = false;
    }
  }, [key, state.nextCursor]);

  useEffect(() => {
    loaded.current = PAGE;
    void reload();
  }, [reload]);

  useEffect(() => {
    const refresh = () => void reload();
    const offs = [subscribe('moments.changed', refresh), subscribe('log.changed', refresh)];
    return () => offs.forEach((off) => off());
  }, [reload]);

  return { ...state, reload, loadMore };
}
