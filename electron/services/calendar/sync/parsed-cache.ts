import { CalendarParseError, parseCalendar, type ParsedCalendar } from '../index';
import { SyncError } from './sync-error';
import { t } from '../../text/main-text';

/**
 * Parsed calendars by feed and content revision. Parsing is the expensive step; expanding a
 * week from a parsed calendar is cheap, so re-planning every minute reuses these. A sync
 * parses new content once to validate it, and the meetings view reuses that same result.
 */
export class ParsedCalendarCache {
  private readonly entries = new Map<string, { revision: string; timeZone: string; parsed: ParsedCalendar }>();

  constructor(private readonly parse: typeof parseCalendar = parseCalendar) {}

  /** Throws a SyncError('unreadable') in plain words when the engine rejects the text. */
  get(key: string, revision: string, timeZone: string, text: () => string): ParsedCalendar {
    const entry = this.entries.get(key);
    if (entry && entry.revision === revision && entry.timeZone === timeZone) return entry.parsed;
    const parsed = parseOrExplain(this.parse, text(), timeZone);
    this.entries.set(key, { revision, timeZone, parsed });
    return parsed;
  }

  /** Drops every entry whose key starts with `prefix` (a removed or edited source). */
  forget(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

export function parseOrExplain(parse: typeof parseCalendar, text: string, timeZone: string): ParsedCalendar {
  try {
    return parse(text, { timeZone });
  } catch (error) {
    // The engine's CalendarParseError carries plain words meant for the user; anything else
    // is an engine bug and its message is not for users.
    if (error instanceof CalendarParseError) throw new SyncError('unreadable', t('calendar:sync.unreadableBecause', { reason: error.message.slice(0, 300) }));
    throw new SyncError('unreadable', t('calendar:sync.unreadable'), { cause: error });
  }
}
