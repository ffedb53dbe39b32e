/**
 * Why an address was taken for one of the user's own, in words. Apart from own-addresses.ts
 * (and its zod schemas) so the first-run screen can say it without loading the validation library.
 */
export const OWN_ADDRESS_REASONS = ['calendar-name', 'account', 'organizer'] as const;
export type OwnAddressReason = (typeof OWN_ADDRESS_REASONS)[number];

export const OWN_ADDRESS_REASON_TEXT: Record<OwnAddressReason, string> = {
  'calendar-name': 'a calendar is named after it',
  account: 'it is the calendar account you signed in with',
  organizer: 'it is on most of the meetings in your calendar',
};
