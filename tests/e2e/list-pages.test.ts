import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { e2eSession, watch } from './harness';

/**
 * A page of a long list asked for while the recruiter scrolls is kept aside until the window is
 * idle, so its render falls between a fling's frames; but a page the view has reached shows at
 * once, whether it came before the recruiter got there or after.
 */
describe('the pages of a long list', () => {
  const session = e2eSession();

  /** 230 candidates: three pages of the candidate list. */
  let started: Promise<string> | undefined;
  const book = () => (started ??= startBook());
  async function startBook(): Promise<string> {
    const core = await openDatabase(path.join(session.dir, 'book.db'));
    for (let i = 1; i <= 230; i++) dispatch(core, 'candidates.create', { name: `Candidate ${String(i).padStart(3, '0')}` });
    closeDatabase(core);
    return (await session.startApp('book')).url;
  }

  /** How many rows the list holds: its height in rows. */
  const rowsLoaded = (page: Page) =>
    page.evaluate<number>(`(() => {
      const list = document.querySelector('#candidate-list');
      return Math.round(list.getBoundingClientRect().height / list.querySelector('[data-index]').getBoundingClientRect().height);
    })()`);

  /** Puts row `index` at the bottom of the view. */
  const scrollToRow = (page: Page, index: number) =>
    page.evaluate(`(() => {
      const pane = document.querySelector('.list-scroll');
      const height = pane.querySelector('[data-index]').getBoundingClientRect().height;
      pane.scrollTo(0, ${index + 1} * height - pane.clientHeight);
    })()`);

  /** The candidate list in a window never idle, its first page shown: a page asked later is kept aside. */
  async function neverIdle() {
    const url = await book();
    const page = await (await session.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.addInitScript(`window.requestIdleCallback = () => 1; window.cancelIdleCallback = () => undefined;`);
    await page.goto(`${url}#/candidates`);
    const list = page.getByRole('list', { name: 'Candidates' });
    await list.locator('[data-index="0"]').waitFor();
    return { page, list };
  }

  /** Scrolls until the second page is asked for, and waits for its answer (kept aside). */
  async function secondPageAside(page: Page) {
    const second = page.waitForResponse((response) => response.url().endsWith('/api/candidates.list') && response.request().postData()!.includes('cursor'));
    await scrollToRow(page, 65);
    await second;
  }

  test('a page waits for a moment the window is idle until the view comes near it; at the end it shows at once, and the selection stays', async () => {
    const url = await book();
    const page = await (await session.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const seen = watch(page);
    // A window never idle: a page kept aside shows only when the view needs it. The pages' idle
    // callbacks are told from the app's preloading by their short time limit.
    await page.addInitScript(`
      window.idle = [];
      window.requestIdleCallback = (callback, options) => window.idle.push(options && options.timeout);
      window.cancelIdleCallback = () => undefined;
    `);
    const pagesAside = () => page.evaluate<number>('window.idle.filter((timeout) => timeout < 1000).length');
    await page.goto(`${url}#/candidates`);
    const list = page.getByRole('list', { name: 'Candidates' });
    await list.locator('[data-index="0"]').waitFor();
    expect(await rowsLoaded(page)).toBe(100);
    await list.locator('[data-index="0"]').getByRole('checkbox').check();
    await page.getByText('1 candidate selected').waitFor();

    // Well before the end of the rows loaded the next page is asked for; it comes and waits.
    const second = page.waitForResponse((response) => response.url().endsWith('/api/candidates.list') && response.request().postData()!.includes('cursor'));
    await scrollToRow(page, 65);
    await second;
    await expect.poll(pagesAside).toBe(1);
    expect(await rowsLoaded(page)).toBe(100);

    // The view reaching it shows it, with no moment idle.
    await scrollToRow(page, 99);
    await expect.poll(() => rowsLoaded(page)).toBe(200);

    // A page asked for when the view is already at the end shows as it comes.
    await scrollToRow(page, 199);
    await expect.poll(() => rowsLoaded(page)).toBe(230);
    await list.getByRole('link', { name: /Candidate/ }).last().waitFor();
    expect(await pagesAside()).toBe(2);
    await page.getByText('1 candidate selected').waitFor();
    await page.evaluate(`document.querySelector('.list-scroll').scrollTo(0, 0)`);
    expect(await list.locator('[data-index="0"]').getByRole('checkbox').isChecked()).toBe(true);
    expect(seen.problems).toEqual([]);
  });

  test('a page kept aside is dropped when the list is sorted anew, and the new order’s pages still come', async () => {
    const { page, list } = await neverIdle();
    await secondPageAside(page);
    await page.getByLabel('Sort candidates by').selectOption('name');
    await list.getByRole('link', { name: /Candidate 001/ }).waitFor();
    expect(await rowsLoaded(page)).toBe(100);
    await scrollToRow(page, 99);
    await expect.poll(() => rowsLoaded(page)).toBe(200);
  });

  test('a page kept aside is dropped when a save starts the list over, and the new list’s pages come', async () => {
    const { page, list } = await neverIdle();
    const first = await list.locator('[data-index="0"]').getByRole('link').textContent();
    await list.locator('[data-index="0"]').getByRole('checkbox').check();
    await secondPageAside(page);
    // The page asked for continued the list before the save: the list that follows it starts again.
    await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Trash' }).click();
    const again = page.waitForResponse((response) => response.url().endsWith('/api/candidates.list') && !response.request().postData()!.includes('cursor'));
    await page.getByRole('dialog', { name: 'Move 1 candidate to the trash?' }).getByRole('button', { name: 'Move to the trash' }).click();
    await again;
    await scrollToRow(page, 99);
    await expect.poll(() => rowsLoaded(page)).toBe(200);
    await scrollToRow(page, 199);
    await expect.poll(() => rowsLoaded(page)).toBe(229);
    // Every candidate once, the one in the trash not among them.
    const names = await list.getByRole('link', { name: /Candidate/ }).allTextContents();
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain(first);
  });

  test('a page the view has not reached shows once the window is idle', async () => {
    const url = await book();
    const page = await (await session.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${url}#/candidates`);
    const list = page.getByRole('list', { name: 'Candidates' });
    await list.locator('[data-index="0"]').waitFor();
    await scrollToRow(page, 65);
    await expect.poll(() => rowsLoaded(page)).toBe(200);
  });
});
