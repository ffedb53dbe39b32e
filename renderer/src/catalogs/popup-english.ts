import checkIn from '../../../shared/i18n/en/check-in';
import coach from '../../../shared/i18n/en/coach';
import common from '../../../shared/i18n/en/common';
import moment from '../../../shared/i18n/en/moment';
import shell from '../../../shared/i18n/en/shell';
import validation from '../../../shared/i18n/en/validation';

/**
 * The English namespaces the popup's words come from: its two faces ("Log a moment", the
 * check-in card) and what they share. Only these are in the popup's page, a seventh of the
 * catalog's words; tests/unit/i18n/window-catalogs checks that the popup's code asks for no other.
 */
export const popupEnglish = { common, shell, moment, checkIn, coach, validation };
