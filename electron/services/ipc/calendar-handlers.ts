import { TZDate } from '@date-fns/tz';
import { AppError } from '../../../shared/domain/errors';
import { dayKey } from '../../../shared/domain/time';
import type { CalendarServices } from '../calendar/sync/index';
import { SyncError, UnknownSourceError } from '../calendar/sync/index';
import type { Clock } from '../clock';
import type { OwnAddressService } from '../identity/own-address-service';
import type { Handlers } from './dispatcher';
import { t } from '../text/main-text';

type CalendarHandlers = Pick<
  Handlers,
  | 'calendar.sources'
  | 'calendar.test'
  | 'calendar.add'
  | 'calendar.rename'
  | 'calendar.setEnabled'
  | 'calendar.setColor'
  | 'calendar.setCalendars'
  | 'calendar.updateCredentials'
  | 'calendar.remove'
  | 'calendar.sync'
  | 'calendar.day'
  | 'calendar.ownAddresses'
>;

/** Sync errors already speak plain words; an unknown source is "not found", not a crash. */
async function plainErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SyncError) throw new AppError('invalid_input', error.message);
    if (error instanceof UnknownSourceError) throw new AppError('not_found', t('errors:entries.calendarGone'));
    throw error;
  }
}

export function createCalendarHandlers(deps: { calendar: CalendarServices; ownAddresses: OwnAddressService; clock: Clock; timeZone: () => string }): CalendarHandlers {
  const { sync, calendar } = deps.calendar;
  return {
    'calendar.sources': () => sync.listSources(),
    'calendar.test': (connection) => plainErrors(() => sync.testConnection(connection)),
    'calendar.add': (input) => plainErrors(() => sync.addSource(input)),
    'calendar.rename': ({ id, name }) => plainErrors(() => sync.renameSource(id, name)),
    'calendar.setEnabled': ({ id, enabled }) => plainErrors(() => sync.setSourceEnabled(id, enabled)),
    'calendar.setColor': ({ id, color }) => plainErrors(() => sync.setSourceColor(id, color)),
    'calendar.setCalendars': ({ id, urls }) => plainErrors(() => sync.setCalDavSelection(id, urls)),
    'calendar.updateCredentials': ({ id, ...patch }) => plainErrors(() => sync.updateCredentials(id, patch)),
    'calendar.remove': async ({ id }) => {
      await plainErrors(() => sync.removeSource(id));
      return null;
    },
    'calendar.sync': ({ id }) => plainErrors(async () => (id ? [await sync.syncSource(id)] : sync.syncAll())),
    'calendar.day': ({ day }) => {
      const zone = deps.timeZone();
      const key = day ?? dayKey(deps.clock.now(), zone);
      const [y, m, d] = key.split('-').map(Number) as [number, number, number];
      const start = new TZDate(y, m - 1, d, zone);
      const end = new TZDate(y, m - 1, d + 1, zone);
      const [from, to] = [new Date(start.getTime()), new Date(end.getTime())];
      return { day: key, meetings: calendar.meetingsBetween(from, to), allDay: calendar.allDayEventsOn(key, from, to), legend: calendar.legend() };
    },
    'calendar.ownAddresses': () => deps.ownAddresses.suggestions(),
  };
}
