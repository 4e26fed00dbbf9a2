import { describe, expect, test } from 'vitest';
import { e2eSession, screenshotBothThemes, text, watch } from './harness';

/** The CSV import's first rows, for a clients' file whose Country column holds a place Shortlist cannot tell. */
describe('the CSV preview of a clients’ file', () => {
  const session = e2eSession();

  test('says a country it cannot tell goes into the client’s note, as the note will say it', async () => {
    const app = await session.startApp('csv-preview-country');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    await page.goto(`${app.url}#/import/csv/clients`);
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();
    const csv = ['Company,City,Country', 'Nowhere Ltd,Atlantis,Atlantis', 'Bayer Logistik,Köln,Germany'].join('\n');
    await page.getByLabel('CSV file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const rows = page.locator('.csv-sample-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await text(rows.nth(0).locator('.csv-badge'))).toBe('New');
    expect(await text(rows.nth(0).locator('.csv-outcome-detail'))).toBe('kept in its note: Country (not a country Shortlist knows): Atlantis');
    expect(await text(rows.nth(1).locator('.csv-badge'))).toBe('New');
    expect(await rows.nth(1).locator('.csv-outcome-detail').count()).toBe(0);
    await rows.nth(0).scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, 'csv-preview-country-noted');
    expect(seen.problems).toEqual([]);
  });
});
