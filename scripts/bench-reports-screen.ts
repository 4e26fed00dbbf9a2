/**
 * The Reports screen's paint at 100,000 candidates (issue 17), in the manner of bench-browser.ts:
 * the built renderer served by the preview server (the core on its threads) over a copy of the
 * benchmark database, driven in Debian's Chromium, every time taken inside the page.
 *
 * - from a light page (Settings) to the Reports screen, as the sidebar's link goes, until the frame
 *   after its six reports all show and every chart in the window is drawn: first after a change to
 *   the data (each reader works the reports out afresh), then again with nothing changed;
 *   (since 053622f a report's chart is drawn when the report comes near the view, the charts below
 *   the fold when scrolled to. Until the 6th of December the frame timed was the one after the six
 *   sections showed, which could come before the charts in view were drawn: those are awaited now);
 * - the period changed to this year, until the second frame after the sixth report's answer.
 *
 * It also prints the size of each report's answer as sent, for each period (read by Playwright
 * outside the page, so the page's CPU time is not changed by it).
 *
 * `--renderer a,b` serves each built renderer (copies of out/renderer, say before and after a
 * change) on the same core and database and alternates them within each run: the figures of two
 * versions of the screen side by side, on the same machine at the same moment.
 *
 *   npx tsx scripts/bench-reports-screen.ts [--db bench/demo-100000.db] [--runs 7] [--no-build] [--renderer dir,dir]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { buildRenderer } from './bench-browser';
import { quantile } from './quantile';


/**
 * Goes from Settings (see leave) to the Reports screen and times, inside the page, the frame after its six
 * reports show with every chart in the window drawn; and when the sixth report's answer was read,
 * to tell the core's share from the page's.
 */
async function screenPaint(page: Page, answered: number[]): Promise<number> {
  const [painted, sixth] = await page.evaluate<[number, number]>(`new Promise((resolve) => {
    const start = performance.now();
    let sixth = NaN;
    window.benchReportAnswers = 0;
    window.benchSixth = () => (sixth = performance.now() - start);
    const chartsInView = () => [...document.querySelectorAll('.reports-page .report-chart')]
      .filter((box) => box.getBoundingClientRect().top < innerHeight)
      .every((box) => box.querySelector('svg.recharts-surface'));
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('.reports-page .report-section').length < 6 || !chartsInView()) return;
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
  /**
   * The CPU time of the page's main thread over each of the three figures above (Chromium's
   * ThreadTime): the page's own work (JSON, React, the charts, style, layout and paint), which a
   * machine loaded by other work slows down but does not inflate, unlike the clock.
   */
  cpuAfterChange: number[];
  cpuAgain: number[];
  cpuYearAfterChange: number[];
  /** The bytes of each answer sent to the screen, by the period's first day and the method. */
  answerBytes: Map<string, number[]>;
}

/** To Settings, a light page, from where the Reports screen is timed. */
async function leave(page: Page): Promise<void> {
  await page.evaluate(`location.hash = '#/settings'`);
  await page.locator('.reports-page').waitFor({ state: 'detached' });
}

/** Milliseconds of CPU the page's main thread has used so far. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** The clock time `measure` gives, and the CPU time of the page's main thread while it ran. */
async function withCpu(cdp: CDPSession, measure: () => Promise<number>, clock: number[], cpu: number[]): Promise<void> {
  const before = await threadTime(cdp);
  clock.push(await measure());
  cpu.push((await threadTime(cdp)) - before);
}

/** The screen's paints over a copy of `file`, served from a copy of the built renderer (`npm run bench` builds it first). */
export async function measureReportsScreen(file: string, runs: number): Promise<ReportsScreenSamples> {
  return (await measureReportsScreens(file, runs, [path.resolve('out/renderer')]))[0]!;
}

/** The same, for each of several built renderers, taken in turn within each run. */
export async function measureReportsScreens(file: string, runs: number, renderers: string[]): Promise<ReportsScreenSamples[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reports-screen-'));
  // Served from copies: another build of out/ while this runs would take the page's files away.
  const served = renderers.map((renderer, i) => {
    const copy = path.join(dir, `renderer-${i}`);
    fs.cpSync(renderer, copy, { recursive: true });
    return copy;
  });
  const copy = path.join(dir, 'copy.db');
  fs.copyFileSync(file, copy);
  const host = await CoreHost.start(copy);
  const servers = await Promise.all(served.map((staticDir) => startPreviewServer(host, { port: 0, staticDir })));
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
  const samples = servers.map(
    (): ReportsScreenSamples => ({
      afterChange: [],
      again: [],
      yearAfterChange: [],
      answeredAfterChange: [],
      answeredAgain: [],
      cpuAfterChange: [],
      cpuAgain: [],
      cpuYearAfterChange: [],
      answerBytes: new Map(),
    }),
  );
  try {
    const pages: [Page, CDPSession][] = [];
    for (const server of servers) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => console.error(error.message));
      const bytes = samples[pages.length]!.answerBytes;
      page.on('response', (response) => {
        const method = /\/api\/(reports\.\w+)$/.exec(response.url())?.[1];
        const from = (JSON.parse(response.request().postData() ?? '{}') as { from?: string }).from;
        if (!method || !from) return;
        void response.body().then((body) => bytes.set(`${from} ${method}`, [...(bytes.get(`${from} ${method}`) ?? []), body.length]), () => undefined);
      });
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
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      pages.push([page, cdp]);
    }
    for (let i = 0; i < runs; i++) {
      for (const [n, [page, cdp]] of pages.entries()) {
        const s = samples[n]!;
        await change();
        await leave(page);
        await withCpu(cdp, () => screenPaint(page, s.answeredAfterChange), s.afterChange, s.cpuAfterChange);
        await leave(page);
        await withCpu(cdp, () => screenPaint(page, s.answeredAgain), s.again, s.cpuAgain);
        await change();
        await withCpu(cdp, () => periodPaint(page, 'year'), s.yearAfterChange, s.cpuYearAfterChange);
        // Back to the screen's own period, its answers awaited before the next run.
        await periodPaint(page, 'quarter');
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' }, 'no-build': { type: 'boolean' }, renderer: { type: 'string' } } });
  const renderers = values.renderer ? values.renderer.split(',').map((dir) => path.resolve(dir)) : [path.resolve('out/renderer')];
  if (!values['no-build'] && !values.renderer) buildRenderer();
  const all = await measureReportsScreens(path.resolve(values.db ?? 'bench/demo-100000.db'), Number(values.runs ?? 7), renderers);
  const at = quantile;
  const label: Record<string, string> = {
    afterChange: 'Reports screen painted from Settings (this quarter), after a change to the data',
    again: 'Reports screen painted from Settings (this quarter), nothing changed since',
    yearAfterChange: 'period changed to this year, after a change to the data',
    answeredAfterChange: '… of the first: until the sixth report’s answer was read',
    answeredAgain: '… of the second: until the sixth report’s answer was read',
    cpuAfterChange: 'the page’s main thread, CPU time: the first',
    cpuAgain: '… the second',
    cpuYearAfterChange: '… the period changed',
  };
  console.log(`Reports screen (clock time in the page), ${new Date().toISOString()}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  for (const [n, samples] of all.entries()) {
    if (all.length > 1) console.log(renderers[n]);
    const { answerBytes, ...times } = samples;
    console.table(
      [...answerBytes].sort(([a], [b]) => a.localeCompare(b)).map(([answer, sizes]) => ({ 'answer (period from, method)': answer, 'median KB': Math.round(at(sizes, 0.5) / 1024), answers: sizes.length })),
    );
    console.table(Object.entries(times).map(([key, s]) => ({ figure: label[key], 'median ms': Math.round(at(s, 0.5)), 'p95 ms': Math.round(at(s, 0.95)), 'target ms': key.startsWith('cpu') ? '' : 500, runs: s.length })));
  }
}

// Run as a script; `npm run bench` imports measureReportsScreen.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
