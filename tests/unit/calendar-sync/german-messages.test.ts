import { afterEach, describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../electron/services/calendar/index';
import { oauthErrorFromCode } from '../../../electron/services/calendar/oauth/oauth-errors';
import { parseOrExplain } from '../../../electron/services/calendar/sync/parsed-cache';
import { httpStatusError, networkError, SyncError } from '../../../electron/services/calendar/sync/sync-error';
import { setMainLocale } from '../../../electron/services/text/main-text';

/** The calendar's messages to the user follow the main process's language (English by default). */
afterEach(() => setMainLocale('en-US'));

function thrown(run: () => unknown): SyncError {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected a SyncError');
}

describe('calendar messages in the main process language', () => {
  it('a sync error reads English by default and German under de-DE, keeping its kind', () => {
    expect(httpStatusError(404, 'ics-url').message).toBe('The calendar address was not found (404).');
    setMainLocale('de-DE');
    const notFound = httpStatusError(404, 'ics-url');
    expect(notFound.kind).toBe('not-found');
    expect(notFound.message).toBe('Die Kalenderadresse wurde nicht gefunden (404).');
    expect(networkError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))?.message).toBe('Der Server ist nicht erreichbar – bist du offline?');
  });

  it('an unreadable calendar explains the engine’s reason in the same language', () => {
    const broken = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n';
    expect(thrown(() => parseOrExplain(parseCalendar, broken, 'Europe/Berlin')).message).toBe(
      'This calendar couldn’t be read. The calendar ends abruptly (no END:VCALENDAR): it was probably cut off while downloading.',
    );
    setMainLocale('de-DE');
    expect(thrown(() => parseOrExplain(parseCalendar, broken, 'Europe/Berlin')).message).toBe(
      'Dieser Kalender konnte nicht gelesen werden. Der Kalender endet abrupt (END:VCALENDAR fehlt): Vermutlich wurde der Download unterbrochen.',
    );
  });

  it('an account connect error names the provider inside the German sentence', () => {
    setMainLocale('de-DE');
    const denied = oauthErrorFromCode('Google', 'access_denied', undefined);
    expect(denied.kind).toBe('consent-denied');
    expect(denied.message).toBe('Du hast Touchpoint nicht erlaubt, deinen Google-Kalender zu lesen, deshalb wurde nichts verbunden. Wähle „Verbinden“, wann immer du so weit bist.');
  });
});
