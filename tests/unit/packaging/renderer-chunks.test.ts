import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CHUNK_GROUPS } from '../../../scripts/renderer-chunks';

const root = join(import.meta.dirname, '..', '..', '..');
const entries = ['renderer/src/main.tsx', 'renderer/src/popup-main.tsx'].map((file) => join(root, file));

describe('renderer chunk groups', () => {
  it('never take a page’s entry: its top-level render would run in the other page too', () => {
    const misplaced = RENDERER_CHUNK_GROUPS.flatMap((group) => entries.filter((entry) => group.test.test(entry)).map((entry) => `${group.name}: ${entry}`));
    expect(misplaced).toEqual([]);
  });

  it('still hold what the popup’s first face shares with the main window', () => {
    const face = RENDERER_CHUNK_GROUPS.find((group) => group.name === 'log-a-moment');
    expect(['renderer/src/api.ts', 'renderer/src/components/ValenceChoice.tsx'].map((file) => face?.test.test(join(root, file)))).toEqual([true, true]);
  });
});
