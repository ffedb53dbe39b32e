import { describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileSystemFaults } from '../../../electron/services/storage/fs';
import { faultPlan, FAULT_CODES } from '../../support/faults';
import { makeMoment } from '../../support/moments';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);
const exportOf = (moments: unknown[], notes: unknown[] = []) => JSON.stringify({ format: 'touchpoint-export', version: 1, exportedAt: '2026-11-20T00:00:00.000Z', data: { moments, notes } });

describe('import checks every record as strictly as the user’s input', () => {
  it('refuses a time zone that is not a real zone, so CSV and Markdown export keep working', async () => {
    const { services } = await startServices(dir.path);
    const report = await services.transfer.import(exportOf([makeMoment({ timeZone: 'Not/AZone' }), makeMoment({ timeZone: 'Asia/Kolkata' })]));
    expect(report.added.moments).toBe(1);
    expect(report.invalid).toEqual([{ kind: 'moments', index: 0, reason: 'timeZone: Not a known time zone.' }]);
    expect((await services.transfer.export('csv')).counts.moments).toBe(1);
    expect((await services.transfer.export('markdown')).content).toContain('# Touchpoint reflection log');
  });

  it('refuses a moment with 100,000 people, and never echoes a 5 MB value whole into the report', async () => {
    const { services } = await startServices(dir.path);
    const crowd = makeMoment({ people: Array.from({ length: 100_000 }, (_, i) => `P${i}`) });
    const hugeTag = { ...makeMoment(), tags: ['x'.repeat(5 * 1024 * 1024)] };
    const report = await services.transfer.import(exportOf([crowd, hugeTag]));
    expect(report.added.moments).toBe(0);
    expect(report.invalidCount).toBe(2);
    expect(report.invalid[0]!.reason).toMatch(/^people: /);
    expect(report.invalid[1]!.reason).toMatch(/^tags\.0: Unknown behaviour tag: "x+…\.$/);
    expect(report.invalid[1]!.reason.length).toBeLessThanOrEqual(300);
  });

  it('a value nested 200,000 deep is reported as an invalid record, not a generic error', async () => {
    const { services } = await startServices(dir.path);
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = exportOf([makeMoment({ note: 'fine' }), '__DEEP__']).replace('"__DEEP__"', `{"id":"deep","tags":[${deep}]}`);
    const report = await services.transfer.import(text);
    expect(report.added.moments).toBe(1);
    expect(report.invalid).toHaveLength(1);
    expect(report.invalid[0]).toMatchObject({ kind: 'moments', index: 1 });
  });

  it('reports the fields it does not know instead of dropping them without a word', async () => {
    const { services } = await startServices(dir.path);
    const report = await services.transfer.import(exportOf([{ ...makeMoment(), mood: 4, meeting: null, extra: { a: 1 } }]));
    expect(report.added.moments).toBe(1);
    expect(report.unknownFields).toEqual(['moments.extra', 'moments.mood']);
  });
});

describe('import is all or nothing', () => {
  const EXISTING = 3;
  const IMPORTED = 8;

  async function seed(folder: string): Promise<string> {
    const { services } = await startServices(folder);
    for (let i = 0; i < EXISTING; i++) await services.moments.restore(makeMoment({ createdAt: `2026-0${i + 1}-10T10:00:00.000Z` }));
    await services.close();
    // Eight moments over four months, and a note.
    return exportOf(
      Array.from({ length: IMPORTED }, (_, i) => makeMoment({ createdAt: `2026-0${(i % 4) + 5}-1${i}T10:00:00.000Z` })),
      [{ id: 'note-1', text: 'imported note', occurredAt: '2026-09-01T10:00:00.000Z', createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z', timeZone: 'Europe/Berlin' }],
    );
  }

  async function countAfterRestart(folder: string): Promise<{ moments: number; notes: number }> {
    const { services } = await startServices(folder);
    await services.whenLoaded();
    return { moments: services.moments.all().length, notes: [...services.store.collection('notes').values()].length };
  }

  /** How many file-system calls a whole import makes, on a copy of the seed (and that it imports everything). */
  async function callsOfOneImport(seedFolder: string, text: string): Promise<number> {
    const probe = faultPlan();
    const counted = join(dir.path, 'count');
    await cp(seedFolder, counted, { recursive: true });
    const probeServices = (await startServices(counted)).services;
    await probeServices.whenLoaded();
    expect((await withFileSystemFaults(probe.hook, () => probeServices.transfer.import(text))).added).toMatchObject({ moments: IMPORTED, notes: 1 });
    return probe.calls;
  }

  it('a crash at any file-system call of an import leaves none or all of it after the next start', { timeout: 300_000 }, async () => {
    const seedFolder = join(dir.path, 'seed');
    const text = await seed(seedFolder);
    const calls = await callsOfOneImport(seedFolder, text);
    expect(calls).toBeGreaterThan(10);
    const outcomes = { none: 0, all: 0 };
    for (let k = 1; k <= calls; k++) {
      const folder = join(dir.path, `crash-${k}`);
      await cp(seedFolder, folder, { recursive: true });
      const { services } = await startServices(folder);
      await services.whenLoaded();
      const crash = faultPlan({ crashAt: k });
      await withFileSystemFaults(crash.hook, () => services.transfer.import(text)).catch(() => undefined);
      const after = await countAfterRestart(folder);
      if (after.moments === EXISTING && after.notes === 0) outcomes.none++;
      else if (after.moments === EXISTING + IMPORTED && after.notes === 1) outcomes.all++;
      else expect.fail(`crash at call ${k} of ${calls} left a partial import: ${JSON.stringify(after)}`);
    }
    console.log(`fault-injection: import ${calls} crash points, ${outcomes.none} none, ${outcomes.all} all, 0 partial`);
    expect(outcomes.all).toBeGreaterThan(0);
    expect(outcomes.none).toBeGreaterThan(0);
  });

  it('a failure (disk full, I/O error, no permission) at any call is reported truthfully, and the import is none or all of it', { timeout: 300_000 }, async () => {
    const seedFolder = join(dir.path, 'seed');
    const text = await seed(seedFolder);
    const calls = await callsOfOneImport(seedFolder, text);
    const told = { refused: 0, finishedLater: 0, kept: 0, saved: 0 };
    for (let k = 1; k <= calls; k++) {
      const code = FAULT_CODES[k % FAULT_CODES.length]!;
      const folder = join(dir.path, `fail-${k}`);
      await cp(seedFolder, folder, { recursive: true });
      const { services } = await startServices(folder);
      await services.whenLoaded();
      const plan = faultPlan({ failAt: k, code });
      const result = await withFileSystemFaults(plan.hook, () => services.transfer.import(text)).then(
        (report) => ({ ok: true as const, report }),
        (error: Error) => ({ ok: false as const, message: error.message }),
      );
      const after = await countAfterRestart(folder);
      if (!result.ok && /Nothing was imported\.$/.test(result.message)) {
        expect(result.message).toMatch(/^The import could not be started: /);
        expect(after, `failure at call ${k} (${code})`).toEqual({ moments: EXISTING, notes: 0 });
        told.refused++;
      } else if (!result.ok) {
        expect(result.message).toMatch(/^The import could not be finished now: .* Touchpoint finishes it the next time it starts\.$/);
        expect(after, `failure at call ${k} (${code})`).toEqual({ moments: EXISTING + IMPORTED, notes: 1 });
        told.finishedLater++;
      } else {
        expect(result.report.added.moments).toBe(IMPORTED);
        expect(after, `failure at call ${k} (${code})`).toEqual({ moments: EXISTING + IMPORTED, notes: 1 });
        if (services.store.unsavedFiles.length > 0) {
          expect(services.notices.list().map((n) => n.id)).toContain('unsaved-changes');
          told.kept++;
        } else told.saved++;
      }
    }
    console.log(`fault-injection: import ${calls} failing calls (ENOSPC/EIO/EACCES), ${told.refused} refused, ${told.finishedLater} finished at the next start, ${told.kept} kept and reported, ${told.saved} saved`);
    expect(told.refused + told.finishedLater + told.kept + told.saved).toBe(calls);
  });
});

