/**
 * The Reports screen's paint at 100,000 candidates (issue 17), in the manner of bench-browser.ts:
 * the built renderer served by the preview server (the core on its threads) over a copy of the
 * benchmark database, driven in Debian's Chromium, every time taken inside the page.
 *
 * - from a light page (Settings) to the Reports screen, as the sidebar's link goes, until the frame
 *   after its six reports all show: first after a change to the data (each reader works the reports
 *   out afresh), then again with nothing changed;
 *   (since 053622f a report's chart is drawn when the report comes near the view: the frame holds
 *   the charts in view, not those below the fold, which the recruiter sees only when scrolled to);
 * - the period changed to this year, until the second frame after the sixth report's answer.
 *
 *   npx tsx scripts/bench-reports-screen.ts [--db bench/demo-100000.db] [--runs 7] [--no-build]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { buildRenderer } from './bench-browser';


/**
 * Goes from Settings to the Reports screen and times, inside the page, the frame after its six
 * reports show; and when the sixth report's answer was read, to tell the core's share from the page's.
 */
async function screenPaint(page: Page, answered: number[]): Promise<number> {
  await page.evaluate(`location.hash = '#/settings'`);
  await page.locator('.reports-page').waitFor({ state: 'detached' });
  const [painted, sixth] = await page.evaluate<[number, number]>(`new Promise((resolve) => {
    const start = performance.now();
    let sixth = NaN;
    window.benchReportAnswers = 0;
    window.benchSixth = () => (sixth = performance.now() - start);
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('.reports-page .report-section').length < 6) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve([performance.now() - start, sixth]));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    location.hash = '#/reports';
  })`);
  answered.push(sixth);
  return painted;
}

/**
 * Picks a period and times, inside the page, the second frame after the sixth report's answer came
 * (the answers' JSON read by the app: fetch is watched from before the app's code runs).
 */
async function periodPaint(page: Page, period: string): Promise<number> {
  const timing = page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    window.benchReportAnswers = 0;
    window.benchSixth = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  })`);
  timing.catch(() => {});
  // The first of the filters (a label holding its options' text too: no name to find it by).
  await page.locator('.report-filters select').first().selectOption(period);
  return timing;
}

export interface ReportsScreenSamples {
  afterChange: number[];
  again: number[];
  yearAfterChange: number[];
  /** From the hash change to the sixth report's answer read, in the two screen paints above. */
  answeredAfterChange: number[];
  answeredAgain: number[];
}

/** The screen's paints over a copy of `file`, served from a copy of the built renderer (`npm run bench` builds it first). */
export async function measureReportsScreen(file: string, runs: number): Promise<ReportsScreenSamples> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reports-screen-'));
  // Served from a copy: another build of out/ while this runs would take the page's files away.
  const renderer = path.join(dir, 'renderer');
  fs.cpSync(path.resolve('out/renderer'), renderer, { recursive: true });
  const copy = path.join(dir, 'copy.db');
  fs.copyFileSync(file, copy);
  const host = await CoreHost.start(copy);
  const server = await startPreviewServer(host, { port: 0, staticDir: renderer });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  // A change to the data, so every reader works the reports out afresh: the settings saved as they are.
  const settings = await host.call('reports.settings', {});
  if (!settings.ok) throw new Error(settings.error.message);
  const change = async () => {
    const saved = await host.call('reports.saveSettings', settings.result);
    if (!saved.ok) throw new Error(saved.error.message);
  };
  const samples: ReportsScreenSamples = { afterChange: [], again: [], yearAfterChange: [], answeredAfterChange: [], answeredAgain: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(error.message));
    await page.addInitScript(`{
      const fetched = window.fetch.bind(window);
      window.fetch = async (...args) => {
        const response = await fetched(...args);
        if (!String(args[0]).startsWith('/api/reports.')) return response;
        const json = response.json.bind(response);
        response.json = async () => {
          const body = await json();
          if (window.benchSixth && ++window.benchReportAnswers === 6) queueMicrotask(window.benchSixth);
          return body;
        };
        return response;
      };
    }`);
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The Reports page's code loaded once, as after the app's first visit to it.
    await page.evaluate(`location.hash = '#/reports'`);
    await page.locator('.reports-page .report-section').nth(5).waitFor({ timeout: 120_000 });
    for (let i = 0; i < runs; i++) {
      await change();
      samples.afterChange.push(await screenPaint(page, samples.answeredAfterChange));
      samples.again.push(await screenPaint(page, samples.answeredAgain));
      await change();
      samples.yearAfterChange.push(await periodPaint(page, 'year'));
      // Back to the screen's own period, its answers awaited before the next run.
      await periodPaint(page, 'quarter');
    }
  } finally {
    await browser.close();
    await server.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' }, 'no-build': { type: 'boolean' } } });
  if (!values['no-build']) buildRenderer();
  const samples = await measureReportsScreen(path.resolve(values.db ?? 'bench/demo-100000.db'), Number(values.runs ?? 7));
  const at = (s: number[], q: number) => [...s].sort((a, b) => a - b)[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const label: Record<string, string> = {
    afterChange: 'Reports screen painted from Settings (this quarter), after a change to the data',
    again: 'Reports screen painted from Settings (this quarter), nothing changed since',
    yearAfterChange: 'period changed to this year, after a change to the data',
    answeredAfterChange: '… of the first: until the sixth report’s answer was read',
    answeredAgain: '… of the second: until the sixth report’s answer was read',
  };
  console.log(`Reports screen (clock time in the page), ${new Date().toISOString()}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.table(Object.entries(samples).map(([key, s]) => ({ figure: label[key], 'median ms': Math.round(at(s, 0.5)), 'p95 ms': Math.round(at(s, 0.95)), 'target ms': 500, runs: s.length })));
}

// Run as a script; `npm run bench` imports measureReportsScreen.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
