import { AuthorizationResponseError, OperationProcessingError, ResponseBodyError, WWWAuthenticateChallengeError } from 'oauth4webapi';
import { networkError, SyncError } from '../sync/sync-error';
import { t } from '../../text/main-text';

/**
 * Everything that can go wrong while connecting or refreshing, each with what the user should
 * do. Provider error texts never reach the user: they are codes and English for developers.
 */
export type OAuthErrorKind =
  /** The user chose "Cancel" / "Deny" on the consent page. */
  | 'consent-denied'
  /** The organisation lets only apps an administrator approved read calendars. */
  | 'admin-approval'
  /** The refresh token expired or was revoked (password change, removed app): connect again. */
  | 'reconnect'
  /** The client id was refused: a wrong "own client" id, or a build without the right one. */
  | 'client-rejected'
  | 'no-client-id'
  | 'provider-down'
  | 'browser-failed'
  | 'cancelled'
  | 'browser-timeout'
  | 'secret-unavailable'
  | 'not-connected'
  | 'unexpected';

export class OAuthConnectionError extends Error {
  override readonly name = 'OAuthConnectionError';
  constructor(
    readonly kind: OAuthErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Microsoft's codes for "an administrator must consent" (AADSTS65001 and relatives). */
const ADMIN_CODES = /AADSTS(65001|90094|90095|50105)\b/;
/** OAuth error codes that mean the organisation, not the user, said no. */
const ADMIN_ERRORS = new Set(['consent_required', 'admin_policy_enforced', 'org_internal']);

export function oauthErrorFromCode(provider: string, error: string, description: string | undefined): OAuthConnectionError {
  if (ADMIN_ERRORS.has(error) || ADMIN_CODES.test(description ?? '')) return adminApproval(provider);
  switch (error) {
    case 'access_denied':
      return new OAuthConnectionError(
        'consent-denied',
        t('calendar:oauth.consentDenied', { provider }),
      );
    case 'invalid_grant':
      return new OAuthConnectionError(
        'reconnect',
        t('calendar:oauth.reconnect', { provider }),
      );
    case 'invalid_client':
    case 'unauthorized_client':
    case 'invalid_request':
    case 'unsupported_response_type':
    case 'invalid_scope':
      return new OAuthConnectionError(
        'client-rejected',
        t('calendar:oauth.clientRejected', { provider }),
      );
    case 'temporarily_unavailable':
    case 'server_error':
      return providerDown(provider);
    default:
      return new OAuthConnectionError('unexpected', t('calendar:oauth.refusedUnknown', { provider }));
  }
}

export function adminApproval(provider: string): OAuthConnectionError {
  return new OAuthConnectionError(
    'admin-approval',
    t('calendar:oauth.adminApproval', { provider }),
  );
}

export function providerDown(provider: string, cause?: unknown): OAuthConnectionError {
  return new OAuthConnectionError(
    'provider-down',
    t('calendar:oauth.providerDown', { provider }),
    { cause },
  );
}

/** Any error from a token, refresh or revocation request, in plain words. */
export function toOAuthError(provider: string, error: unknown): OAuthConnectionError {
  if (error instanceof OAuthConnectionError) return error;
  if (error instanceof SyncError && error.kind === 'cancelled') return cancelled();
  if (error instanceof AuthorizationResponseError) return oauthErrorFromCode(provider, error.error, error.error_description);
  if (error instanceof ResponseBodyError) {
    if (error.status >= 500) return providerDown(provider, error);
    return oauthErrorFromCode(provider, error.error, error.error_description);
  }
  if (error instanceof WWWAuthenticateChallengeError) {
    return error.status >= 500 ? providerDown(provider, error) : oauthErrorFromCode(provider, 'invalid_client', undefined);
  }
  if (error instanceof OperationProcessingError) {
    // An HTML error page, a captive portal, a 5xx without a JSON body: not the provider speaking OAuth.
    const status = error.cause instanceof Response ? error.cause.status : 0;
    return status === 0 || status >= 500 || status === 429 ? providerDown(provider, error) : new OAuthConnectionError('unexpected', t('calendar:oauth.unreadableAnswer', { provider }), { cause: error });
  }
  if (networkError(error)) return providerDown(provider, error);
  return new OAuthConnectionError('unexpected', t('calendar:oauth.unexpected', { provider }), { cause: error });
}

export const cancelled = (): OAuthConnectionError => new OAuthConnectionError('cancelled', t('calendar:oauth.cancelled'));
