import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileSystemFaults } from '../../../../electron/services/storage/fs';
import { fsError, type FaultCode } from '../../../support/faults';
import { closeAllHosts, startHost } from '../../../support/host';
import { makeMoment } from '../../../support/moments';
import { tempFolderPerTest } from '../../../support/temp-dir';

const dir = tempFolderPerTest(closeAllHosts);
const ctx = { window: 'main' as const };
const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

/** Sixty moments, five a month over twelve months. */
async function seedHistory(): Promise<void> {
  const { host } = await startHost(dir.path);
  for (const month of MONTHS) for (let day = 1; day <= 5; day++) await host.services!.moments.restore(makeMoment({ createdAt: `${month}-0${day}T10:00:00.000Z` }));
  await host.close();
}

describe('an older month file that cannot be read', () => {
  for (const code of ['EIO', 'EACCES'] as FaultCode[]) {
    it(`(${code}) is reported, and never silently shortens an export or lets an import overwrite it`, async () => {
      await seedHistory();
      const month = join(dir.path, 'data', 'store', 'moments', '2026-03.json');
      const before = await readFile(month);
      const failReads = (operation: string, path: string) => {
        if (operation === 'read' && path === month) throw fsError(code, 'read', path);
      };
      await withFileSystemFaults(failReads, async () => {
        const { host } = await startHost(dir.path);
        const services = host.services!;
        await services.whenLoaded();
        // Every other month is there: one unreadable file does not end the history.
        expect(services.moments.all()).toHaveLength(55);
        const notice = services.notices.list().find((n) => n.title === 'Part of your history could not be read');
        expect(notice?.detail).toMatch(/^moments\/2026-03\.json could not be read: (the disk reported a read error|Touchpoint is not allowed to read it)\. Its entries are not shown/);

        const exported = await host.dispatch('data.export', { format: 'json' }, ctx);
        expect(exported).toMatchObject({ ok: false, error: { code: 'storage' } });
        expect((exported as { error: { message: string } }).error.message).toMatch(/^Part of your history could not be read \(moments\/2026-03\.json\), so an export now would be missing its entries\. Nothing was exported\./);
        const file = { format: 'touchpoint-export', version: 1, exportedAt: '2026-11-21T00:00:00.000Z', data: { moments: [makeMoment({ createdAt: '2026-03-20T10:00:00.000Z' })] } };
        expect(await host.dispatch('data.import', { text: JSON.stringify(file) }, ctx)).toMatchObject({ ok: false, error: { code: 'storage' } });
        // A change for that month is kept in memory, not written over the file it could not read.
        await services.moments.restore(makeMoment({ note: 'added while unreadable', createdAt: '2026-03-25T10:00:00.000Z' }));
        expect(services.store.unsavedFiles).toEqual(['moments/2026-03']);
        await host.close();
      });
      expect(await readFile(month)).toEqual(before);
      const { host } = await startHost(dir.path);
      await host.services!.whenLoaded();
      expect(host.services!.moments.all()).toHaveLength(60);
    });
  }
});
