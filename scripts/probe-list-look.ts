/**
 * `npx tsx scripts/probe-list-look.ts --db <copy> --static <built renderer> --out <dir>`: the candidate
 * list at 100k, comfortable and compact, light and dark, as PNGs: for looking at a row's change
 * beside the build before it without running the e2e suite. Also prints any console error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { launchChromium } from './bench-browser';

const { values } = parseArgs({ options: { db: { type: 'string' }, static: { type: 'string' }, out: { type: 'string' } } });
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');
const host = await CoreHost.start(values.db);
const server = await startPreviewServer(host, { port: 0, staticDir: path.resolve(values.static ?? 'out/renderer') });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => m.type() === 'error' && console.error(m.text()));
  await page.goto(`${server.url}#/candidates`);
  await page.locator('#candidate-list [data-index="0"]').waitFor();
  await page.locator('#candidate-list [data-index="1"] .row-check').check();
  for (const density of ['comfortable', 'compact']) {
    if (density === 'compact') {
      await page.getByRole('button', { name: 'Compact rows' }).click();
      await page.locator('.candidate-list--compact #candidate-list [data-index="0"]').waitFor();
    }
    await page.locator('#candidate-list [data-index="3"] a').hover();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The colours' transitions settled, as the e2e harness waits for them.
      await page.evaluate(`Promise.all(document.getAnimations().map((a) => a.finished))`);
      await page.screenshot({ path: path.join(values.out ?? '/tmp', `list-${density}-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
} finally {
  await browser.close();
  await server.close();
  await host.close();
}
