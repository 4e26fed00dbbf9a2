import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

export interface RunningApp {
  url: string;
  dbFile: string;
  stop(): Promise<void>;
}

/** A fresh temp folder for one test's database. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-e2e-'));
}

/** Starts the real preview server (`shortlist serve`) on a free port over the given database file. */
export async function startApp(dbFile: string): Promise<RunningApp> {
  if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the e2e tests.');
  }
  const child = spawn(process.execPath, [path.join(root, 'bin/shortlist.js'), 'serve', '--db', dbFile, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Shortlist preview: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`shortlist serve exited with ${code}:\n${output}`)));
  });
  return { url, dbFile, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Saves what the person sees, for a human to look at (test-results/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

export interface Watch {
  /** Console errors and page crashes, CSP refusals included: a clean run has none. */
  problems: string[];
  /** Every call the core refused, as "method status", to compare with the refusals the test provokes. */
  refusals: string[];
}

/** Watches a page for console errors, crashes and the core's refusals. */
export function watch(page: Page): Watch {
  const seen: Watch = { problems: [], refusals: [] };
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/api/') && response.status() >= 400) seen.refusals.push(`${pathname.slice(5)} ${response.status()}`);
  });
  page.on('console', (message) => {
    // Chromium logs every HTTP error status; the core's refusals are checked through `refusals` instead.
    const refusal = message.text().startsWith('Failed to load resource') && message.location().url.includes('/api/');
    if (message.type() === 'error' && !refusal) seen.problems.push(message.text());
  });
  page.on('pageerror', (error) => seen.problems.push(error.message));
  return seen;
}

/** Calls the core directly, to set the scene faster than typing it. */
export async function api<R = { id: string }>(app: RunningApp, method: string, input: object): Promise<R> {
  const response = await fetch(new URL(`api/${method}`, app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const outcome = (await response.json()) as { ok: boolean; result: R; error?: unknown };
  if (!outcome.ok) throw new Error(`${method} refused: ${JSON.stringify(outcome.error)}`);
  return outcome.result;
}
