import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFailed, test } from 'vitest';
import { api, dismissToasts, e2eSession, nav, screenshot, screenshotBothThemes, text, watch, type RunningApp } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
const shortlist = (...args: string[]) => execFileSync(process.execPath, [path.join(root, 'bin/shortlist.js'), ...args], { cwd: root });

interface TaskInfo {
  label: string;
  state: string;
}
const merging = 'Merging a colleague’s export';
const merges = async (app: RunningApp, state: string) =>
  (await api<TaskInfo[]>(app, 'tasks.list', {})).filter((t) => t.label === merging && t.state === state).length;

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const tasksButton = (page: Page) => sidebar(page).getByRole('button', { name: /^Tasks/ });

describe('long work as tasks, and backups', () => {
  const session = e2eSession();

  test('a colleague’s export merges as a task with its bar in the sidebar while the recruiter keeps searching and opening records', { timeout: 300_000 }, async () => {
    // Bea's 40,000 candidates, made and exported with the CLI in a folder of their own (files/ sits beside a
    // database): enough that merging them outlasts the searching below on an idle machine too. Cancelling
    // a merge (it rolls back whole) is tested in tests/core/host.test.ts, without a race against the merge.
    const beaDir = path.join(session.dir, 'bea');
    fs.mkdirSync(beaDir);
    shortlist('demo', '--db', path.join(beaDir, 'bea.db'), '--candidates', '40000');
    const beasExport = path.join(session.dir, 'bea.shortlist');
    shortlist('export', '--db', path.join(beaDir, 'bea.db'), '--out', beasExport);

    const ann = await session.startApp('ann');
    const maya = await api(ann, 'candidates.create', { name: 'Maya Chen', currentTitle: 'Staff engineer', currentEmployer: 'Northwind' });
    await api(ann, 'candidates.create', { name: 'Tom Baker', currentTitle: 'SRE' });
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    // A loaded two-core machine reads and merges 3,000 candidates in tens of seconds: a step waits that long, no more.
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '9x-tasks-failure'));

    // Nothing runs: the entry says Tasks alone, and its panel says what will show there.
    await page.goto(ann.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await text(tasksButton(page))).toBe('Tasks');
    await tasksButton(page).click();
    const panel = page.getByRole('dialog', { name: 'Tasks' });
    expect(await text(panel)).toContain('Nothing running.');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    await nav(page, 'Sharing');
    const importPanel = page.getByRole('region', { name: 'Import a colleague’s export' });
    await importPanel.getByLabel('The export file').fill(beasExport);
    await importPanel.getByRole('button', { name: 'Preview the import' }).click();
    await importPanel.getByRole('heading', { name: 'What importing would do' }).waitFor();
    const mergeButton = importPanel.getByRole('button', { name: 'Merge into my database' });

    await mergeButton.click();

    // The sidebar shows the merge with a bar while the Sharing page still waits for its answer.
    await tasksButton(page).filter({ hasText: merging }).waitFor();
    const bar = sidebar(page).getByRole('progressbar', { name: merging });
    await bar.waitFor();
    expect(await merges(ann, 'running')).toBe(1);

    // The recruiter goes on working: a search in the quick switcher answers and opens a record, all while the merge runs.
    await page.keyboard.press('Control+k');
    const switcher = page.getByRole('dialog', { name: 'Search everything' });
    await switcher.waitFor();
    await page.keyboard.type('maya ch');
    await switcher.getByRole('option').filter({ hasText: 'Maya Chen' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Maya Chen' }).waitFor();
    expect(page.url()).toContain(`#/candidates/${maya.id}`);
    expect(await merges(ann, 'running')).toBe(1);

    // The panel lists the merge with what it is doing, its bar, and Cancel (a merge rolls back whole).
    await tasksButton(page).click();
    const running = panel.locator('.task--running').filter({ hasText: merging });
    await running.waitFor();
    expect(await running.getByRole('progressbar').count()).toBe(1);
    expect(await running.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    await screenshotBothThemes(page, '130-tasks-panel-running');
    await page.keyboard.press('Escape');

    // A list searched on another page answers too, and the panel opened again shows how the merge went.
    await nav(page, 'Candidates');
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('tom');
    await page.locator('main').getByText('Tom Baker').first().waitFor();
    await tasksButton(page).click();

    // It ends while the recruiter is elsewhere: the panel says so, and Bea's candidates are Ann's.
    const done = panel.locator('.task--done').filter({ hasText: merging });
    await done.getByText(/^Done at /).waitFor({ timeout: 240_000 });
    expect(await done.getByRole('progressbar').count()).toBe(0);
    expect(await text(tasksButton(page))).toBe('Tasks');
    expect(await sidebar(page).getByRole('progressbar').count()).toBe(0);
    const list = await api<{ total: number }>(ann, 'candidates.list', { query: '', sort: 'name', limit: 1 });
    expect(list.total).toBe(40002);
    await screenshotBothThemes(page, '131-tasks-panel-done');
    await page.keyboard.press('Escape');

    // A toast says it is merged; its button goes back to Sharing, where the summary waits as the merge left it.
    const toasts = page.getByRole('region', { name: 'Notifications' });
    await toasts.getByText(/is merged into your database/).waitFor();
    await toasts.getByRole('button', { name: 'See what changed' }).click();
    await importPanel.getByText(/^Merged the export of /).waitFor();
    expect(await importPanel.getByRole('button', { name: 'Merge into my database' }).count()).toBe(0);

    expect(seen.problems).toEqual([]);
  });

  test('Back up now, restore it (the data goes back), then Undo brings the data as it was', { timeout: 240_000 }, async () => {
    const app = await session.startApp('backups');
    await api(app, 'candidates.create', { name: 'Maya Chen' });
    await api(app, 'candidates.create', { name: 'Tom Baker' });
    const context = await session.newContext({ viewport: { width: 1280, height: 1000 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '9x-backups-failure'));

    await page.goto(`${app.url}#/settings`);
    const section = page.getByRole('region', { name: 'Backups' });
    await section.waitFor();
    const candidatesStat = page.getByRole('list', { name: 'Records' }).getByRole('listitem').filter({ hasText: 'Candidates' });
    expect(await text(candidatesStat)).toBe('2Candidates');

    await section.getByRole('button', { name: 'Back up now' }).click();
    const mine = section.getByRole('row').filter({ hasText: 'Backed up by you' });
    await mine.waitFor();
    expect(await mine.count()).toBe(1);
    expect(await text(mine)).toMatch(/^Today, .+Backed up by you\d[\d.,]* (KB|MB)2 candidatesRestore$/);
    await page.getByRole('status').filter({ hasText: /^Backed up your data/ }).waitFor();

    // A candidate added after the backup, then the backup restored: she is gone, and the current file was kept aside.
    await api(app, 'candidates.create', { name: 'Zoe Late' });
    await page.reload();
    await section.waitFor();
    expect(await text(candidatesStat)).toBe('3Candidates');
    await dismissToasts(page);
    await section.locator('.card-lead').scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, '132-settings-backups');

    await mine.getByRole('button', { name: /^Restore the backup of / }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    expect(await text(dialog)).toContain('Shortlist keeps your current database aside, so you can undo the restore');
    expect(await text(dialog)).toContain('Candidates erased since the backup was taken are erased again');
    await screenshotBothThemes(page, '133-settings-backups-restore-dialog');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const restored = page.getByRole('status').filter({ hasText: /^Restored the backup of / });
    await restored.waitFor();
    await candidatesStat.filter({ hasText: /^2Candidates$/ }).waitFor();
    const names = async () =>
      (await api<{ items: { name: string }[] }>(app, 'candidates.list', { query: '', sort: 'name', limit: 10 })).items.map((c) => c.name);
    expect(await names()).toEqual(['Maya Chen', 'Tom Baker']);
    // The file as it was just before is listed among the backups.
    await section.getByRole('row').filter({ hasText: 'Before restoring a backup' }).first().waitFor();

    // Undo puts the database back as it was: Zoe returns.
    await restored.hover();
    await restored.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Your database is back as it was before the restore.' }).waitFor();
    await candidatesStat.filter({ hasText: /^3Candidates$/ }).waitFor();
    expect(await names()).toEqual(['Maya Chen', 'Tom Baker', 'Zoe Late']);
    expect(seen.problems).toEqual([]);
  });

  test('a database found damaged after a crash gets one screen: nothing more is written; restore the newest good backup, or keep the file', { timeout: 240_000 }, async () => {
    const file = path.join(session.dir, 'damaged.db');
    shortlist('demo', '--db', file, '--candidates', '300');
    shortlist('backup', '--db', file);
    // As after a crash on a failing disk: not closed cleanly (so the next open checks it), and pages past the schema spoilt.
    const db = new Database(file);
    db.prepare("UPDATE settings SET value = '0' WHERE key = 'closed_cleanly'").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, Math.floor(fs.statSync(file).size / 2));
    fs.closeSync(fd);

    const app = await session.startApp('damaged');
    const context = await session.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    onTestFailed(() => screenshot(page, '9x-damaged-failure'));
    await page.goto(app.url);
    // The check runs as a task; once it has found the damage, the screen says so (a write refused meanwhile says so too).
    const screen = page.getByRole('main', { name: 'Your database is damaged' });
    await screen.waitFor();
    expect(await text(screen)).toContain('it has stopped writing to it: nothing more is changed in this file');
    const keep = screen.getByRole('region', { name: 'Keep the file to send to someone' });
    await keep.getByText(file).waitFor();
    await keep.getByRole('button', { name: 'Copy the path' }).click();
    await keep.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(file);
    const restore = screen.getByRole('region', { name: 'Restore the newest good backup' });
    await restore.getByText(/^The backup of .+ \(300 candidates\)/).waitFor();
    await screenshotBothThemes(page, '134-damaged-database');

    // Restored: the app comes back over the backup's data, and writes go through again.
    await restore.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByRole('main', { name: 'Your database is damaged' }).count()).toBe(0);
    expect(await api(app, 'app.health', {})).toEqual({ state: 'ok', message: null });
    await api(app, 'candidates.create', { name: 'After the restore' });
  });
});
