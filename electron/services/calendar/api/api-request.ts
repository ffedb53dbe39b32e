import type { Clock } from '../../clock';
import { OAuthConnectionError } from '../oauth/oauth-errors';
import { fetchWithResponseTimeout, readLimitedText, type FetchLike, type HttpLimits } from '../sync/http-limits';
import { networkError, SyncError } from '../sync/sync-error';
import { t } from '../../text/main-text';

/**
 * GET requests to a calendar API (Google Calendar, Microsoft Graph) with an OAuth access token:
 * the response timeout and byte budget of the other sources, one refresh on a 401, and the
 * providers' throttling answered as they document it (429/503 with Retry-After).
 */
export interface ApiSession {
  /** "Google" or "Microsoft", for messages. */
  providerName: string;
  accessToken(signal: AbortSignal): Promise<string>;
  /** The API refused the access token: the next accessToken() must refresh. */
  dropAccessToken(): void;
}

export interface ApiDeps {
  fetch: FetchLike;
  limits: HttpLimits;
  clock: Clock;
  /** Waits before a retry; aborts with `signal`. Injected so tests do not sleep. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Longest Retry-After waited out within one sync; longer ones end the sync (retried later). Default 30 s. */
  maxRetryWaitMs?: number;
  /** Throttled answers retried per request. Default 3. */
  maxRetries?: number;
}

/** One sync's shared deadline and byte budget. */
export interface ApiOperation {
  signal: AbortSignal;
  bytes: number;
}

export type ApiAnswer = { status: number; body: unknown };

/** setTimeout that ends early (rejecting with the abort reason, a SyncError) when `signal` aborts. */
export const realSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const fail = (): void => reject(signal.reason instanceof Error ? signal.reason : new SyncError('cancelled', t('calendar:sync.cancelled')));
    if (signal.aborted) return fail();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      fail();
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: Date): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

const GOOGLE_RATE_REASONS = /"reason"\s*:\s*"(rateLimitExceeded|userRateLimitExceeded|quotaExceeded)"/;

function isThrottled(status: number, text: string): boolean {
  // Google also throttles with 403 and a rateLimitExceeded reason (Calendar API, "Handle API errors").
  return status === 429 || status === 503 || (status === 403 && GOOGLE_RATE_REASONS.test(text));
}

/** An OAuth problem while getting a token, as the sync status shows it (same plain words). */
function tokenProblem(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (!(error instanceof OAuthConnectionError)) return networkError(error) ?? new SyncError('unexpected', t('calendar:sync.unexpected'), { cause: error });
  if (error.kind === 'provider-down') return new SyncError('server', error.message, { cause: error });
  if (error.kind === 'cancelled') return new SyncError('cancelled', t('calendar:sync.cancelled'));
  // Expired, revoked, unreadable or missing sign-in: the user has to connect again.
  return new SyncError('auth', error.message, { cause: error });
}

/**
 * GET `url` as JSON. Resolves for 2xx and for the statuses in `passThrough` (e.g. Google's 410
 * "sync token expired"); throws a plain-words SyncError for everything else.
 */
export async function getJson(
  url: string,
  session: ApiSession,
  deps: ApiDeps,
  operation: ApiOperation,
  options: { headers?: Record<string, string>; passThrough?: readonly number[] } = {},
): Promise<ApiAnswer> {
  const maxRetries = deps.maxRetries ?? 3;
  const maxWait = deps.maxRetryWaitMs ?? 30_000;
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    const token = await session.accessToken(operation.signal).catch((error: unknown) => Promise.reject(tokenProblem(error)));
    let response: Response;
    try {
      response = await fetchWithResponseTimeout(
        deps.fetch,
        url,
        { headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...options.headers } },
        deps.limits.responseTimeoutMs,
        operation.signal,
      );
    } catch (error) {
      throw operation.signal.aborted && operation.signal.reason instanceof SyncError ? operation.signal.reason : (networkError(error) ?? error);
    }
    const { text, bytes } = await readLimitedText(response, deps.limits.maxBytes - operation.bytes);
    operation.bytes += bytes;
    if (response.ok || options.passThrough?.includes(response.status)) return { status: response.status, body: parseJson(text, session.providerName) };
    if (response.status === 401 && !refreshed) {
      refreshed = true;
      session.dropAccessToken();
      continue;
    }
    if (isThrottled(response.status, text) && attempt < maxRetries) {
      const asked = retryAfterMs(response.headers.get('retry-after'), deps.clock.now());
      const wait = asked ?? 1000 * 2 ** attempt;
      if (wait <= maxWait) {
        await deps.sleep(wait, operation.signal);
        continue;
      }
      throw throttled(session.providerName, response.status, wait);
    }
    if (isThrottled(response.status, text)) throw throttled(session.providerName, response.status, retryAfterMs(response.headers.get('retry-after'), deps.clock.now()));
    throw apiStatusError(session.providerName, response.status);
  }
}

function throttled(provider: string, status: number, waitMs: number | null): SyncError {
  return status === 503
    ? new SyncError('server', t('calendar:api.busy', { provider }), { retryAfterMs: waitMs })
    : new SyncError('rate-limited', t('calendar:api.slowDown', { provider }), { retryAfterMs: waitMs });
}

export function apiStatusError(provider: string, status: number): SyncError {
  if (status === 401) return new SyncError('auth', t('calendar:api.accessEnded', { provider }));
  if (status === 403) return new SyncError('forbidden', t('calendar:api.forbidden', { provider }));
  if (status === 404 || status === 410) return new SyncError('not-found', t('calendar:api.notFound', { provider, status }));
  if (status >= 500) return new SyncError('server', t('calendar:api.server', { provider, status }));
  return new SyncError('http', t('calendar:api.unexpectedAnswer', { provider, status }));
}

function parseJson(text: string, provider: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncError('unreadable', t('calendar:api.unreadable', { provider }));
  }
}
