/**
 * Everything that can go wrong while syncing a calendar source, each with the plain words the
 * Settings screen shows. Raw library and network messages never reach the user (nor the logs
 * unredacted): they can contain private feed addresses, which are secrets.
 */
import type { SyncErrorKind } from '../../../../shared/domain/calendar-sources';
import { t } from '../../text/main-text';

export { SYNC_ERROR_KINDS, type SyncErrorKind } from '../../../../shared/domain/calendar-sources';

export class SyncError extends Error {
  override readonly name = 'SyncError';
  /** How long the server asked to wait before the next try (Retry-After), when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** `cause`: an internal error behind it, for the (redacted) log only. */
    options?: { cause?: unknown; retryAfterMs?: number | null },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

export type SourceKindForMessages = 'ics-url' | 'caldav' | 'ics-file';

export function httpStatusError(status: number, kind: SourceKindForMessages): SyncError {
  if (status === 401) {
    return kind === 'caldav'
      ? new SyncError('auth', t('calendar:sync.wrongPassword'))
      : new SyncError('auth', t('calendar:sync.passwordAsked'));
  }
  if (status === 403) return new SyncError('forbidden', t('calendar:sync.forbidden'));
  if (status === 404 || status === 410) return new SyncError('not-found', t('calendar:sync.notFound', { status }));
  if (status === 429) return new SyncError('rate-limited', t('calendar:sync.rateLimited'));
  if (status >= 500) return new SyncError('server', t('calendar:sync.server', { status }));
  return new SyncError('http', t('calendar:sync.unexpectedAnswer', { status }));
}

export const tooBigError = (maxBytes: number): SyncError =>
  new SyncError('too-big', t('calendar:sync.tooBig', { megabytes: Math.round(maxBytes / (1024 * 1024)) }));

export const timeoutError = (): SyncError => new SyncError('timeout', t('calendar:sync.timeout'));

const NETWORK_CODES: Record<string, () => SyncError> = {
  ECONNREFUSED: () => new SyncError('offline', t('calendar:sync.offline')),
  ENETUNREACH: () => new SyncError('offline', t('calendar:sync.offline')),
  EHOSTUNREACH: () => new SyncError('offline', t('calendar:sync.offline')),
  ENETDOWN: () => new SyncError('offline', t('calendar:sync.offline')),
  ENOTFOUND: () => new SyncError('no-such-host', t('calendar:sync.noSuchHost')),
  EAI_AGAIN: () => new SyncError('no-such-host', t('calendar:sync.noSuchHost')),
  ECONNRESET: () => new SyncError('connection-lost', t('calendar:sync.connectionLost')),
  EPIPE: () => new SyncError('connection-lost', t('calendar:sync.connectionLost')),
  UND_ERR_SOCKET: () => new SyncError('connection-lost', t('calendar:sync.connectionLost')),
  ETIMEDOUT: timeoutError,
  UND_ERR_CONNECT_TIMEOUT: timeoutError,
  UND_ERR_HEADERS_TIMEOUT: timeoutError,
  UND_ERR_BODY_TIMEOUT: timeoutError,
};

const TLS_CODE = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT|ERR_SSL_)/;

/** The `code` of an error or of any error in its `cause` chain (undici wraps socket errors). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** Turns a network-level failure (fetch rejected) into plain words; null when it is not one. */
export function networkError(error: unknown): SyncError | null {
  if (error instanceof SyncError) return error;
  for (const code of errorCodes(error)) {
    const make = NETWORK_CODES[code];
    if (make) return make();
    if (TLS_CODE.test(code)) return new SyncError('tls', t('calendar:sync.tls'));
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return timeoutError();
  // undici reports a body cut short ("terminated") without a code on the outer error.
  if (error instanceof TypeError && /terminated|fetch failed|other side closed/i.test(error.message)) {
    return new SyncError('connection-lost', t('calendar:sync.connectionLost'));
  }
  return null;
}

/** Any thrown value as a SyncError, keeping known kinds and hiding unknown messages. */
export function toSyncError(error: unknown): SyncError {
  return networkError(error) ?? new SyncError('unexpected', t('calendar:sync.unexpected'));
}
