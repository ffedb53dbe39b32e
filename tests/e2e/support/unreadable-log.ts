import type { BrowserContext, Page } from '@playwright/test';
import type { Harness } from './harness';

/**
 * A main window (not the mainPage fixture: a view that cannot be shown is logged to the console
 * on purpose) that opens on Today and then goes to the log, whose entries come back with a time
 * zone no runtime knows, as records older versions let in did: formatting them throws while
 * the view renders.
 */
export async function openUnreadableLog(context: BrowserContext, harness: Harness): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1040, height: 740 });
  await harness.attach(page, 'main');
  await harness.open(page, '/today');
  await page.evaluate(() => {
    const w = window as unknown as { __touchpointInvoke: (name: string, input: unknown) => Promise<{ ok: boolean; value?: { entries?: { timeZone: string; moment?: { timeZone: string } }[] } }> };
    const real = w.__touchpointInvoke;
    w.__touchpointInvoke = async (name, input) => {
      const reply = await real(name, input);
      for (const entry of (name === 'log.query' && reply.ok ? reply.value?.entries : undefined) ?? []) {
        entry.timeZone = 'Not/AZone';
        if (entry.moment) entry.moment.timeZone = 'Not/AZone';
      }
      return reply;
    };
  });
  await page.evaluate(() => (window.location.hash = '/log'));
  return page;
}
