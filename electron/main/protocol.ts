import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from '../services/shell/app-protocol';

/** Must run before the app is ready (what the scheme may do: APP_SCHEME_PRIVILEGES). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/**
 * Serves the built renderer from app://touchpoint/. A custom origin instead of file:// keeps
 * every other local file out of the pages' reach (security checklist #18).
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererFolder, request.method, request.url));
}
