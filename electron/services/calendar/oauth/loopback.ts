import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoopbackRedirectShape } from './providers';
import { mainLanguage, t } from '../../text/main-text';

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
  `<!doctype html><html lang="${mainLanguage()}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2933}</style></head>` +
  `<body><h1>${title}</h1><p>${text}</p></body></html>`;

// Built when sent, so the page speaks the main process's language at that moment.
const donePage = (): string => page(t('calendar:browserPage.doneTitle'), t('calendar:browserPage.doneText'));
const notConnectedPage = (): string => page(t('calendar:browserPage.notConnectedTitle'), t('calendar:browserPage.notConnectedText'));
const wrongRequestPage = (): string => page(t('calendar:browserPage.wrongRequestTitle'), t('calendar:browserPage.wrongRequestText'));

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

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== callbackPath) {
      reply(res, 404, page(t('calendar:browserPage.notFoundTitle'), t('calendar:browserPage.notFoundText')));
      return;
    }
    const answered = url.searchParams.has('code') || url.searchParams.has('error');
    if (!answered || url.searchParams.get('state') !== expectedState || settle === null) {
      reply(res, 400, wrongRequestPage());
      return;
    }
    reply(res, 200, url.searchParams.has('error') ? notConnectedPage() : donePage());
    const current = settle;
    settle = null;
    current.resolve(url);
  };
  const createServerWith = (): Server => {
    const server = createServer(handle);
    // A browser keeps connections open; they must not keep the app (or a test) alive.
    server.on('connection', (socket) => socket.unref());
    return server;
  };
  const servers = await listenOnLoopback(createServerWith, shape.host === 'localhost');

  const close = async (): Promise<void> => {
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(
      servers.map((server) => {
        server.closeAllConnections();
        return closeServer(server);
      }),
    );
  };
  const onAbort = (): void => {
    const current = settle;
    settle = null;
    current?.reject(signal?.reason);
    void close();
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  const { port } = servers[0]!.address() as AddressInfo;
  return { redirectUri: `http://${shape.host}:${port}${shape.path}`, callback, close };
}

const listen = (server: Server, port: number, host: string): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.unref();
      resolve();
    });
  });

const closeServer = (server: Server): Promise<void> => new Promise<void>((resolve) => server.close(() => resolve()));

/** Errors that mean this machine has no IPv6 loopback at all (then IPv4 alone is what `localhost` reaches). */
const NO_IPV6 = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EPROTONOSUPPORT']);

/**
 * Always 127.0.0.1 on a port the system picks. A redirect written `http://localhost:<port>`
 * (what Microsoft Entra registers: it accepts http://localhost with any port, but not
 * http://127.0.0.1 on a "Mobile and desktop" registration) is resolved by the browser, which
 * may try ::1 first or only (Firefox with some resolvers, systems that map localhost to ::1):
 * so for it the same port is also bound on ::1. Never 0.0.0.0 — nothing off this machine may
 * reach the listener. If ::1 has that port taken, another port is picked for both.
 */
async function listenOnLoopback(make: () => Server, bothFamilies: boolean): Promise<Server[]> {
  for (let attempt = 0; ; attempt++) {
    const v4 = make();
    await listen(v4, 0, '127.0.0.1');
    if (!bothFamilies) return [v4];
    const { port } = v4.address() as AddressInfo;
    const v6 = make();
    try {
      await listen(v6, port, '::1');
      return [v4, v6];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (NO_IPV6.has(code)) return [v4];
      await closeServer(v4);
      if (code !== 'EADDRINUSE' || attempt >= 4) throw error;
    }
  }
}
