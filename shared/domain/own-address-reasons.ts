import type { Namespace, TFunction } from 'i18next';

/**
 * Why an address was taken for one of the user's own, in words. Apart from own-addresses.ts
 * (and its zod schemas) so the first-run screen can say it without loading the validation library.
 */
export const OWN_ADDRESS_REASONS = ['calendar-name', 'account', 'organizer'] as const;
export type OwnAddressReason = (typeof OWN_ADDRESS_REASONS)[number];

/** "Found because a calendar is named after it and …", for an address's (distinct) reasons. */
export function ownAddressFoundText(reasons: readonly OwnAddressReason[], t: TFunction<Namespace>): string {
  const [first = '', second, third] = reasons.map((reason): string => t(`coach:ownAddress.reasons.${reason}`));
  if (second !== undefined && third !== undefined) return t('coach:ownAddress.foundThree', { first, second, third });
  if (second !== undefined) return t('coach:ownAddress.foundTwo', { first, second });
  return t('coach:ownAddress.foundOne', { first });
}
