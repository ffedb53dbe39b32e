import type { Page } from '@playwright/test';
import { mainRoute } from '../../../shared/contract/main-route';
import { expect, test } from '../fixtures';
import { seedInsights } from '../support/insights-seed';

/** The views scroll inside the window, so a tall window is what shows a whole page in a screenshot. */
const TALL = { width: 1040, height: 2600 };

/** No placeholder, missing key or English screen text on a German page (user data, like notes, stays as written). */
async function expectNoLeaks(page: Page, english: string[]): Promise<void> {
  const text = await page.locator('main, [role="dialog"]').allInnerTexts();
  const all = text.join('\n');
  expect(all).not.toMatch(/undefined|\{\{|\b(overview|trend|tags|followThrough|response|patterns|notReached|team|people|person|merge|lookBack|exportDialog|chance|situations|summary|view|studies|numbers)\.[a-z]\w*\b/);
  for (const words of english) expect(all).not.toContain(words);
}

test('insights, a person page, the export and the look-back in German', async ({ harness, context, shot }) => {
  await harness.useLocale('de-DE');
  await seedInsights(harness);
  // A main window opened after the locale changed, as at the next start.
  const page = await context.newPage();
  await page.setViewportSize(TALL);
  await harness.attach(page, 'main');
  await harness.open(page, '/insights');

  await expect(page.getByRole('heading', { name: 'Einblicke', level: 1 })).toBeVisible();
  await expect(page.locator('figcaption')).toContainText('Diese Woche bisher: 3 Momente, die Vertrauen gestärkt haben, und 1 mit Schaden.');
  await expect(page.locator('figcaption')).toContainText('In 12 Wochen: 7 gestärkt, 4 geschadet.');
  const builders = page.getByRole('region', { name: 'Vertrauensbildner', exact: true });
  await expect(builders.getByRole('listitem').first()).toContainText(/^Zugehört3×/);
  await expect(page.getByRole('region', { name: 'Eingehaltene Vorsätze' }).locator('.stat__headline')).toHaveText('1 von 2 voll eingehalten · 2 zumindest teilweise');
  await expect(page.getByRole('region', { name: 'Beantwortete Check-ins' }).locator('.stat__headline')).toHaveText('4 von 7 Karten beantwortet');
  const notReached = page.getByRole('region', { name: 'Länger nicht erreicht' });
  await expect(notReached.locator('.reach__item').nth(1)).toContainText('Seit 5 Wochen kein positiver Moment · kein gemeinsames Meeting in den nächsten zwei Wochen');
  await expect(notReached.locator('.reach__item').first()).toContainText('1:1 am Donnerstag');
  await page.getByText('So wird gezählt').click();
  await page.getByText('Diese Zahlen als Tabelle zeigen').click();
  await expectNoLeaks(page, ['Not reached lately', 'Help and harm', 'Intentions kept', 'Check-ins answered', 'Find a person', 'What goes with harm', 'weeks']);
  await shot(page, 'de-insights-overview');

  // The weekly summary is written by the main process: in German too, with German dates.
  await page.getByRole('button', { name: 'Wochenzusammenfassung exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wochenzusammenfassung exportieren' });
  const preview = dialog.locator('pre');
  await expect(preview).toContainText(/# Wochenzusammenfassung: 16\.\s?–\s?22\. November 2026/);
  await expect(preview).toContainText('| Meine Momente, die Vertrauen gestärkt haben | 3 | 2 |');
  await expect(preview).toContainText('- Vertrauensbildner: Zugehört (2), Empathie (1), Anerkannt / gedankt (1)');
  await expect(preview).toContainText('Notizen sind in dieser Zusammenfassung nicht enthalten.');
  await expect(preview).not.toContainText('helped');
  await shot(page, 'de-insights-export');
  await dialog.getByRole('button', { name: 'Schließen' }).click();

  await harness.open(page, mainRoute('insights', 'Sam Rivera'));
  const sam = page.getByRole('region', { name: 'Sam Rivera' });
  await expect(sam.getByRole('heading', { name: 'Sam Rivera', level: 1 })).toBeVisible();
  await expect(sam).toContainText('5 Momente: eigene 4 gestärkt, 1 geschadet. Letzter stärkender Moment: 20. November 2026.');
  await expect(sam.getByRole('region', { name: 'Nächstes gemeinsames Meeting' })).toContainText('In den nächsten vier Wochen kein gemeinsames Meeting in deinem Kalender.');
  await expect(sam.getByRole('region', { name: 'Vorsätze für eure Meetings' })).toContainText('0 eingehalten, 1 teilweise, 0 nicht eingehalten');
  await expect(sam.getByRole('listitem').filter({ hasText: 'Thanked Sam for the release notes' })).toContainText('notiert als „Sam“');
  await expectNoLeaks(page, ['Moments with them', 'Open follow-ups', 'Other names for them', 'logged as']);
  await shot(page, 'de-insights-person');

  // The look-back's suggestion is worded by the main process.
  await harness.open(page, mainRoute('week'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Deine Woche: 16.');
  await expect(page.getByRole('region', { name: 'Gestärkt und Geschadet' })).toContainText('3 Momente, die Vertrauen gestärkt haben, 1 mit Schaden');
  await expect(page.getByRole('region', { name: /^Nächste Woche/ })).toContainText('Ein guter Start für jede Woche; wenn du mehr Momente festhältst, kommt der Vorschlag aus deiner eigenen Woche.');
  await expectNoLeaks(page, ['A moment to be proud of', 'Next week', 'Skip this week']);
  await shot(page, 'de-look-back');
});

test('About the science in German, with the studies cited as published', async ({ harness, context, shot }) => {
  await harness.useLocale('de-DE');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1040, height: 5200 });
  await harness.attach(page, 'main');
  await harness.open(page, '/science');
  await expect(page.getByRole('heading', { name: 'Die Forschung dahinter', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vierzig Sekunden Mitgefühl', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wenn-dann-Pläne', level: 2 })).toBeVisible();
  await expect(page.locator('cite').first()).toContainText('Fogarty, L. A., Curbow, B. A., Wingard, J. R., McDonnell, K., & Somerfield, M. R. (1999).');
  await expect(page.locator('cite')).toHaveCount(4);
  await expect(page.getByText('Der durchschnittliche Effekt war mittel bis groß (d ≈ 0,65).')).toBeVisible();
  await expect(page.getByText(/erscheint eine Situation erst ab \d+ Momenten darin und \d+ außerhalb/)).toBeVisible();
  await expectNoLeaks(page, ['What the study found', 'Honest limits', 'About the science', 'Back to Insights']);
  await shot(page, 'de-science');
});
