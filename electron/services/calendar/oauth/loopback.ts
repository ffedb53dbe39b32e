import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoopbackRedirectShape } from './providers';

/**
 * The loopback redirect of RFC 8252 §7.3: a one-shot HTTP listener on 127.0.0.1 with a port
 * the system picks, so nothing else on the machine can predict it. It waits for the browser to
 * come back with `code` (or `error`) and the expected `state`; anything else (a favicon, a
 * stray or forged request) is refused and the wait goes on.
 */
export interface LoopbackRedirect {
  /** e.g. http://127.0.0.1:<port>/callback or http://localhost:<port>, as the provider's registration expects. */
  readonly redirectUri: string;
  /** Resolves with the full redirect URL; rejects when `signal` aborts. */
  readonly callback: Promise<URL>;
  close(): Promise<void>;
}

const page = (title: string, text: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2933}</style></head>` +
  `<body><h1>${title}</h1><p>${text}</p></body></html>`;

const DONE_PAGE = page('Back to Touchpoint', 'Touchpoint has your answer. You can close this tab and go back to Touchpoint.');
const NOT_CONNECTED_PAGE = page('Not connected', 'Touchpoint was not connected. Go back to Touchpoint to see why and what to do.');
const WRONG_REQUEST_PAGE = page('Not for this connection', 'This sign-in answer doesn’t belong to the connection Touchpoint is waiting for. Start again from Touchpoint.');

function reply(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The page shows no third-party content and must not leak the code in a Referer.
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(body);
}

export async function openLoopbackRedirect(expectedState: string, shape: LoopbackRedirectShape, signal?: AbortSignal): Promise<LoopbackRedirect> {
  const callbackPath = shape.path === '' ? '/' : shape.path;
  let settle: { resolve: (url: URL) => void; reject: (error: unknown) => void } | null = null;
  const callback = new Promise<URL>((resolve, reject) => (settle = { resolve, reject }));
  callback.catch(() => undefined); // observed by the caller; avoids an unhandled rejection if never awaited

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== callbackPath) {
      reply(res, 404, page('Not found', 'Nothing here.'));
      return;
    }
    const answered = url.searchParams.has('code') || url.searchParams.has('error');
    if (!answered || url.searchParams.get('state') !== expectedState || settle === null) {
      reply(res, 400, WRONG_REQUEST_PAGE);
      return;
    }
    reply(res, 200, url.searchParams.has('error') ? NOT_CONNECTED_PAGE : DONE_PAGE);
    const current = settle;
    settle = null;
    current.resolve(url);
  });
  // A browser keeps connections open; they must not keep the app (or a test) alive.
  server.on('connection', (socket) => socket.unref());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const { port } = server.address() as AddressInfo;

  const close = async (): Promise<void> => {
    signal?.removeEventListener('abort', onAbort);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const onAbort = (): void => {
    const current = settle;
    settle = null;
    current?.reject(signal?.reason);
    void close();
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  return { redirectUri: `http://${shape.host}:${port}${shape.path}`, callback, close };
}
