import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A server process a test started; `stop()` kills it by pid and waits until it is gone. */
export interface ServerProcess {
  pid: number;
  port: number;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function spawnServer(command: string, args: readonly string[]): { child: ChildProcess; pid: number; output: () => string } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`Could not start ${command}`);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, pid: child.pid, output: () => output };
}

/** Kills by pid and waits for the exit, so the port is free and nothing outlives the test. */
export async function stopByPid(child: ChildProcess, pid: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(pid);
  } catch {
    return; // already gone
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    process.kill(pid, 'SIGKILL');
    await exited;
  }
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Starts a Node script that prints `{"port":N}` once it listens on 127.0.0.1, and waits for
 * that line; on failure the process is stopped and its output is in the error.
 */
export async function startPortProcess(script: string, what: string): Promise<{ child: ChildProcess; pid: number; port: number; baseUrl: string; stop: () => Promise<void> }> {
  const { child, pid, output } = spawnServer(process.execPath, [script]);
  let port = 0;
  try {
    await waitFor(() => {
      const match = /\{"port":(\d+)\}/.exec(output());
      if (match?.[1]) port = Number(match[1]);
      return Promise.resolve(port > 0);
    }, what);
  } catch (error) {
    await stopByPid(child, pid);
    throw new Error(`${(error as Error).message}\n${output()}`, { cause: error });
  }
  return { child, pid, port, baseUrl: `http://127.0.0.1:${port}`, stop: () => stopByPid(child, pid) };
}
