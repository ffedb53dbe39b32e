import { z } from 'zod';
import type { OAuthClient } from './oauth-flow';
import { OAuthConnectionError } from './oauth-errors';
import type { OAuthProviderId } from './providers';
import { t } from '../../text/main-text';

/**
 * Which OAuth client (app registration) Touchpoint signs in with. No client id can ship in the
 * source: builds get them from the environment at build time, and a user (or their IT) can use
 * their own registration instead under Settings → Calendars → Advanced.
 */
export type OAuthClients = Readonly<Record<OAuthProviderId, OAuthClient | null>>;

/** What "use your own client" accepts. Client ids are printable ASCII without spaces. */
export const OwnClientSchema = z.object({
  clientId: z.string().trim().min(1).max(512).regex(/^[\x21-\x7e]+$/, 'A client id has no spaces or special characters.'),
  clientSecret: z.string().trim().max(512).regex(/^[\x21-\x7e]*$/).nullable().default(null),
});
export type OwnClient = z.infer<typeof OwnClientSchema>;

/** Build-time variables (see README → "Google and Microsoft calendars"). Empty means not configured. */
export const BUILD_ENV_NAMES = {
  googleClientId: 'MAIN_VITE_GOOGLE_CLIENT_ID',
  googleClientSecret: 'MAIN_VITE_GOOGLE_CLIENT_SECRET',
  microsoftClientId: 'MAIN_VITE_MICROSOFT_CLIENT_ID',
} as const;

export function clientsFromBuildEnv(env: Readonly<Record<string, unknown>>): OAuthClients {
  const read = (name: string): string | null => {
    const value = env[name];
    return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
  };
  const googleId = read(BUILD_ENV_NAMES.googleClientId);
  const microsoftId = read(BUILD_ENV_NAMES.microsoftClientId);
  return {
    google: googleId ? { clientId: googleId, clientSecret: read(BUILD_ENV_NAMES.googleClientSecret) } : null,
    microsoft: microsoftId ? { clientId: microsoftId, clientSecret: null } : null,
  };
}

/** The user's own client wins over the build's; without either, connecting cannot start. */
export function resolveClient(provider: OAuthProviderId, displayName: string, buildTime: OAuthClients, own: OwnClient | null): OAuthClient {
  if (own) return { clientId: own.clientId, clientSecret: own.clientSecret };
  const built = buildTime[provider];
  if (built) return built;
  throw new OAuthConnectionError(
    'no-client-id',
    t('calendar:oauth.noClientId', { provider: displayName }),
  );
}
