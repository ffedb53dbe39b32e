import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

// The project's real eslint.config.ts, minus the type-aware rules (the probes are not on disk).
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false, project: null } } }],
});

async function violations(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('dependency direction (lint)', () => {
  it.each([
    ['shared/domain/probe.ts', "import { readFile } from 'node:fs';"],
    ['shared/domain/probe.ts', "import path from 'path';"],
    ['shared/domain/probe.ts', "import { app } from 'electron';"],
    ['shared/domain/probe.ts', "import { useState } from 'react';"],
    ['shared/domain/probe.ts', "import { call } from '../../renderer/src/api';"],
    ['shared/domain/probe.ts', "import { systemClock } from '../../electron/services/clock';"],
    ['renderer/src/probe.ts', "import { readFile } from 'node:fs/promises';"],
    ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/probe.ts', "import { DataStore } from '../../electron/services/storage/data-store';"],
    ['electron/services/probe.ts', "import { app } from 'electron';"],
    ['electron/services/probe.ts', "import { App } from '../../renderer/src/App';"],
    ['electron/services/probe.ts', "import { WindowManager } from '../main/windows';"],
    ['electron/main/probe.ts', "import { App } from '../../renderer/src/App';"],
    ['tests/unit/probe.ts', "import { call } from '../../renderer/src/api';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).not.toEqual([]);
  });

  it.each([
    ['shared/domain/probe.ts', "import { z } from 'zod';"],
    ['shared/domain/probe.ts', "import { dayKey } from './time';"],
    ['renderer/src/probe.ts', "import { MomentSchema } from '../../shared/domain/moment';"],
    ['electron/services/probe.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
  ])('%s may: %s', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
});
