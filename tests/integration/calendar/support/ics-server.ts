import { fileURLToPath } from 'node:url';
import { startPortProcess, type ServerProcess } from './processes';

export type IcsRoute =
  | { kind: 'calendar'; body: string; etag?: boolean; lastModified?: string | null }
  | { kind: 'status'; status: number; body?: string; contentType?: string }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'slow'; delayMs: number; body: string }
  | { kind: 'huge'; bytes: number; declareLength: boolean }
  | { kind: 'truncated'; body: string; sendBytes: number }
  | { kind: 'basic-auth'; user: string; password: string; body: string };

export interface RouteStats {
  requests: number;
  bodyBytes: number;
  notModified: number;
}

export interface IcsServer extends ServerProcess {
  setRoutes(routes: Record<string, IcsRoute>): Promise<void>;
  stats(path: string): Promise<RouteStats>;
}

const SCRIPT = fileURLToPath(new URL('./ics-server-process.ts', import.meta.url));

/** Starts the ICS feed server in its own process on a free 127.0.0.1 port. */
export async function startIcsServer(): Promise<IcsServer> {
  const { pid, port, baseUrl, stop } = await startPortProcess(SCRIPT, 'the ICS server to listen');
  return {
    pid,
    port,
    baseUrl,
    stop,
    async setRoutes(routes) {
      const response = await fetch(`${baseUrl}/__routes`, { method: 'POST', body: JSON.stringify(routes) });
      if (!response.ok) throw new Error('Could not set routes');
      await response.text();
    },
    async stats(path) {
      const response = await fetch(`${baseUrl}/__stats`);
      const all = (await response.json()) as Record<string, RouteStats>;
      return all[path] ?? { requests: 0, bodyBytes: 0, notModified: 0 };
    },
  };
}
