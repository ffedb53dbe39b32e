import { mainRoute } from '../../../shared/contract/main-route';
import { expect, test } from '../fixtures';

test('two names for one person: merged on the person page, shown in insights, and undone', async ({ harness, mainPage: page, shot }) => {
  await harness.setTime('2026-11-23T08:00:00.000Z');
  const s = harness.services;
  s.settings.update({ meetingRules: { ...s.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  harness.setMeetings([
    { id: 'sam-1on1', sourceId: 'work', uid: 'sam-1on1', title: '1:1 with Sam', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', organizer: null, location: null, attendees: [{ email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' }, { email: 'sam.rivera@acme.test', name: 'Sam Rivera', partstat: 'ACCEPTED' }] },
  ]);
  const add = (occurredAt: string, people: string[], note: string) => s.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people, note, meeting: null, source: 'tray', occurredAt });
  await add('2026-11-18T10:00:00.000Z', ['Sam'], 'Let Sam finish');
  await add('2026-11-19T10:00:00.000Z', ['Sammy'], 'Asked Sammy about the move');
  await add('2026-11-20T10:00:00.000Z', ['Sam Rivera'], 'Thanked Sam for the demo');

  await harness.open(page, mainRoute('insights', 'Sam Rivera'));
  const moments = page.getByRole('region', { name: 'Moments with them' });
  await expect(moments).toContainText('Let Sam finish');
  await expect(moments).not.toContainText('Asked Sammy about the move');
  const names = page.getByRole('region', { name: 'Other names for them' });
  await names.getByRole('combobox', { name: 'Same person as' }).selectOption('Sammy');
  await names.getByRole('button', { name: 'Merge into Sam Rivera' }).click();
  await expect(names).toContainText('Written as Sammy in your log');
  await expect(moments).toContainText('Asked Sammy about the move');
  await shot(page, 'person-merged-names');

  // Insights list one person; the log still shows what was written.
  await harness.open(page, '/insights');
  const people = page.getByRole('list', { name: 'Matching people' });
  await expect(people.getByRole('link', { name: /^Sam Rivera/ })).toHaveAccessibleName('Sam Rivera 3 moments');
  await expect(people.getByRole('link', { name: /Sammy/ })).toHaveCount(0);
  // The log shows each moment under its person, with the name as written, and its person filter finds every spelling.
  await harness.open(page, '/log');
  const sammy = page.getByRole('article').filter({ hasText: 'Asked Sammy about the move' });
  await expect(sammy).toHaveAccessibleName(/with Sam Rivera$/);
  await expect(sammy).toContainText('(logged as “Sammy”)');
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByLabel('Person', { exact: true }).fill('Sam Rivera');
  const found = page.getByRole('article', { name: /with Sam Rivera$/ });
  await expect(found).toHaveCount(3);
  await expect(page.getByRole('article').filter({ hasText: 'Let Sam finish' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Asked Sammy about the move' })).toBeVisible();
  await shot(page, 'log-person-filter-merged');

  // Undone: Sammy is their own person again.
  await harness.open(page, mainRoute('insights', 'Sam Rivera'));
  await page.getByRole('button', { name: 'Undo merge of Sammy' }).click();
  await expect(page.getByRole('region', { name: 'Other names for them' })).not.toContainText('Written as');
  await expect(page.getByRole('region', { name: 'Moments with them' })).not.toContainText('Asked Sammy about the move');
  expect(s.settings.get().people.aliases).toEqual([]);
  await harness.open(page, '/log');
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByLabel('Person', { exact: true }).fill('Sam Rivera');
  await expect(page.getByRole('article').filter({ hasText: 'Let Sam finish' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Asked Sammy about the move' })).toHaveCount(0);
});
