import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';

export const APP_SCHEME = 'app';
const APP_HOST = 'touchpoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * What app:// may do, registered before the app is ready. `standard` + `secure` give the pages a
 * real origin and a secure context; `codeCache` keeps V8's compiled code of the pages' scripts
 * between runs (Chromium does that only for http(s) unless a scheme asks), so a window opened
 * again, or at the next start, skips compiling them. Deliberately no `bypassCSP`, `corsEnabled`
 * or service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** On every app:// response, errors included, so no page we return is ever without the CSP. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// What Vite emits. Anything else is served as bytes that nosniff keeps from running.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The response to one app:// request. Pure Node (no Electron), so it is unit-tested. */
export async function appResponse(rendererFolder: string, method: string, url: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(405, 'Method not allowed');
  const file = rendererFile(rendererFolder, url);
  if (!file) return errorResponse(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    // Missing file, or a folder (no directory listings).
    return errorResponse(404, 'Not found');
  }
  const headers = { ...APP_RESPONSE_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/**
 * The file an app:// URL names inside the renderer folder, or null: another scheme or host,
 * a malformed escape, or a path that leaves the folder (../, encoded or not, or \ on Windows).
 */
export function rendererFile(rendererFolder: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null;
  const file = normalize(join(rendererFolder, pathname === '/' ? 'index.html' : pathname));
  const inside = relative(rendererFolder, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
