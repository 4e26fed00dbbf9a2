/**
 * `npx tsx scripts/probe-list-ab.ts --db <copy> --a <built renderer> --b <built renderer> [--rounds 4] [--paints 5] [--rows 3000]`:
 * the candidate list's two browser figures as bench-browser takes them (first paint from Settings at
 * once, then a fling of `rows` rows at eight a frame), for two builds served side by side over the
 * same core and taken in turn, round after round, so the machine's load falls on both alike. Each
 * fling also tells apart the frames in which a page of rows had just arrived (the list grew).
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { firstPaints, launchChromium, pagesOnTheList } from './bench-browser';
import { quantile } from './quantile';

const { values } = parseArgs({
  options: { db: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, paints: { type: 'string' }, rows: { type: 'string' } },
});
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');
const rows = Number(values.rows ?? 3000);

const q = (samples: number[]) => `${quantile(samples, 0.5).toFixed(1)} / ${quantile(samples, 0.95).toFixed(1)}`;

/** bench-browser's fling, each frame also marked by whether the list had grown just before it (a page arrived). */
async function fling(page: Page): Promise<{ work: number[]; arrival: number[]; stalls: number }> {
  await page.locator('#candidate-list [data-index="0"]').waitFor();
  return page.evaluate(`new Promise((resolve) => {
    const pane = document.querySelector('.list-scroll');
    const list = document.querySelector('.list-rows');
    const rowHeight = document.querySelector('#candidate-list [data-index="0"]').offsetHeight;
    const goal = ${rows} * rowHeight;
    const work = [], arrival = [];
    const startedAt = performance.now();
    let height = list.style.height;
    // Frames where the last scroll had not moved: the fling had met the end of the rows loaded.
    let stalls = 0, before = -1;
    const frame = (now) => {
      if (pane.scrollTop === before) stalls++;
      before = pane.scrollTop;
      const grew = list.style.height !== height;
      height = list.style.height;
      setTimeout(() => (grew ? arrival : work).push(performance.now() - now), 0);
      if (pane.scrollTop >= goal || performance.now() - startedAt > 60000) {
        setTimeout(() => resolve({ work, arrival, stalls }), 0);
        return;
      }
      pane.scrollBy(0, rowHeight * 8);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })`);
}

const load = os.loadavg()[0]!.toFixed(1);
const host = await CoreHost.start(values.db);
const servers = await Promise.all([values.a!, values.b!].map((dir) => startPreviewServer(host, { port: 0, staticDir: path.resolve(dir) })));
const browser = await launchChromium();
const painted: number[][] = [[], []];
const frames: number[][] = [[], []];
const arrivals: number[][] = [[], []];
const stalled = [0, 0];
try {
  const pages = await pagesOnTheList(browser, servers.map((server) => server.url));
  for (let round = 0; round < Number(values.rounds ?? 4); round++) {
    // A then B in even rounds, B then A in odd ones: neither always follows the other's work.
    for (const side of round % 2 ? [1, 0] : [0, 1]) {
      const page = pages[side]!;
      painted[side]!.push(...(await firstPaints(page, Number(values.paints ?? 5))));
      const { work, arrival, stalls } = await fling(page);
      stalled[side]! += stalls;
      frames[side]!.push(...work, ...arrival);
      arrivals[side]!.push(...arrival);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  await host.close();
}
console.log(`load ${load} before, ${os.loadavg()[0]!.toFixed(1)} after`);
for (const side of [0, 1]) {
  console.log(
    `${side ? 'B' : 'A'}: first paint ${q(painted[side]!)} ms (n=${painted[side]!.length}); ` +
      `work per frame ${q(frames[side]!)} ms (n=${frames[side]!.length}), frames a page arrived in ${q(arrivals[side]!)} ms (n=${arrivals[side]!.length}), ` +
      `frames stalled at the end of the rows loaded ${stalled[side]}`,
  );
}
