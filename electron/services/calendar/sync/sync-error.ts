/**
 * Everything that can go wrong while syncing a calendar source, each with the plain words the
 * Settings screen shows. Raw library and network messages never reach the user (nor the logs
 * unredacted): they can contain private feed addresses, which are secrets.
 */
import type { SyncErrorKind } from '../../../../shared/domain/calendar-sources';

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
      ? new SyncError('auth', 'The server said the password is wrong (401).')
      : new SyncError('auth', 'The server asked for a password (401). Check that you copied the whole private address.');
  }
  if (status === 403) return new SyncError('forbidden', 'The server refused access to this calendar (403).');
  if (status === 404 || status === 410) return new SyncError('not-found', `The calendar address was not found (${status}).`);
  if (status === 429) return new SyncError('rate-limited', 'The server asked Touchpoint to slow down (429). It will try again later.');
  if (status >= 500) return new SyncError('server', `The server had a problem (${status}). Touchpoint will try again later.`);
  return new SyncError('http', `The server gave an unexpected answer (${status}).`);
}

export const tooBigError = (maxBytes: number): SyncError =>
  new SyncError('too-big', `This calendar is too big to load (over ${Math.round(maxBytes / (1024 * 1024))} MB).`);

export const timeoutError = (): SyncError => new SyncError('timeout', 'The server took too long to answer.');

const NETWORK_CODES: Record<string, () => SyncError> = {
  ECONNREFUSED: () => new SyncError('offline', 'Couldn’t reach the server — are you offline?'),
  ENETUNREACH: () => new SyncError('offline', 'Couldn’t reach the server — are you offline?'),
  EHOSTUNREACH: () => new SyncError('offline', 'Couldn’t reach the server — are you offline?'),
  ENETDOWN: () => new SyncError('offline', 'Couldn’t reach the server — are you offline?'),
  ENOTFOUND: () => new SyncError('no-such-host', 'Couldn’t find the server. Check the address — or are you offline?'),
  EAI_AGAIN: () => new SyncError('no-such-host', 'Couldn’t find the server. Check the address — or are you offline?'),
  ECONNRESET: () => new SyncError('connection-lost', 'The connection to the server broke off. Touchpoint will try again later.'),
  EPIPE: () => new SyncError('connection-lost', 'The connection to the server broke off. Touchpoint will try again later.'),
  UND_ERR_SOCKET: () => new SyncError('connection-lost', 'The connection to the server broke off. Touchpoint will try again later.'),
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
    if (TLS_CODE.test(code)) return new SyncError('tls', 'The server’s security certificate isn’t trusted, so Touchpoint didn’t connect.');
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return timeoutError();
  // undici reports a body cut short ("terminated") without a code on the outer error.
  if (error instanceof TypeError && /terminated|fetch failed|other side closed/i.test(error.message)) {
    return new SyncError('connection-lost', 'The connection to the server broke off. Touchpoint will try again later.');
  }
  return null;
}

/** Any thrown value as a SyncError, keeping known kinds and hiding unknown messages. */
export function toSyncError(error: unknown): SyncError {
  return networkError(error) ?? new SyncError('unexpected', 'Something unexpected went wrong while syncing. Touchpoint will try again later.');
}
