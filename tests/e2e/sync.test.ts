import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFailed, test } from 'vitest';
import type { SyncStatus } from '../../src/api/sync';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { api, dismissToasts, e2eSession, screenshot, text, watch, type RunningApp } from './harness';

const syncStatus = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /sync|Offline/i });
/**
 * Records a round's outcome and reloads, giving what the sidebar then says. The app's own rounds
 * (2 s after each write, every 30 s) find this test's server unreachable and record Offline over
 * it, in a loaded machine's time before the page has read it: polled, it is recorded afresh.
 */
async function recorded(app: RunningApp, page: Page, outcome: Record<string, unknown>): Promise<string> {
  await api(app, 'sync.record', outcome);
  await page.reload();
  return text(syncStatus(page));
}
/** Colours ease between light and dark: a screenshot waits for them to finish. */
const settle = (page: Page) => page.waitForTimeout(250);

describe('agency sync in the app', () => {
  const session = e2eSession();

  test('Settings → Agency sync takes the server and user; the sidebar always says how syncing goes, in words a recruiter can act on', async () => {
    const app = await session.startApp('ann');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '9x-sync-failure'));
    await api(app, 'candidates.create', { name: 'Maya Chen' });
    await api(app, 'candidates.create', { name: 'Omar Haddad' });

    await page.goto(`${app.url}#/settings`);
    const section = page.getByRole('region', { name: 'Agency sync' });
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await syncStatus(page).count()).toBe(0);

    // A web address is not a server address: said under the field, nothing saved.
    await section.getByLabel('Server address').fill('https://db.agency.example');
    await section.getByLabel('Your user').fill('ann');
    await section.getByRole('button', { name: 'Save agency sync' }).click();
    await expect.poll(() => text(section)).toContain('Write the address as postgres://server/database');
    expect((await api<SyncStatus>(app, 'sync.status', {})).configured).toBe(false);

    await section.getByLabel('Server address').fill('postgres://db.agency.example/shortlist');
    await section.getByRole('button', { name: 'Save agency sync' }).click();
    await expect.poll(() => text(section.getByRole('status'))).toBe('Not synced yet. 2 changes waiting to go up');
    await expect.poll(() => text(syncStatus(page))).toBe('Not synced yet 2 changes waiting to go up');

    // The server cannot be reached: offline, quietly, with the work waiting.
    await api(app, 'sync.record', { outcome: 'offline' });
    await page.reload();
    await expect.poll(() => text(syncStatus(page))).toBe('Offline 2 changes waiting to go up: they go up once the server can be reached');
    await dismissToasts(page);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'a0-agency-sync-offline');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await screenshot(page, 'a0b-agency-sync-offline-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // What went wrong, in words the recruiter can act on; and pausing.
    const problem = 'The user “ann” may no longer use the agency server: ask your agency’s admin.';
    await expect.poll(() => recorded(app, page, { outcome: 'problem', problem })).toBe(`Not syncing ${problem}`);
    await section.getByRole('button', { name: 'Pause syncing' }).click();
    await expect.poll(() => section.getByRole('button', { name: 'Resume syncing' }).isVisible()).toBe(true);
    expect((await api<SyncStatus>(app, 'sync.status', {})).paused).toBe(true);
    await screenshot(page, 'a1-agency-sync-problem');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await screenshot(page, 'a1b-agency-sync-problem-dark');

    await page.emulateMedia({ colorScheme: 'light' });
    await section.getByRole('button', { name: 'Resume syncing' }).click();
    await expect.poll(() => recorded(app, page, { outcome: 'synced' })).toMatch(/^Synced just now/);
    expect(seen.problems).toEqual([]);
  });

  test('a colleague whose clock is days ahead is named after the import, and in the sidebar until this clock catches up', async () => {
    const app = await session.startApp('cleo');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '9x-sync-clock-failure'));
    await api(app, 'sync.configure', { address: 'postgres://db.agency.example/shortlist', user: 'cleo' });
    await api(app, 'sync.record', { outcome: 'synced' });

    // Bea's laptop thinks it is three days later than it is.
    const beas = path.join(session.dir, 'bea-ahead.shortlist');
    const bea = await openDatabase(path.join(session.dir, 'bea-ahead.db'), { clock: { now: () => new Date(Date.now() + 3 * 24 * 3_600_000) } });
    dispatch(bea, 'candidates.create', { name: 'Lina Park' });
    expect(dispatch(bea, 'sharing.exportTo', { path: beas, person: 'Bea' }).ok).toBe(true);
    closeDatabase(bea);

    await page.goto(`${app.url}#/sharing`);
    const importPanel = page.getByRole('region', { name: 'Import a colleague’s export' });
    await importPanel.getByLabel('The export file').fill(beas);
    await importPanel.getByRole('button', { name: 'Preview the import' }).click();
    await importPanel.getByRole('button', { name: 'Merge into my database' }).click();
    const warning = importPanel.getByRole('status').locator('.sharing-clock-ahead');
    await warning.waitFor();
    expect(await text(warning)).toMatch(/^The clock of Bea on .+ is about 3 days ahead of this computer’s: ask them to set their date and time automatically\./);
    await dismissToasts(page);
    await screenshot(page, 'a2-import-clock-ahead');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await screenshot(page, 'a2b-import-clock-ahead-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The import is a change: it goes up a moment later, and this agency's server is not there.
    await expect.poll(async () => (await api<SyncStatus>(app, 'sync.status', {})).offline, { timeout: 30_000 }).toBe(true);
    await api(app, 'sync.record', { outcome: 'synced' });
    await page.reload();
    await expect.poll(() => text(syncStatus(page))).toMatch(/^Synced just now The clock of Bea on .+ is about 3 days ahead/);
    await settle(page);
    await screenshot(page, 'a3-sync-clock-ahead');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await screenshot(page, 'a3b-sync-clock-ahead-dark');
    expect(seen.problems).toEqual([]);
  });
});
