import { net, protocol } from 'electron';
import { isAbsolute, join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://touchpoint`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://touchpoint/ with the CSP as a response header.
 * A custom origin instead of file:// keeps other local files out of reach.
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'touchpoint') return new Response('Not found', { status: 404 });
    const path = normalize(join(rendererFolder, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    const rel = relative(rendererFolder, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
