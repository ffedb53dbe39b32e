import coach from '../../../shared/i18n/en/coach';
import common from '../../../shared/i18n/en/common';
import onboarding from '../../../shared/i18n/en/onboarding';
import settingsCalendars from '../../../shared/i18n/en/settings-calendars';
import shell from '../../../shared/i18n/en/shell';
import today from '../../../shared/i18n/en/today';
import validation from '../../../shared/i18n/en/validation';

/**
 * The English namespaces the main window loads at start: those of its shell and of the views it
 * opens on (Today, the welcome), and those several views share. The main process's own (the
 * tray, notifications, native dialogs, calendar sync and error messages are worded there, and
 * reach a window already in words) are in no window; the rest load with the views that use
 * them (./main-view-english). tests/unit/i18n/window-catalogs checks that none is missing.
 */
export const mainEnglish = { common, shell, today, onboarding, settingsCalendars, coach, validation };
