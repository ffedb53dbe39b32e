import { describe, expect, it } from 'vitest';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';
import { csvCell } from '../../../electron/services/transfer/formats';

const dir = tempFolderPerTest(closeAllServices);

async function seeded() {
  const world = await startServices(dir.path);
  const { services, clock } = world;
  clock.set('2026-11-17T10:05:00.000Z');
  await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['interrupting'], people: ['Priya Nair'], note: 'Interrupted Priya, "again"', meeting: null, source: 'tray' });
  clock.set('2026-11-18T16:00:00.000Z');
  await services.notes.add({ text: '=HYPERLINK("http://evil")' });
  return world;
}

describe('export', () => {
  it('Markdown reads as a journal, day by day', async () => {
    const { services } = await seeded();
    const { content, fileName } = await services.transfer.export('markdown');
    expect(fileName).toBe('touchpoint-log-2026-11-18.md');
    expect(content.split('\n')).toEqual([
      '# Touchpoint reflection log',
      '',
      'Exported 2026-11-18. Private: share it only if you choose to.',
      '',
      '## Tuesday, 17 November 2026',
      '',
      '- **11:05** harmed with Priya Nair',
      '  - Interrupting',
      '  - Interrupted Priya, "again"',
      '',
      '## Wednesday, 18 November 2026',
      '',
      '- **17:00** Note: =HYPERLINK("http://evil")',
      '',
    ]);
  });

  it('CSV escapes quotes and commas and defuses spreadsheet formulas', async () => {
    const { services } = await seeded();
    const { content } = await services.transfer.export('csv');
    expect(content.split('\r\n')).toEqual([
      'date,time,time_zone,kind,outcome,behaviours,people,meeting,text,status',
      '2026-11-17,11:05,Europe/Berlin,moment,harmed,Interrupting,Priya Nair,,"Interrupted Priya, ""again""",',
      `2026-11-18,17:00,Europe/Berlin,note,,,,,"'=HYPERLINK(""http://evil"")",`,
      '',
    ]);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('import', () => {
  it('refuses files that are not exports with a plain message, and reports bad records without dropping good ones', async () => {
    const { services } = await seeded();
    await expect(services.transfer.import('{not json')).rejects.toThrow('This file is not a Touchpoint export: it is not valid JSON.');
    await expect(services.transfer.import('{"format":"something-else"}')).rejects.toThrow('This file is not a Touchpoint export.');
    await expect(services.transfer.import('{"format":"touchpoint-export","version":7,"exportedAt":"x","data":{}}')).rejects.toThrow('newer version');

    const exported = JSON.parse((await services.transfer.export('json')).content) as { data: { moments: Record<string, unknown>[]; notes: unknown[] } };
    const moment = exported.data.moments[0]!;
    const file = {
      format: 'touchpoint-export',
      version: 1,
      exportedAt: '2026-11-20T00:00:00.000Z',
      data: {
        moments: [moment, { ...moment, id: 'new-1', note: 'A new one' }, { ...moment, id: 'bad-1', valence: 'meh' }, { ...moment, note: 'Edited elsewhere' }],
        notes: exported.data.notes,
      },
    };
    const report = await services.transfer.import(JSON.stringify(file));
    expect(report.added.moments).toBe(1);
    expect(report.unchanged).toMatchObject({ moments: 1, notes: 1 });
    expect(report.conflicts.moments).toBe(1);
    expect(report.invalidCount).toBe(1);
    expect(report.invalid[0]).toMatchObject({ kind: 'moments', index: 2 });
    expect(services.moments.get(moment.id as string).note).toBe('Interrupted Priya, "again"');
    expect(services.moments.get('new-1').note).toBe('A new one');
  });
});
