import { SyncError, timeoutError, tooBigError } from './sync-error';
import { t } from '../../text/main-text';

export type FetchLike = typeof globalThis.fetch;

/**
 * Bounds on every calendar request, so a slow, hostile or enormous server costs bounded time
 * and memory. Tests shrink them; the defaults suit real feeds (a heavy Google calendar with
 * ten years of history is a few MB).
 */
export interface HttpLimits {
  /** Per request: until the response headers arrive (covers connect and TLS). */
  responseTimeoutMs: number;
  /** The whole operation: every redirect and body of an ICS fetch, every request of a CalDAV sync. */
  totalTimeoutMs: number;
  /** Decoded bytes per operation; protects against huge files and compression bombs. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  responseTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
};

export interface Deadline {
  signal: AbortSignal;
  clear(): void;
}

/**
 * A signal that aborts with a "took too long" SyncError after `ms`, or as soon as `cancel`
 * aborts (the source was removed or edited while it synced).
 */
export function startDeadline(ms: number, cancel?: AbortSignal): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutError()), ms);
  const onCancel = (): void => controller.abort(new SyncError('cancelled', t('calendar:sync.cancelled')));
  if (cancel?.aborted) onCancel();
  cancel?.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      cancel?.removeEventListener('abort', onCancel);
    },
  };
}

/** fetch, aborted if the headers have not arrived within `ms` or when `parent` aborts. */
export async function fetchWithResponseTimeout(
  fetchImpl: FetchLike,
  input: Parameters<FetchLike>[0],
  init: RequestInit,
  ms: number,
  parent: AbortSignal,
): Promise<Response> {
  const headerDeadline = startDeadline(ms);
  const signals = [parent, headerDeadline.signal, ...(init.signal ? [init.signal] : [])];
  try {
    return await fetchImpl(input, { ...init, signal: AbortSignal.any(signals) });
  } catch (error) {
    const aborted = signals.find((signal) => signal.aborted);
    if (aborted && aborted.reason instanceof SyncError) throw aborted.reason;
    throw error;
  } finally {
    headerDeadline.clear();
  }
}

function declaredLength(response: Response): number | null {
  const value = Number(response.headers.get('content-length'));
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** Reads the body as UTF-8 text (a BOM is dropped), refusing more than `maxBytes`. */
export async function readLimitedText(response: Response, maxBytes: number): Promise<{ text: string; bytes: number }> {
  const declared = declaredLength(response);
  if (declared !== null && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBigError(maxBytes);
  }
  if (!response.body) return { text: '', bytes: 0 };
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooBigError(maxBytes);
    }
    chunks.push(value);
  }
  return { text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)), bytes };
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export interface GuardedFetch {
  fetch: FetchLike;
  /** HTTP statuses seen, in order: tells "wrong password" apart when a library hides the 401. */
  readonly statuses: number[];
  readonly bytes: () => number;
}

/**
 * A fetch for libraries (tsdav) that read bodies themselves: the same response timeout, one
 * shared deadline and one byte budget across all requests of an operation.
 */
export function createGuardedFetch(base: FetchLike, limits: HttpLimits, deadline: AbortSignal): GuardedFetch {
  const statuses: number[] = [];
  let bytes = 0;
  const guarded: FetchLike = async (input, init = {}) => {
    if (deadline.aborted) throw deadline.reason;
    const response = await fetchWithResponseTimeout(base, input, init, limits.responseTimeoutMs, deadline);
    statuses.push(response.status);
    if (!response.body || NULL_BODY_STATUSES.has(response.status)) return response;
    const declared = declaredLength(response);
    if (declared !== null && bytes + declared > limits.maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw tooBigError(limits.maxBytes);
    }
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          if (bytes > limits.maxBytes) controller.error(tooBigError(limits.maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    const wrapped = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(wrapped, 'url', { value: response.url });
    return wrapped;
  };
  return { fetch: guarded, statuses, bytes: () => bytes };
}
