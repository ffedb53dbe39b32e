import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileIfExists, removeStaleTempFiles, writeFileDurably } from '../../../../electron/services/storage/durable-file';
import { makeTempDir } from '../../../support/temp-dir';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.cleanup());

describe('writeFileDurably', () => {
  it('creates missing folders and replaces the file without leaving temp files', async () => {
    const path = join(dir.path, 'a', 'b', 'data.json');
    await writeFileDurably(path, '{"v":1}');
    await writeFileDurably(path, '{"v":2}');
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
    expect(await readdir(join(dir.path, 'a', 'b'))).toEqual(['data.json']);
  });

  it('fails cleanly when the target cannot be replaced, keeping the old content', async () => {
    const path = join(dir.path, 'data.json');
    await mkdir(path); // a folder where the file should be: rename must fail
    await expect(writeFileDurably(path, 'x')).rejects.toThrow();
    expect(await readdir(dir.path)).toEqual(['data.json']);
  });
});

describe('readFileIfExists', () => {
  it('returns null for a missing file and the bytes otherwise', async () => {
    expect(await readFileIfExists(join(dir.path, 'nope'))).toBeNull();
    await writeFile(join(dir.path, 'yes'), 'hi');
    expect((await readFileIfExists(join(dir.path, 'yes')))?.toString()).toBe('hi');
  });
});

describe('removeStaleTempFiles', () => {
  it('removes what a killed writer left behind and nothing else', async () => {
    await mkdir(join(dir.path, 'moments'));
    await writeFile(join(dir.path, 'moments', '2026-11.json'), '{}');
    await writeFile(join(dir.path, 'moments', '2026-11.json.tmp-123-abcd'), '{"partial');
    expect(await removeStaleTempFiles(dir.path)).toBe(1);
    expect(await readdir(join(dir.path, 'moments'))).toEqual(['2026-11.json']);
  });
});
