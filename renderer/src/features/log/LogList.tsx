import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LogEntry } from '../../../../shared/domain/log';
import { describeDay, groupByDayOf } from '../../../../shared/domain/log-view';
import { dayKey } from '../../../../shared/domain/time';
import { useScrollParent } from '../../hooks/useScrollParent';
import { localTimeZone } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';
import { windowT } from '../../i18n';

type Row = { type: 'day'; key: string; day: string } | { type: 'entry'; key: string; entry: LogEntry };

const zone = localTimeZone();

/**
 * The log as a virtualised list: only the rows on screen (and a few around) are in the page,
 * so years of history scroll as smoothly as a week. Rows measure themselves, so entries of
 * any length fit.
 */
export function LogList(props: { entries: LogEntry[]; hasMore: boolean; onNearEnd: () => void; renderEntry: (entry: LogEntry) => ReactNode }) {
  const parent = useScrollParent();
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  const rows = useMemo<Row[]>(() => {
    const out: Row[] = [];
    for (const group of groupByDayOf(props.entries, (e) => ({ at: e.at, timeZone: e.timeZone }))) {
      out.push({ type: 'day', key: `day:${group.day}:${out.length}`, day: group.day });
      for (const entry of group.items) out.push({ type: 'entry', key: entry.key, entry });
    }
    return out;
  }, [props.entries]);

  useLayoutEffect(() => {
    if (!parent || !listRef.current) return;
    setOffset(listRef.current.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
  }, [parent, rows.length]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent,
    estimateSize: (i) => (rows[i]?.type === 'day' ? 44 : 92),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    scrollMargin: offset,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  const { hasMore, onNearEnd } = props;
  useEffect(() => {
    if (hasMore && last >= rows.length - 8) onNearEnd();
  }, [last, rows.length, hasMore, onNearEnd]);

  const today = dayKey(new Date(), zone);
  return (
    <div ref={listRef} className="log-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={row.type === 'day' ? 'log-list__day' : 'log-list__row'}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - offset}px)` }}
          >
            {row.type === 'day' ? <h2 className="day__title">{describeDay(row.day, today, appLocale(), windowT())}</h2> : props.renderEntry(row.entry)}
          </div>
        );
      })}
    </div>
  );
}
