import { z } from 'zod';
import { CalendarSourceViewSchema, SourceIdSchema } from '../domain/calendar-sources';
import { NoInput } from './common';
import { validationKey } from '../domain/validation';

/**
 * Google and Microsoft accounts connected over OAuth: connect through the system browser (with
 * progress and Cancel), disconnect, and "use your own client" (Settings → Calendars → Advanced).
 */
export const AccountProviderSchema = z.enum(['google', 'microsoft']);
export type AccountProvider = z.infer<typeof AccountProviderSchema>;

/** Where a connection stands, for the progress line next to the Connect button. */
export const ConnectStageSchema = z.enum(['waiting-for-browser', 'exchanging', 'first-sync']);
export type ConnectStage = z.infer<typeof ConnectStageSchema>;

/** Which app registration a provider signs in with: the user's own, the build's, or none at all. */
export const OAuthClientViewSchema = z.object({
  provider: AccountProviderSchema,
  source: z.enum(['own', 'build', 'none']),
  /** The user's own client id (never the build's, which Settings does not need to show). */
  ownClientId: z.string().nullable(),
  ownClientHasSecret: z.boolean(),
});
export type OAuthClientView = z.infer<typeof OAuthClientViewSchema>;

/** Client ids are printable ASCII without spaces; a Google desktop client also has a (not confidential) secret. */
export const OwnClientInputSchema = z
  .object({
    provider: AccountProviderSchema,
    clientId: z.string().trim().min(1, validationKey('contract.clientIdEmpty')).max(512).regex(/^[\x21-\x7e]+$/, validationKey('contract.clientIdChars')),
    clientSecret: z.string().trim().max(512).regex(/^[\x21-\x7e]*$/, 'A client secret has no spaces or special characters.').optional(),
  })
  .strict();

const ProviderInput = z.object({ provider: AccountProviderSchema }).strict();

export const calendarAccountCommands = {
  /** The connected Google and Microsoft accounts (also part of `calendar.sources`). */
  'calendar.accounts': { input: NoInput, output: z.array(CalendarSourceViewSchema) },
  /**
   * Opens the provider's sign-in page in the system browser and resolves once the account is
   * connected and synced for the first time; progress comes as `calendar.connectProgress`.
   */
  'calendar.connect': { input: ProviderInput, output: CalendarSourceViewSchema },
  /** Stops waiting for the browser (closes the loopback listener); the pending connect fails as cancelled. */
  'calendar.cancelConnect': { input: ProviderInput, output: z.null() },
  /** Withdraws the access where the provider can, deletes the keys and the calendar; says what happened. */
  'calendar.disconnect': { input: z.object({ id: SourceIdSchema }).strict(), output: z.object({ revoked: z.boolean(), message: z.string() }) },
  'calendar.oauthClients': { input: NoInput, output: z.array(OAuthClientViewSchema) },
  'calendar.setOwnClient': { input: OwnClientInputSchema, output: z.array(OAuthClientViewSchema) },
  'calendar.clearOwnClient': { input: ProviderInput, output: z.array(OAuthClientViewSchema) },
} as const;

export const calendarAccountEvents = {
  'calendar.connectProgress': z.object({ provider: AccountProviderSchema, stage: ConnectStageSchema }),
} as const;
