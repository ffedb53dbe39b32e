import { protocol } from 'electron';
import { APP_SCHEME, appResponse } from '../services/shell/app-protocol';

/**
 * Must run before the app is ready. `standard` + `secure` give the pages a real origin and a
 * secure context; deliberately no `bypassCSP`, `corsEnabled` or service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://touchpoint/. A custom origin instead of file:// keeps
 * every other local file out of the pages' reach (security checklist #18).
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererFolder, request.method, request.url));
}
