import type { Catalog } from '../catalog';
import type { Resources } from '../en/index';
import common from './common';
import shell from './shell';
import today from './today';
import checkIn from './check-in';
import moment from './moment';
import onboarding from './onboarding';
import log from './log';
import review from './review';
import insights from './insights';
import science from './science';
import settings from './settings';
import settingsData from './settings-data';
import settingsCalendars from './settings-calendars';
import errors from './errors';
import desktop from './desktop';
import calendar from './calendar';
import coach from './coach';
import validation from './validation';

/** Every German namespace. */
export const german = { common, shell, today, checkIn, moment, onboarding, log, review, insights, science, settings, settingsData, settingsCalendars, errors, desktop, calendar, coach, validation } satisfies Catalog<Resources>;
export default german;
