import { build, type Metafile } from 'esbuild';
import { join, relative } from 'node:path';

/**
 * The renderer's module graph as a bundler sees it (esbuild with code splitting, the same
 * entries as the renderer build): which source files a window loads before its first render
 * (static imports) and which it may load at all (dynamic imports too).
 */
export const root = join(import.meta.dirname, '..', '..', '..');

export interface WindowGraph {
  /** Source files (relative to the project) the entry's output loads through static imports. */
  loadedAtStart(entry: string): string[];
  /** Source files the entry can load at all, on demand included. */
  reachable(entry: string): string[];
}

export async function buildWindowGraph(entries: readonly string[]): Promise<WindowGraph> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [...entries],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out/window-graph',
    write: false,
    metafile: true,
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const walk = (entry: string, follow: (kind: string) => boolean) => inputsOf(metafile, closure(metafile, entry, follow));
  return {
    loadedAtStart: (entry) => walk(entry, (kind) => kind === 'import-statement'),
    reachable: (entry) => walk(entry, (kind) => kind === 'import-statement' || kind === 'dynamic-import'),
  };
}

function closure(metafile: Metafile, entry: string, follow: (kind: string) => boolean): Set<string> {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((out) => outputs[out]?.entryPoint === entry);
  if (!start) throw new Error(`No output for ${entry}`);
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let out = queue.pop(); out !== undefined; out = queue.pop()) {
    for (const imported of outputs[out]?.imports ?? []) {
      if (!follow(imported.kind) || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return seen;
}

function inputsOf(metafile: Metafile, outputs: Set<string>): string[] {
  const files = new Set([...outputs].flatMap((out) => Object.keys(metafile.outputs[out]?.inputs ?? {})));
  return [...files].map((input) => relative(root, join(root, input)).split('\\').join('/'));
}
