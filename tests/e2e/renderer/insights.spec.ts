import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { icsCalendar } from '../../unit/insights/helpers';
import { expect, test } from '../fixtures';
import type { Harness } from '../support/harness';
import { seedInsights } from '../support/insights-seed';

/** The views scroll inside the window, so a tall window is what shows a whole page in a screenshot. */
const TALL = { width: 1040, height: 2600 };

async function openInsights(page: Page, harness: Harness): Promise<void> {
  await page.setViewportSize(TALL);
  await harness.open(page, '/insights');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not reached lately' })).toBeVisible();
}

test('insights show the seeded weeks, people and a weekly summary to export', async ({ mainPage: page, harness, shot }) => {
  await seedInsights(harness);
  await openInsights(page, harness);

  // The trend: the text summary, the chart and its table say the same.
  await expect(page.locator('figcaption')).toHaveText(
    'This week so far: 3 moments that helped trust and 1 that harmed it. By the same time last week (Saturday 10:30): 2 helped, 2 harmed. Over 12 weeks: 7 helped, 4 harmed. You also witnessed 1 helping and 0 harming, counted apart.',
  );
  const chart = page.getByTestId('trend-chart');
  await expect(chart.locator('.recharts-surface')).toBeVisible();
  await expect(chart.locator('.trend__bar--helped .recharts-rectangle')).toHaveCount(3);
  await expect(chart.locator('.trend__bar--harmed .recharts-rectangle')).toHaveCount(3);
  await expect(chart.locator('.trend__label')).toHaveText(['2', '2', '3', '1', '2', '1']);
  await expect(chart.locator('.recharts-cartesian-axis-tick-value').first()).toHaveText('31 Aug');
  await page.getByText('Show these numbers as a table').click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(13);
  await expect(rows.filter({ hasText: /16\s?–\s?22 Nov/ }).getByRole('cell')).toHaveText(['3', '1', '1', '0']);
  await expect(rows.filter({ hasText: /9\s?–\s?15 Nov/ }).getByRole('cell')).toHaveText(['2', '2', '0', '0']);
  await expect(rows.filter({ hasText: /\b2\s?–\s?8 Nov/ }).getByRole('cell')).toHaveText(['2', '0', '0', '0']);
  await expect(rows.filter({ hasText: '26 Oct – 1 Nov' }).getByRole('cell')).toHaveText(['0', '1', '0', '0']);

  // Builders and damagers: own moments only (the witnessed "warmth" is not the user's).
  const builders = page.getByRole('region', { name: 'Builders', exact: true });
  await expect(builders.getByRole('listitem')).toHaveText([/^Listened3×/, /^Empathy2×/, /^Warmth1×/, /^Recognised \/ thanked1×/, /^Followed up1×/]);
  const damagers = page.getByRole('region', { name: 'Damagers', exact: true });
  await expect(damagers.getByRole('listitem')).toHaveText([/^Rushed2×/, /^Blame1×/, /^Interrupting1×/, /^Distracted \/ on the phone1×/]);
  await expect(builders.getByRole('listitem').first()).toContainText('This week: 2.');

  // Intentions: m-c yes, m-a partly, m-b never looked back on. Two answers: counts, no percentage.
  const kept = page.getByRole('region', { name: 'Intentions kept' });
  await expect(kept.locator('.stat__headline')).toHaveText('1 of 2 kept fully · 2 at least partly');
  await expect(kept).toContainText('Of 3 meetings with an intention, 2 answered “kept?”, 1 not looked back on. A percentage appears from 10 answers on.');
  // Check-ins: 4 answered of 7 shown (too few for a rate); the quiet-hours card is not counted.
  const answered = page.getByRole('region', { name: 'Check-ins answered' });
  await expect(answered.locator('.stat__headline')).toHaveText('4 of 7 cards answered');
  await expect(answered).toContainText('Not counted: 1 card never shown (1 in quiet or off hours).');
  await shot(page, 'insights-overview');

  // Not reached lately, ranked: Alex (only witnessed lately) quiet since 1 August (15 weeks and 6 days); Kim (only a
  // harm) since first met on 14 October. Sam and Priya were reached; Jo on 3 November; the
  // 44 people of the all-hands are not considered.
  const notReached = page.getByRole('region', { name: 'Not reached lately' });
  const ranked = notReached.locator('.reach__item');
  await expect(ranked).toHaveCount(2);
  await expect(ranked.nth(0)).toContainText('Alex Chen Small meeting');
  await expect(ranked.nth(0)).toContainText('No positive moment in 15 weeks · 1:1 on Thursday');
  await expect(ranked.nth(0)).toContainText('Last helped moment 1 August 2026 · last met: Team sync, Wed 18 Nov, 14:00');
  await expect(ranked.nth(1)).toContainText('Kim Lee Small meeting');
  await expect(ranked.nth(1)).toContainText('No positive moment in 5 weeks · no meeting together in the next two weeks');
  await expect(ranked.nth(1)).toContainText('No helped moment yet · last met: Ops review, Wed 4 Nov, 14:00');
  await expect(notReached).toContainText('5 people met in 1:1s or small meetings in the last 3 weeks; 1 large meeting (more than 8 people) not counted.');
  await expect(notReached).not.toContainText('Person 1');
  await expect(page.getByRole('region', { name: 'People' })).not.toContainText('Person 1');

  // "Person page" opens that person's page, with the keyboard on their name, and the next chance.
  await notReached.getByRole('button', { name: 'Person page for Kim Lee' }).click();
  await expect(page).toHaveURL(/#\/insights\?person=Kim%20Lee$/);
  const kim = page.getByRole('region', { name: 'Kim Lee' });
  await expect(kim.getByRole('heading', { name: 'Kim Lee', level: 1 })).toBeFocused();
  await expect(kim.getByRole('region', { name: 'Moments with them' })).toContainText('1 moment: your own 0 helped, 1 harmed. No helped moment yet.');
  await expect(kim).toContainText('Blamed Kim for the outage in front of the team');
  await expect(kim.getByRole('region', { name: 'Next meeting together' })).toContainText('Ops sync on Thu 10 Dec at 10:00 · with 1 other person');
  await expect(kim.getByRole('region', { name: 'Open follow-ups' })).toContainText('Nothing open with Kim Lee.');
  await kim.getByRole('link', { name: '← Insights' }).click();

  // Search a person by keyboard: typing filters, Enter opens the first match's page.
  const search = page.getByRole('searchbox', { name: 'Find a person' });
  await search.fill('sam r');
  await expect(page.getByRole('list', { name: 'Matching people' }).getByRole('link')).toHaveText(['Sam Rivera5']);
  await search.press('Enter');
  const sam = page.getByRole('region', { name: 'Sam Rivera' });
  await expect(sam.getByRole('heading', { name: 'Sam Rivera', level: 1 })).toBeFocused();
  await expect(sam).toContainText('5 moments: your own 4 helped, 1 harmed. Last helped moment: 20 November 2026.');
  await expect(sam.getByRole('listitem').filter({ hasText: 'Thanked Sam for the release notes' })).toContainText('logged as “Sam”');
  await expect(sam.locator('.person__moment')).toHaveCount(5);
  await expect(sam.getByRole('region', { name: 'Open follow-ups' }).getByRole('listitem')).toHaveText([/^Send Sam the budget sheet · since 21 November 2026$/]);
  const intentions = sam.getByRole('region', { name: 'Intentions with them' });
  await expect(intentions).toContainText('0 kept, 1 partly, 0 not kept.');
  await expect(intentions.getByRole('listitem')).toHaveText([/^Listen first Partly kept · 1:1 Sam, Fri 20 Nov, 10:00$/]);
  await expect(sam.getByRole('region', { name: 'Notes that mention them' })).toContainText('Sam Rivera asked about the staff engineer path');
  await expect(sam.getByRole('region', { name: 'Next meeting together' })).toContainText('No meeting together in your calendar in the next four weeks.');
  await shot(page, 'insights-person');
  await page.getByRole('link', { name: '← Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();

  // The period: the last four weeks hold everything seeded in the period.
  await page.getByLabel('Period').selectOption('4');
  await expect(page.locator('figcaption')).toContainText('Over 4 weeks: 7 helped, 4 harmed.');

  // Export: preview first, notes left out unless asked for; the download is exactly the preview.
  await page.getByRole('button', { name: 'Export weekly summary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a weekly summary' });
  const preview = dialog.locator('pre');
  await expect(preview).toContainText('# Weekly summary: 16–22 November 2026');
  await expect(preview).toContainText('| My moments that helped trust | 3 | 2 |');
  await expect(preview).toContainText('| My moments that harmed trust | 1 | 2 |');
  await expect(preview).toContainText('Compared with the week before, by the same time: 1 more helped, 1 fewer harmed.');
  await expect(preview).toContainText('- Builders: Listened (2), Empathy (1), Recognised / thanked (1)');
  await expect(preview).toContainText('Notes are left out of this summary.');
  await expect(preview).not.toContainText('Cut Sam off');
  await shot(page, 'insights-export');
  await dialog.getByRole('checkbox', { name: 'Include my notes' }).check();
  await expect(preview).toContainText('- **Wed 18 Nov, 09:30** · harmed trust, with Sam Rivera (Rushed, Interrupting): Cut Sam off in standup');
  await expect(preview).toContainText('I saw someone help trust, involving Alex Chen (Warmth): Alex welcomed the new hire');
  await shot(page, 'insights-export-notes');
  const lastWeek = dialog.getByLabel('Week').locator('option', { hasText: /^Last week \(9\s?–\s?15 Nov\)$/ });
  await dialog.getByLabel('Week').selectOption({ label: (await lastWeek.textContent()) ?? '' });
  await expect(preview).toContainText('# Weekly summary: 9–15 November 2026');
  await expect(preview).toContainText('No notes were written this week.');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('touchpoint-week-2026-11-09.md');
  expect(await readFile(await download.path(), 'utf8')).toBe(await preview.textContent());
  await expect(dialog.getByRole('status')).toHaveText('Download of touchpoint-week-2026-11-09.md started.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('not reached lately: the team first, curated in a click, and the window to look back', async ({ mainPage: page, harness, shot }) => {
  await seedInsights(harness);
  await openInsights(page, harness);
  const notReached = page.getByRole('region', { name: 'Not reached lately' });
  const ranked = notReached.locator('.reach__item');
  await expect(ranked).toHaveCount(2);

  // The team: suggested from the recurring 1:1 with Priya, added in one click; Kim added from
  // the list moves to the top.
  const team = notReached.getByRole('group').filter({ hasText: 'Your team' });
  await expect(notReached.getByRole('list', { name: 'Suggested for your team' }).getByRole('listitem')).toHaveText([/^Priya Nair priya@acme\.test/]);
  await notReached.getByRole('button', { name: 'Add to team: Priya Nair' }).click();
  await expect(notReached.getByRole('list', { name: 'Your team', exact: true }).getByRole('listitem')).toHaveText([/^Priya Nair priya@acme\.test/]);
  await notReached.locator('.reach__item').nth(1).getByRole('button', { name: 'Add to team: Kim Lee' }).click();
  await expect(ranked.nth(0)).toContainText('Kim Lee Team');
  await expect(ranked.nth(1)).toContainText('Alex Chen Small meeting');
  expect(harness.services.settings.get().insights.team).toEqual([
    { email: 'priya@acme.test', name: 'Priya Nair' },
    { email: 'kim@acme.test', name: 'Kim Lee' },
  ]);
  await expect(team).toHaveCount(1);
  await shot(page, 'insights-not-reached');
  await notReached.getByRole('button', { name: 'Remove Kim Lee from my team' }).click();
  await expect(ranked.nth(0)).toContainText('Alex Chen');

  // The "not reached" window is the setting; changing it here changes the list and keeps the team.
  await notReached.getByLabel('After').selectOption('1');
  await expect(notReached).toContainText('with no moment of yours that helped trust for 1 week or more');
  await expect(ranked).toHaveCount(1);
  await expect(ranked).toContainText('Alex Chen');
  expect(harness.services.settings.get().insights).toEqual({ notReachedWeeks: 1, team: [{ email: 'priya@acme.test', name: 'Priya Nair' }] });

});

/**
 * Four working weeks (26 October to 20 November, all in Berlin winter time): every weekday three
 * back-to-back meetings 09:00-10:30 and a 1:1 at 14:00. A moment at 10:35 each day (12 of 20
 * harm) and one at 15:00 (2 of 20 harm).
 */
async function seedPatterns(harness: Harness): Promise<void> {
  const { services } = harness;
  services.coach.stop();
  services.settings.update({ onboarded: true, meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  const pair = ['Sam Rivera <sam.rivera@acme.test>', 'Priya Nair <priya@acme.test>'];
  const weekdays = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=20';
  await services.calendar.sync.addSource({
    kind: 'ics-file',
    name: 'Work',
    text: icsCalendar([
      { uid: 'standup', title: 'Standup', start: '2026-10-26T08:00:00Z', end: '2026-10-26T08:30:00Z', attendees: pair, rrule: weekdays },
      { uid: 'triage', title: 'Triage', start: '2026-10-26T08:30:00Z', end: '2026-10-26T09:00:00Z', attendees: pair, rrule: weekdays },
      { uid: 'planning', title: 'Planning', start: '2026-10-26T09:00:00Z', end: '2026-10-26T09:30:00Z', attendees: pair, rrule: weekdays },
      { uid: 'one-on-one', title: '1:1 Kim', start: '2026-10-26T13:00:00Z', end: '2026-10-26T13:30:00Z', attendees: ['Kim Lee <kim@acme.test>'], rrule: weekdays },
    ]),
  });
  let day = 0;
  for (let week = 0; week < 4; week++) {
    for (let weekday = 0; weekday < 5; weekday++, day++) {
      const date = new Date(Date.parse('2026-10-26T12:00:00Z') + (week * 7 + weekday) * 86_400_000).toISOString().slice(0, 10);
      const add = (time: string, valence: 'helped' | 'harmed') => services.moments.add({ kind: 'own', valence, tags: [], people: [], note: '', meeting: null, source: 'tray', occurredAt: `${date}T${time}:00.000Z` });
      await add('09:35', day % 5 < 3 ? 'harmed' : 'helped');
      await add('14:00', day % 10 === 0 ? 'harmed' : 'helped');
    }
  }
}

test('what goes with harm: a pattern from several weeks, in words and in a table, with the science behind it', async ({ mainPage: page, harness, shot }) => {
  await seedPatterns(harness);
  await openInsights(page, harness);
  const patterns = page.getByRole('region', { name: 'What goes with harm' });
  // The third meeting of a run is also a morning one, in a small meeting: said once, not three times.
  await expect(patterns.getByRole('listitem')).toHaveText([
    'Of your 20 moments after three or more back-to-back meetings, 12 were harm (60%, 39–78%); otherwise 10%. The same counts come up in the morning (before noon); in meetings of three to 8 people; in recurring meetings: most likely the same moments.',
  ]);
  await patterns.getByText('All situations with enough moments').click();
  const streak = patterns.getByRole('table', { name: 'After back-to-back meetings' });
  await expect(streak.getByRole('row')).toHaveText([/^Situation/, /^Not right after a meeting20210% \(3–30%\)60%$/, /^After three or more back to back201260% \(39–78%\)10%$/]);
  await shot(page, 'insights-patterns');
  await patterns.getByRole('link', { name: 'What such a pattern can and cannot mean' }).click();
  await expect(page.getByRole('heading', { name: 'What a pattern in your log can and cannot mean' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What a pattern in your log can and cannot mean' })).toContainText('It is not a cause.');
});

test('what goes with harm waits for enough moments', async ({ mainPage: page, harness }) => {
  await seedInsights(harness);
  await openInsights(page, harness);
  await expect(page.getByRole('region', { name: 'What goes with harm' })).toContainText(
    'Not enough moments yet for a pattern: each situation needs at least 10 moments in it and 10 outside it. You have 12 moments so far, 4 of them harm.',
  );
});

test('insights in dark mode, and at 200% zoom', async ({ mainPage: page, harness, shot }) => {
  await seedInsights(harness);
  harness.services.settings.update({ theme: 'dark' });
  await openInsights(page, harness);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByText('Show these numbers as a table').click();
  await shot(page, 'insights-overview-dark');
  await page.getByRole('button', { name: 'Person page for Kim Lee' }).click();
  await expect(page.getByRole('heading', { name: 'Kim Lee', level: 1 })).toBeFocused();
  await shot(page, 'insights-person-dark');
  await page.getByRole('link', { name: '← Insights' }).click();
  await page.getByRole('button', { name: 'Export weekly summary' }).click();
  await page.getByRole('checkbox', { name: 'Include my notes' }).check();
  await expect(page.locator('pre')).toContainText('Cut Sam off in standup');
  await shot(page, 'insights-export-dark');
  await page.keyboard.press('Escape');

  // 200% zoom: the same window shows half as many CSS pixels. Nothing may scroll sideways.
  harness.services.settings.update({ theme: 'light' });
  await page.setViewportSize({ width: 520, height: TALL.height });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('trend-chart').locator('.recharts-surface')).toBeVisible();
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('.shell__main')!;
    const widest = Math.max(...[...main.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
    return { main: main.scrollWidth - main.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth, outside: widest > main.getBoundingClientRect().right };
  });
  expect(overflow).toEqual({ main: 0, page: 0, outside: false });
  await shot(page, 'insights-zoom-200');
});

test('an empty log says so instead of showing empty charts', async ({ mainPage: page, harness, shot }) => {
  harness.services.settings.update({ onboarded: true });
  await openInsights(page, harness);
  await expect(page.getByRole('heading', { name: 'Nothing to look back on yet' })).toBeVisible();
  await expect(page.getByTestId('trend-chart')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Not reached lately' })).toContainText('Nothing logged yet. Once you have logged for 3 weeks, the people you have not reached will show here.');
  await shot(page, 'insights-empty');
  harness.services.settings.update({ theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, 'insights-empty-dark');
});

test('About the science: each study in plain words, with its limits and citation', async ({ mainPage: page, harness, shot }) => {
  await page.setViewportSize(TALL);
  await harness.open(page, '/insights');
  await page.getByRole('link', { name: 'About the science' }).first().click();
  await expect(page.getByRole('heading', { name: 'About the science', level: 1 })).toBeVisible();
  for (const [title, cited] of [
    ['Forty seconds of compassion', 'Fogarty, L. A.'],
    ['Small talk with weak ties', 'Sandstrom, G. M., & Dunn, E. W. (2014)'],
    ['Witnessing rudeness', 'Porath, C. L., & Erez, A. (2009)'],
    ['If-then plans', 'Gollwitzer, P. M., & Sheeran, P. (2006)'],
  ] as const) {
    const study = page.getByRole('article', { name: title });
    await expect(study.getByRole('heading', { name: 'Honest limits' })).toBeVisible();
    await expect(study).toContainText(cited);
  }
  await expect(page.getByRole('article', { name: 'If-then plans' })).toContainText('94 independent tests');
  await expect(page.getByRole('article', { name: 'If-then plans' })).toContainText('d ≈ 0.65');
  // "On this page" jumps by keyboard without changing the route.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('button', { name: 'Witnessing rudeness' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Witnessing rudeness' })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/science');
  await shot(page, 'science');
  harness.services.settings.update({ theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, 'science-dark');
});

test('the person page is one click from the log and from the card before a meeting', async ({ harness, mainPage: page, checkInPage, shot }) => {
  await seedInsights(harness);
  // The log: every name in an entry leads to that person's page.
  await harness.open(page, '/log');
  // "Sam" is the attendee Sam Rivera: the row names the person and keeps the name as written.
  const row = page.getByRole('article', { name: /^Harmed at .* with Sam Rivera$/ }).filter({ hasText: 'Cut Sam off in standup' });
  await expect(row).toContainText('(logged as “Sam”)');
  await row.getByRole('link', { name: 'Sam Rivera' }).click();
  await expect(page).toHaveURL(/#\/insights\?person=Sam%20Rivera$/);
  // One person, one page.
  await expect(page.getByRole('heading', { name: 'Sam Rivera', level: 1, exact: true })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Moments with them' })).toContainText('Cut Sam off in standup');
  await expect(page.getByRole('region', { name: 'Open follow-ups' })).toContainText('Send Sam the budget sheet');

  // The card before a 1:1 with Kim: "Last time with them" links to her page in the main window.
  await harness.open(page, '/today');
  harness.services.coach.start();
  harness.setMeetings([
    { id: 'kim-1on1', sourceId: 'work', uid: 'kim-1on1', title: '1:1 Kim', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', organizer: null, location: null, attendees: [{ email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' }, { email: 'kim@acme.test', name: 'Kim Lee', partstat: 'ACCEPTED' }] },
  ]);
  await harness.setTime('2026-11-23T08:58:05.000Z');
  const lastTime = checkInPage.getByRole('region', { name: 'Last time with these people' });
  // The card may float over a shared screen: the note shows only when asked for.
  await expect(lastTime).not.toContainText('Blamed Kim for the outage in front of the team');
  await lastTime.getByRole('button', { name: 'Show note about Kim Lee' }).click();
  await expect(lastTime).toContainText('Blamed Kim for the outage in front of the team');
  await shot(checkInPage, 'check-in-before-person-link');
  await lastTime.getByRole('button', { name: 'Open page for Kim Lee' }).click();
  await expect.poll(() => harness.mainOpenRequests).toEqual(['insights:Kim Lee']);
  await expect(page.getByRole('heading', { name: 'Kim Lee', level: 1 })).toBeFocused();
  // The page reads the calendar (the imported file), as Insights does.
  await expect(page.getByRole('region', { name: 'Next meeting together' })).toContainText('Ops sync on Thu 10 Dec');
  await shot(page, 'insights-person-from-card');
});

test('the weekly look-back: the week, a moment to be proud of, a pattern to watch, and next week’s intention in one click', async ({ harness, mainPage: page, checkInPage, shot }) => {
  // Four weeks with a clear pattern (see seedPatterns); this week runs Monday 16 to Friday 20 November.
  await seedPatterns(harness);
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: ['recognised'], people: ['Priya Nair'], note: 'Thanked Priya in front of the team for the migration', meeting: null, source: 'tray', occurredAt: '2026-11-19T15:30:00.000Z' });
  await page.setViewportSize(TALL);
  // From the review, as on a Friday evening.
  await harness.open(page, '/review');
  await page.getByRole('link', { name: 'Look back on the week' }).click();
  const lookBack = page.getByRole('region', { name: /^Your week: 16\s?–\s?22 Nov$/ });
  await expect(lookBack.getByRole('region', { name: 'Help and harm' })).toContainText('8 moments that helped trust, 3 that harmed it');
  await expect(lookBack.getByRole('region', { name: 'A moment to be proud of' })).toContainText('Thanked Priya in front of the team for the migration');
  await expect(lookBack.getByRole('region', { name: 'A pattern to watch' })).toContainText(
    'Of your 20 moments after three or more back-to-back meetings, 12 were harm (60%, 39–78%); otherwise 10%.',
  );
  const next = lookBack.getByRole('region', { name: /^Next week \(23\s?–\s?29 Nov\)$/ });
  await expect(next).toContainText('If I come straight out of back-to-back meetings, then I will take one breath and ask how the other person is before anything else.');
  await expect(next).toContainText('Harm comes up more often in your moments after three or more back-to-back meetings.');
  await shot(page, 'look-back');
  await next.getByRole('button', { name: 'Use this next week' }).click();
  await expect(next.getByRole('status')).toContainText('Your intention for next week');
  expect(harness.services.settings.get().weekIntention).toEqual({
    weekStart: '2026-11-23',
    intention: { type: 'own', text: 'If I come straight out of back-to-back meetings, then I will take one breath and ask how the other person is before anything else.' },
  });
  await shot(page, 'look-back-accepted');

  // Next Monday, the card before the first meeting starts with it: one click to keep it.
  harness.services.coach.start();
  harness.setMeetings([
    { id: 'kim-1on1', sourceId: 'work', uid: 'kim-1on1', title: '1:1 Kim', start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T13:30:00.000Z', organizer: null, location: null, attendees: [{ email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' }, { email: 'kim@acme.test', name: 'Kim Lee', partstat: 'ACCEPTED' }] },
  ]);
  await harness.setTime('2026-11-23T12:58:05.000Z');
  await expect(checkInPage.getByRole('heading', { name: 'Before: 1:1 Kim' })).toBeVisible();
  await expect(checkInPage.getByRole('textbox', { name: /in your own words/ })).toHaveValue(/^If I come straight out of back-to-back meetings/);
  await shot(checkInPage, 'check-in-week-intention');
  await checkInPage.getByRole('button', { name: /^Save/ }).click();
  await expect(checkInPage.getByText('Check-in saved')).toBeVisible();
  expect(harness.services.checkIns.all()[0]?.intentionFor?.intention).toEqual(harness.services.settings.get().weekIntention?.intention);
});

test('the weekly look-back can be skipped, and with little logged it says so', async ({ harness, mainPage: page }) => {
  harness.services.settings.update({ onboarded: true });
  await harness.services.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people: ['Sam'], note: '', meeting: null, source: 'tray', occurredAt: '2026-11-20T09:00:00.000Z' });
  await harness.open(page, '/week');
  const lookBack = page.getByRole('region', { name: /^Your week: 16\s?–\s?22 Nov$/ });
  await expect(lookBack.getByRole('region', { name: 'Help and harm' })).toContainText('1 moment that helped trust, 0 that harmed it');
  await expect(lookBack.getByRole('region', { name: 'Help and harm' })).toContainText('too few moments to read a pattern of the week into');
  await expect(lookBack.getByRole('region', { name: 'A pattern to watch' })).toContainText('Nothing stands out yet');
  await expect(lookBack.getByRole('region', { name: /^Next week/ })).toContainText('(a general suggestion, not from your log)');
  await lookBack.getByRole('button', { name: 'Skip this week' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  expect(harness.services.settings.get().weekIntention).toBeNull();
});
