import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const sourceFolders = ['electron', 'shared', join('renderer', 'src')];
const resolution: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, allowImportingTsExtensions: true };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports between the given files, type-only imports included: a type cycle still couples two files. */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .filter((ref) => ref.fileName.startsWith('.'))
      .map((ref) => ts.resolveModuleName(ref.fileName, file, resolution, ts.sys).resolvedModule?.resolvedFileName)
      .filter((target): target is string => target !== undefined && known.has(target));
    graph.set(file, targets);
  }
  return graph;
}

/** Groups of files that import each other, directly or around a loop (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import cycles', { timeout: 60_000 }, () => {
  it('no source file takes part in an import cycle', () => {
    const files = sourceFolders.flatMap((folder) => sourceFiles(join(root, folder)));
    expect(files.length).toBeGreaterThan(100);
    const found = cycles(importGraph(files)).map((group) => group.map((file) => relative(root, file)));
    expect(found).toEqual([]);
  });

  it('finds a cycle through three files, type-only imports included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    mkdirSync(join(dir, 'ipc'));
    writeFileSync(join(dir, 'app-services.ts'), "import { adminHandlers } from './ipc/handlers';\nexport const services = adminHandlers;\n");
    writeFileSync(join(dir, 'ipc', 'handlers.ts'), "import { wipe } from '../data-admin';\nexport const adminHandlers = wipe;\n");
    writeFileSync(join(dir, 'data-admin.ts'), "import type { services } from './app-services';\nexport const wipe = (s?: typeof services) => s;\n");
    writeFileSync(join(dir, 'leaf.ts'), "import { wipe } from './data-admin';\nexport const leaf = wipe;\n");
    const found = cycles(importGraph(sourceFiles(dir))).map((group) => group.map((file) => relative(dir, file)));
    expect(found).toEqual([['app-services.ts', 'data-admin.ts', join('ipc', 'handlers.ts')]]);
  });
});
