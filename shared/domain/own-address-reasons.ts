import type { Namespace, TFunction } from 'i18next';
import { formatList } from '../format/locale-format';

/**
 * Why an address was taken for one of the user's own, in words. Apart from own-addresses.ts
 * (and its zod schemas) so the first-run screen can say it without loading the validation library.
 */
export const OWN_ADDRESS_REASONS = ['calendar-name', 'account', 'organizer'] as const;
export type OwnAddressReason = (typeof OWN_ADDRESS_REASONS)[number];

/** "Found because a calendar is named after it and …", for an address's (distinct) reasons, listed in the locale. */
export function ownAddressFoundText(reasons: readonly OwnAddressReason[], t: TFunction<Namespace>, locale: string): string {
  return t('coach:ownAddress.found', { reasons: formatList(locale, reasons.map((reason): string => t(`coach:ownAddress.reasons.${reason}`))) });
}
