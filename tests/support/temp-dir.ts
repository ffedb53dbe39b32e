import { afterEach, beforeEach } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function makeTempDir(prefix = 'touchpoint-test-'): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/**
 * A fresh temp folder for each test of the file (`folder.path`). After each test, `closeFirst`
 * runs (closing the service graphs the test started, so no write lands in a removed folder),
 * then the folder is removed.
 */
export function tempFolderPerTest(closeFirst: () => Promise<void> = () => Promise.resolve()): { readonly path: string } {
  let current: { path: string; cleanup: () => Promise<void> } | null = null;
  beforeEach(async () => {
    current = await makeTempDir();
  });
  afterEach(async () => {
    await closeFirst();
    await current?.cleanup();
    current = null;
  });
  return {
    get path() {
      if (!current) throw new Error('The temp folder exists only while a test runs.');
      return current.path;
    },
  };
}
