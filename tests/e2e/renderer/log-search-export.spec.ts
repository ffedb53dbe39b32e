import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../../support/temp-dir';
import { expect, test } from '../fixtures';
import { Harness } from '../support/harness';
import { seedLog } from '../support/seed';

test('find entries by search as you type and by filters; write a note; undo a delete', async ({ harness, mainPage, shot }) => {
  await seedLog(harness);
  await mainPage.reload();
  const entries = mainPage.getByRole('article');
  await expect(entries).toHaveCount(6);
  await shot(mainPage, 'log-all-kinds');

  const search = mainPage.getByRole('searchbox', { name: 'Search the log' });
  await search.pressSequentially('deadl');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Interrupted Priya about the deadline');
  await search.fill('budget');
  await expect(entries).toHaveCount(2);
  await shot(mainPage, 'log-search');
  await search.fill('');

  await mainPage.getByRole('button', { name: 'Witnessed' }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Sarcastic reply');
  await mainPage.getByRole('button', { name: 'Clear all' }).click();
  await mainPage.getByRole('button', { name: 'More filters' }).click();
  await mainPage.getByLabel('Outcome').selectOption('harmed');
  await expect(entries).toHaveCount(2);
  await mainPage.getByLabel('Person').fill('priya');
  await expect(entries).toHaveCount(1);
  await shot(mainPage, 'log-filters');
  await mainPage.getByRole('button', { name: 'Clear all' }).click();
  await mainPage.getByRole('button', { name: 'More filters' }).click();
  await mainPage.getByLabel('From', { exact: true }).fill('2026-11-17');
  await mainPage.getByLabel('To', { exact: true }).fill('2026-11-17');
  await expect(entries).toHaveCount(2);
  await mainPage.getByRole('button', { name: 'Clear all' }).click();

  await mainPage.getByRole('button', { name: 'Write a note' }).click();
  await mainPage.getByRole('dialog', { name: 'Write a note' }).getByRole('textbox').fill('Ask the team about meeting-free Fridays');
  await mainPage.getByRole('button', { name: /^Save/ }).click();
  await expect(mainPage.getByRole('article', { name: /^Note at/ }).first()).toContainText('meeting-free Fridays');

  await mainPage.getByRole('button', { name: 'Delete: Review of 18 November 2026' }).click();
  await expect(mainPage.getByRole('article', { name: 'Review of 18 November 2026' })).toHaveCount(0);
  await mainPage.getByRole('button', { name: 'Undo' }).click();
  await expect(mainPage.getByRole('article', { name: 'Review of 18 November 2026' })).toBeVisible();
});

test('export to JSON, CSV and Markdown, and re-import into an empty profile with identical content', async ({ harness, mainPage, context, shot }) => {
  await seedLog(harness);
  await mainPage.reload();
  const exportAs = async (format: 'JSON' | 'CSV' | 'Markdown') => {
    await mainPage.getByRole('button', { name: 'Export / import' }).click();
    const dialog = mainPage.getByRole('dialog', { name: 'Export or import' });
    await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
    const download = mainPage.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    await expect(dialog.getByRole('status').filter({ hasText: 'Exported' })).toContainText('3 moments, 1 follow-up, 1 review and 1 note');
    if (format === 'JSON') await shot(mainPage, 'log-export-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const json = await exportAs('JSON');
  expect(json.name).toBe('touchpoint-export-2026-11-21.json');
  const csv = await exportAs('CSV');
  expect(csv.text.split('\r\n')[0]).toBe('date,time,time_zone,kind,outcome,behaviours,people,meeting,text,status');
  expect(csv.text).toContain('2026-11-17,11:05,Europe/Berlin,moment,harmed,Interrupting,Priya Nair,,Interrupted Priya about the deadline,');
  const markdown = await exportAs('Markdown');
  expect(markdown.text).toContain('## Tuesday, 17 November 2026');
  expect(markdown.text).toContain('- **11:05** harmed with Priya Nair');

  // A fresh profile on "another machine": import the JSON and compare everything.
  const dir = await makeTempDir('touchpoint-e2e-import-');
  const other = await Harness.start({ userDataDirectory: dir.path, now: '2026-11-22T10:00:00.000Z', timeZone: 'Europe/Berlin' });
  try {
    const page = await context.newPage();
    await other.attach(page, 'main');
    await other.open(page, '/log');
    await page.getByRole('button', { name: 'Export / import' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose a file…').click();
    const path = join(dir.path, json.name);
    await (await import('node:fs/promises')).writeFile(path, json.text);
    await (await chooser).setFiles(path);
    const dialog = page.getByRole('dialog', { name: 'Export or import' });
    await expect(dialog.getByText('Imported 3 moments, 1 follow-up, 1 review and 1 note.')).toBeVisible();
    await shot(page, 'log-import-report');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('article')).toHaveCount(6);

    const again = (await other.services.transfer.export('json')).content;
    const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), exportedAt: null });
    expect(strip(again)).toEqual(strip(json.text));

    // Importing the same file again changes nothing and says so.
    const report = await other.services.transfer.import(json.text);
    expect(report.added).toEqual({ moments: 0, checkIns: 0, followUps: 0, reviews: 0, notes: 0 });
    expect(report.unchanged).toEqual({ moments: 3, checkIns: 0, followUps: 1, reviews: 1, notes: 1 });
  } finally {
    await other.stop();
    await dir.cleanup();
  }
});
