import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

export interface RunningApp {
  url: string;
  dbFile: string;
  stop(): Promise<void>;
}

/** A fresh temp folder for one test's database. */
function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-e2e-'));
}

/** Starts the real preview server (`shortlist serve`) on a free port over the given database file. */
async function startApp(dbFile: string): Promise<RunningApp> {
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
  // Once stopped, stopping again is the same stop: a test may stop an app its session stops too.
  let stopped: Promise<void> | undefined;
  return { url, dbFile, stop: () => (stopped ??= stopProcess(child)) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Debian's Chromium, never a downloaded browser. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface E2eSession {
  /** The browser, launched before the file's first test. */
  readonly browser: Browser;
  /** A temp folder for the file's databases and files, removed after its last test. */
  readonly dir: string;
  /** Starts the app over `<dir>/<name>.db` (the same database each time for the same name); stopped after the last test. */
  startApp(name: string): Promise<RunningApp>;
  /** A browser context, closed after the last test, before the apps stop. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * One test file's setup and teardown: call it at the top of a `describe`. It launches the browser
 * before the tests and, after them, closes the contexts, stops the apps, closes the browser and
 * removes the temp folder.
 */
export function e2eSession(): E2eSession {
  let browser: Browser | undefined;
  const dir = tempDir();
  const apps: RunningApp[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    for (const app of apps) await app.stop();
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const session: E2eSession = {
    get browser() {
      if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test.');
      return browser;
    },
    dir,
    async startApp(name) {
      const app = await startApp(path.join(dir, `${name}.db`));
      apps.push(app);
      return app;
    },
    async newContext(options) {
      const context = await session.browser.newContext(options);
      contexts.push(context);
      return context;
    },
  };
  return session;
}

/** A calendar day this many days from `from` (today by default), as the core and the date inputs take it. */
export function day(offset: number, from = new Date()): string {
  const date = new Date(from);
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What a locator says, with the layout's line breaks folded into single spaces and none at either end. */
export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Screenshots show the screen, not the notifications still fading from the last steps. */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' });
  while ((await toasts.count()) > 0) await toasts.first().click();
}

/** Saves what the person sees, for a human to look at (test-results/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** What is on screen in the light theme, then in the dark (`<name>-dark`), once colours and fades have settled. */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const [colorScheme, file] of [['light', name], ['dark', `${name}-dark`]] as const) {
    await page.emulateMedia({ colorScheme });
    // A progress bar's endless animation never finishes: only the ones that end are waited for.
    await page.evaluate(`Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished))`);
    await screenshot(page, file);
  }
  await page.emulateMedia({ colorScheme: 'light' });
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

/** Follows a link in the sidebar, as the recruiter does. */
export const nav = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** The app scrolls in its main pane, not the page: a screenshot shows the part scrolled to. */
export async function scrollPaneTo(page: Page, target: Locator | 'top'): Promise<void> {
  if (target === 'top') await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  else await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}
