import { describe, expect, test } from 'vitest';
import { api, e2eSession, screenshot } from './harness';

/** What the page knows of an element's size (this file has no DOM types). */
interface Sized {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Text the recruiter typed is never cut off with no way to read it. */
describe('long text', () => {
  const session = e2eSession();

  test('a long intake chip wraps inside its card, and what a contact cares about shows whole', async () => {
    const app = await session.startApp('clipping');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const caresAbout =
      'Engineers who own their services in production, write things down before they build them, and can explain a trade-off to the warehouse team without slides. Hates being chased on Fridays.';
    const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager', caresAbout });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Senior Backend Engineer', hiringManagerId: dana.id });
    const skill = 'Event-sourced order pipelines on Kafka with exactly-once delivery across three data centres';
    await api(app, 'intake.save', { jobId: job.id, mustHave: [skill, 'Go'] });

    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${app.url}#/jobs/${job.id}`);
      // The intake's summary shows the chip (its history too, folded away).
      const chips = page.locator('.tag', { hasText: skill }).filter({ visible: true });
      await chips.first().waitFor();
      for (const chip of await chips.all()) {
        const box = (await chip.boundingBox())!;
        const card = (await chip.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " card ")][1]').boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width + 0.5);
        expect(await chip.evaluate((el: Sized) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      }
      const cares = page.locator('.person-cares');
      expect(await cares.evaluate((el: Sized) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      expect(await cares.innerText()).toContain('Hates being chased on Fridays.');
      await screenshot(page, `clipping-job-page-${colorScheme}`);
      await context.close();
    }
  });
});
