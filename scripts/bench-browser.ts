/**
 * The browser half of `npm run bench`: the built renderer, served by the preview server in this
 * process over the benchmark database, driven in Debian's Chromium. Every time is taken inside the
 * page (performance.now and requestAnimationFrame), so the test driver's own latency is not in it.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Random } from '../src/demo/random';
import * as words from '../src/demo/words';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';

export interface BrowserSamples {
  /** Keydown of a prefix's last letter to the first frame after its results are in the list. */
  keystrokeToResults: number[];
  /** From following a link to #/candidates to the frame that shows its first row. */
  listFirstPaint: number[];
  /** While flinging through the list: the gap between one frame and the next (vsync is 16.7 ms at 60 Hz). */
  scrollFrameIntervals: number[];
  /** While flinging through the list: main-thread time from a frame's start until its rendering is done. */
  scrollFrameWork: number[];
  rowsScrolled: number;
  /** A fresh page load on Today (the app's home) to its first group of follow-ups shown. */
  todayFirstPaint: number[];
}

/** bench-browser-cli's and the probes' prefixes, as bench.ts makes its own: plain letters, 2 to 5 of a word the data set uses. */
export function browserPrefixes(seed = 7): string[] {
  const random = new Random(seed);
  const vocabulary = [...words.firstNames, ...words.lastNames, ...words.skills, ...words.titles.flatMap((t) => t.split(' '))];
  return Array.from({ length: 30 }, () => {
    const word = random.pick(vocabulary).normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();
    return word.slice(0, Math.min(word.length, random.int(2, 5)));
  }).filter((prefix) => prefix.length >= 2);
}

/** Debian's Chromium, as every browser figure takes it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page for each server that has loaded the list's code and shown it once, as bench-browser's page has (for the A/B probes). */
export async function pagesOnTheList(browser: Browser, urls: string[]): Promise<Page[]> {
  const pages = await Promise.all(urls.map(() => browser.newPage({ viewport: { width: 1280, height: 800 } })));
  for (const [side, page] of pages.entries()) {
    await page.goto(`${urls[side]!}#/settings`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(`location.hash = '#/candidates'`);
    await page.locator('#candidate-list [data-index="0"]').waitFor();
  }
  return pages;
}

/** Builds the renderer so the figures are for the code as it is now. */
export function buildRenderer(): void {
  execSync('npx electron-vite build', { stdio: 'ignore' });
}

export async function measureBrowser(
  file: string,
  prefixes: string[],
  options: { scrollRows: number; staticDir?: string },
): Promise<BrowserSamples> {
  // The preview as it ships: the core on threads of its own.
  const host = await CoreHost.start(file);
  const server = await startPreviewServer(host, { port: 0, staticDir: path.resolve(options.staticDir ?? 'out/renderer') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));

    await page.goto(`${server.url}#/settings`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    try {
      const keystrokeToResults = await keystrokes(page, prefixes);
      // 20 of each, not 7 and 5: the p95 of 20 (scripts/quantile.ts) lies near the 19th, where
      // the p95 of seven or five samples was their slowest, and one slow answer made it.
      const listFirstPaint = await firstPaints(page, 20);
      const scrolling = await scroll(page, options.scrollRows);
      const todayFirstPaint = await todayPaints(page, server.url, 20);
      return { keystrokeToResults, listFirstPaint, ...scrolling, todayFirstPaint };
    } finally {
      if (problems.length) console.error(`The page reported errors:\n${problems.join('\n')}`);
    }
  } finally {
    await browser.close();
    await server.close();
    await host.close();
  }
}

/*
 * The page-side halves are scripts in strings: this file is type-checked for Node, not for the DOM,
 * and the page runs them as they are written.
 */

/** Types each prefix but its last letter, waits for those results, then times the last letter. */
export async function keystrokes(page: Page, prefixes: string[]): Promise<number[]> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: /^Search/ });
  await box.waitFor();
  const samples: number[] = [];
  for (const prefix of prefixes) {
    await box.fill('');
    const head = prefix.slice(0, -1);
    await page.keyboard.type(head);
    // Attached, not visible: a head no record starts with ("sixs" of Six Sigma) hides the empty list.
    if (head.length >= 2) await page.locator(`[role=listbox][data-query="${head}"]`).waitFor({ state: 'attached' });
    // Armed before the key: its keydown starts the clock, the list showing its answer stops it a frame
    // later. (Kept on window, not returned: evaluate would wait for it, and the key comes after.)
    await page.evaluate(`void (window.benchKeystroke = new Promise((resolve, reject) => {
      let start = 0;
      const list = document.querySelector('[role=listbox]');
      setTimeout(() => reject(new Error('No results for ${prefix} after 10 s: the list shows "' + list.dataset.query + '"')), 10000);
      window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (list.dataset.query !== ${JSON.stringify(prefix)}) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(list, { attributes: true, childList: true, subtree: true, characterData: true });
    }))`);
    await page.keyboard.press(prefix.at(-1)!);
    samples.push(await page.evaluate<number>('window.benchKeystroke'));
  }
  await page.keyboard.press('Escape');
  return samples;
}

/** Goes from a light page to the candidate list, as a click in the sidebar does, and waits for its first row. */
export async function firstPaints(page: Page, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(`location.hash = '#/settings'`);
    await page.locator('#candidate-list').waitFor({ state: 'detached' });
    samples.push(
      await page.evaluate<number>(`new Promise((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('#candidate-list [data-index="0"]')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = '#/candidates';
      })`),
    );
  }
  return samples;
}

/** Installed before the app's own code: `window.benchToday` is the time of the frame after Today's first group shows. */
export const todayObserver = `window.benchToday = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    // Its first group of follow-ups (week-old ones fold into a group of their own, closed).
    if (!document.querySelector('.today-group')) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
})`;

/**
 * Loads the app afresh on Today, as a start does, and times (from the page's own time origin) the
 * frame after its first follow-up shows, seen from inside the page by an observer installed before
 * the app's own code runs. The follow-up rules run on the writer only when the data they read has
 * changed, so a load finds them up to date.
 */
export async function todayPaints(page: Page, url: string, runs: number): Promise<number[]> {
  await page.addInitScript(todayObserver);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A real load each time: from the app's own page, a new hash alone would not reload it.
    await page.goto('about:blank');
    await page.goto(`${url}#/today`);
    samples.push(await page.evaluate<number>('window.benchToday'));
  }
  return samples;
}

/**
 * Flings the list down by eight rows every frame, as a fast trackpad does, through keyset pages as
 * they arrive. Each frame's work is measured from its start (the rAF timestamp) to a task queued
 * from its rAF callback, which runs once style, layout and paint for that frame are done.
 */
export async function scroll(page: Page, rows: number): Promise<Omit<BrowserSamples, 'keystrokeToResults' | 'listFirstPaint'>> {
  await page.locator('#candidate-list [data-index="0"]').waitFor();
  return page.evaluate(`new Promise((resolve) => {
    const pane = document.querySelector('.list-scroll');
    const rowHeight = document.querySelector('#candidate-list [data-index="0"]').offsetHeight;
    const goal = ${rows} * rowHeight;
    const intervals = [];
    const work = [];
    const startedAt = performance.now();
    let last = 0;
    const frame = (now) => {
      if (last) intervals.push(now - last);
      last = now;
      setTimeout(() => work.push(performance.now() - now), 0);
      if (pane.scrollTop >= goal || performance.now() - startedAt > 60000) {
        resolve({ scrollFrameIntervals: intervals, scrollFrameWork: work, rowsScrolled: Math.round(pane.scrollTop / rowHeight) });
        return;
      }
      pane.scrollBy(0, rowHeight * 8);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })`);
}
