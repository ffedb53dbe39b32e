import { fileURLToPath } from 'node:url';
import { startPortProcess, type ServerProcess } from './processes';

const SCRIPT = fileURLToPath(new URL('./google-api-server-process.ts', import.meta.url));

export interface ApiLogEntry {
  path: string;
  query: Record<string, string>;
  /** Graph's server logs the Prefer header it received. */
  prefer?: string;
  status: number;
}

export interface LocalApiServer extends ServerProcess {
  control(body: Record<string, unknown>): Promise<void>;
  log(): Promise<ApiLogEntry[]>;
}

export const GRAPH_SERVER_SCRIPT = fileURLToPath(new URL('./graph-api-server-process.ts', import.meta.url));

/** Starts a local calendar API process (`script`, Google's by default) on a free 127.0.0.1 port. */
export async function startApiServer(script: string = SCRIPT): Promise<LocalApiServer> {
  const { pid, port, baseUrl, stop } = await startPortProcess(script, 'the calendar API server to listen');
  return {
    pid,
    port,
    baseUrl,
    stop,
    async control(body) {
      const response = await fetch(`${baseUrl}/__control`, { method: 'POST', body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`control ${String(body.op)} failed: ${await response.text()}`);
      await response.text();
    },
    async log() {
      return (await (await fetch(`${baseUrl}/__log`)).json()) as ApiLogEntry[];
    },
  };
}
