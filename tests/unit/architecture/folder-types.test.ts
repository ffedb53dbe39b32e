import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** Type-checks a probe file with a folder's real compiler options and returns the error texts. */
function typeErrors(folder: 'shared' | 'electron' | 'renderer', source: string): string[] {
  const configPath = join(root, folder, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`Cannot read ${configPath}`);
  const dir = mkdtempSync(join(tmpdir(), 'tsprobe-'));
  const file = join(dir, 'probe.ts');
  writeFileSync(file, source);
  const options = { ...config.options, composite: false, noEmit: true, emitDeclarationOnly: false, declaration: false, typeRoots: [join(root, 'node_modules', '@types')] };
  const program = ts.createProgram([file], options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// Each check compiles a probe with TypeScript, a few seconds on a busy machine: an explicit budget, not the 5 s default.
describe('per-folder type environments', { timeout: 120_000 }, () => {
  it('shared/ has neither DOM nor Node types', () => {
    expect(typeErrors('shared', 'export const t = document.title;').join()).toMatch(/Cannot find name 'document'/);
    expect(typeErrors('shared', 'export const p = process.pid;').join()).toMatch(/Cannot find name 'process'/);
    expect(typeErrors('shared', 'export const n: number = [1, 2].at(-1) ?? 0;')).toEqual([]);
  });

  it('electron/ has Node types but no DOM', () => {
    expect(typeErrors('electron', 'export const p: number = process.pid;')).toEqual([]);
    expect(typeErrors('electron', 'export const t = document.title;').join()).toMatch(/Cannot find name 'document'/);
  });

  it('renderer/ has the DOM but no Node', () => {
    expect(typeErrors('renderer', 'export const t: string = document.title;')).toEqual([]);
    expect(typeErrors('renderer', 'export const p = process.pid;').join()).toMatch(/Cannot find name 'process'/);
  });
});
