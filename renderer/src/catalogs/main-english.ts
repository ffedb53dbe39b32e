import checkIn from '../../../shared/i18n/en/check-in';
import coach from '../../../shared/i18n/en/coach';
import common from '../../../shared/i18n/en/common';
import insights from '../../../shared/i18n/en/insights';
import log from '../../../shared/i18n/en/log';
import moment from '../../../shared/i18n/en/moment';
import onboarding from '../../../shared/i18n/en/onboarding';
import review from '../../../shared/i18n/en/review';
import science from '../../../shared/i18n/en/science';
import settings from '../../../shared/i18n/en/settings';
import settingsCalendars from '../../../shared/i18n/en/settings-calendars';
import settingsData from '../../../shared/i18n/en/settings-data';
import shell from '../../../shared/i18n/en/shell';
import today from '../../../shared/i18n/en/today';
import validation from '../../../shared/i18n/en/validation';

/**
 * The English namespaces of the main window: every one but the main process's own (the tray,
 * notifications, native dialogs, calendar sync and error messages are worded there, and reach
 * a window already in words). tests/unit/i18n/window-catalogs checks that none is missing.
 */
export const mainEnglish = { common, shell, today, checkIn, moment, onboarding, log, review, insights, science, settings, settingsData, settingsCalendars, coach, validation };
