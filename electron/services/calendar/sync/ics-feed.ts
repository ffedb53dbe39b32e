import { fetchWithResponseTimeout, readLimitedText, startDeadline, type FetchLike, type HttpLimits } from './http-limits';
import { httpStatusError, networkError, SyncError } from './sync-error';
import { t } from '../../text/main-text';

/**
 * Normalises what a user pastes as a calendar subscription: webcal:// (Apple, Outlook) is the
 * same feed over https, and a bare host gets https. Throws a plain-words SyncError otherwise.
 */
export function normalizeFeedUrl(input: string): string {
  let text = input.trim();
  if (/^webcals?:\/\//i.test(text)) text = text.replace(/^webcals?:\/\//i, 'https://');
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SyncError('invalid-address', t('calendar:feed.notWebAddress'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SyncError('invalid-address', t('calendar:feed.badScheme'));
  }
  if (url.hostname.length === 0) throw new SyncError('invalid-address', t('calendar:feed.notWebAddress'));
  return url.href;
}

export type FeedFetchResult =
  | { kind: 'not-modified' }
  | { kind: 'content'; text: string; etag: string | null; lastModified: string | null; bytes: number };

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GET of an ICS feed with the validators of the last good copy, so an unchanged feed answers
 * 304 with no body. Redirects are followed by hand to bound them, to refuse https → http
 * downgrades (the address is a secret) and to send credentials only to the original origin.
 */
export async function fetchFeed(
  fetchImpl: FetchLike,
  feedUrl: string,
  validators: FeedValidators | null,
  limits: HttpLimits,
  cancel?: AbortSignal,
): Promise<FeedFetchResult> {
  const deadline = startDeadline(limits.totalTimeoutMs, cancel);
  try {
    const first = new URL(feedUrl);
    const authorization = basicAuthFromUserInfo(first);
    first.username = '';
    first.password = '';
    let current = first;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { accept: 'text/calendar, text/plain;q=0.8, */*;q=0.5' };
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      if (authorization && current.origin === first.origin) headers.authorization = authorization;
      const response = await fetchWithResponseTimeout(fetchImpl, current.href, { headers, redirect: 'manual' }, limits.responseTimeoutMs, deadline.signal);
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        current = nextHop(current, response.headers.get('location'), hop, limits.maxRedirects);
        continue;
      }
      if (response.status === 304 && validators) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'not-modified' };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw httpStatusError(response.status, 'ics-url');
      }
      const { text, bytes } = await readLimitedText(response, limits.maxBytes);
      return { kind: 'content', text, bytes, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    }
  } catch (error) {
    if (deadline.signal.aborted && deadline.signal.reason instanceof SyncError) throw deadline.signal.reason;
    throw networkError(error) ?? error;
  } finally {
    deadline.clear();
  }
}

function nextHop(current: URL, location: string | null, hop: number, maxRedirects: number): URL {
  if (hop + 1 > maxRedirects) throw new SyncError('too-many-redirects', t('calendar:feed.tooManyRedirects'));
  if (!location) throw new SyncError('http', t('calendar:feed.redirectWithoutTarget'));
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new SyncError('http', t('calendar:feed.redirectInvalid'));
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') {
    throw new SyncError('http', t('calendar:feed.redirectNotWeb'));
  }
  if (current.protocol === 'https:' && next.protocol === 'http:') {
    throw new SyncError('insecure-redirect', t('calendar:feed.insecureRedirect'));
  }
  return next;
}

/** Feeds behind basic auth are pasted as https://user:pass@host/...; fetch refuses such URLs. */
function basicAuthFromUserInfo(url: URL): string | null {
  if (!url.username && !url.password) return null;
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
