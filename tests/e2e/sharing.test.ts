import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFailed, test } from 'vitest';
import { api, dismissToasts, e2eSession, screenshot, text, watch, type RunningApp } from './harness';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const sharingLink = (page: Page) => sidebar(page).getByRole('link', { name: /^Sharing/ });

interface Page1<T> {
  items: T[];
  total: number;
}
type Summary = { id: string; name: string; currentTitle: string | null; currentEmployer: string | null };

/** The live candidates of a database, by name. */
async function candidates(app: RunningApp, query = ''): Promise<Summary[]> {
  const page = await api<Page1<Summary>>(app, 'candidates.list', { query, sort: 'name', limit: 500 });
  return page.items;
}

/** Dialogs fade in and colours ease between light and dark: a screenshot waits for them to finish. */
const settle = (page: Page) => page.waitForTimeout(250);

/** A time of day on the recruiter's clock, in whichever form their locale writes it. */
const time = '\\d\\d?:\\d\\d(?: [AP]M)?';

/** Apart by a few milliseconds: each side's change carries its own clock stamp, and the later one must be clearly later. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 25));

describe('sharing with a colleague: export, import, conflicts, duplicates, erasure', () => {
  const session = e2eSession();

  test('Ann merges Bea’s export: preview first, then conflicts and duplicates reviewed; a file that is not an export is refused', async () => {
    // Ann's database is the app under test; Bea's is a colleague's, driven through its own preview server.
    const ann = await session.startApp('ann');
    const bea = await session.startApp('bea');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '9x-sharing-failure'));

    // Both start from the same data: Ann's, exported and merged into Bea's.
    const northwind = await api(ann, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    await api(ann, 'jobs.create', { clientId: northwind.id, title: 'Platform engineer' });
    const maya = await api(ann, 'candidates.create', {
      name: 'Maya Chen',
      emails: ['maya.chen@example.com'],
      currentTitle: 'Backend developer',
      currentEmployer: 'Northwind',
    });
    const start = path.join(session.dir, 'ann-start.shortlist');
    await api(ann, 'sharing.exportTo', { path: start, person: 'Ann' });
    await api(bea, 'sharing.import', { path: start });

    // Then both work: the same field of Maya changed on both sides (Ann later), another only by Bea, and the same new
    // person entered twice.
    await api(bea, 'candidates.update', { id: maya.id, currentTitle: 'Engineering manager', location: 'Leeds' });
    await api(bea, 'notes.add', { about: { kind: 'candidate', id: maya.id }, body: 'Maya now leads a team of five' });
    const tom = await api(bea, 'candidates.create', { name: 'Tom Baker', emails: ['tom.baker@example.com'], currentTitle: 'SRE' });
    const beasPriya = await api(bea, 'candidates.create', {
      name: 'Priya Nair',
      emails: ['priya.nair@example.com'],
      currentTitle: 'Senior data analyst',
      currentEmployer: 'Contoso',
    });
    await tick();
    await api(ann, 'candidates.update', { id: maya.id, currentTitle: 'Staff engineer' });
    await api(ann, 'candidates.create', { name: 'Priya Nair', emails: ['priya.nair@example.com'], currentTitle: 'Data analyst' });
    // Two Sam Lees at one employer, who really are two people.
    await api(ann, 'candidates.create', { name: 'Sam Lee', currentTitle: 'Designer', currentEmployer: 'Acme' });
    await api(ann, 'candidates.create', { name: 'Sam Lee', currentTitle: 'Accountant', currentEmployer: 'Acme', allowDuplicate: true });
    const beasExport = path.join(session.dir, 'bea.shortlist');
    await api(bea, 'sharing.exportTo', { path: beasExport, person: 'Bea' });

    await page.goto(ann.url);
    await sharingLink(page).click();
    await page.getByRole('heading', { name: 'Sharing', level: 1 }).waitFor();
    expect(page.url()).toContain('#/sharing');
    const review = page.getByRole('navigation', { name: 'To review' });
    await review.getByText('1 pair who may be one person').waitFor();
    expect(await text(review)).toContain('ConflictsNone to review');
    expect(await text(sharingLink(page))).toBe('Sharing1 to review');

    // Export for a colleague: the browser preview asks for the path, and says why.
    const exportPanel = page.getByRole('region', { name: 'Export for a colleague' });
    expect(await text(exportPanel)).toContain('cannot open a save dialog');
    const pathField = exportPanel.getByLabel('Save the export as');
    expect(await pathField.inputValue()).toMatch(/^\/.*\/shortlist-\d{4}-\d{2}-\d{2}\.shortlist$/);
    await exportPanel.getByLabel('Your name').fill('Ann');
    const annsExport = path.join(session.dir, 'from the app', 'ann.shortlist');
    await pathField.fill(annsExport);
    await exportPanel.getByRole('button', { name: 'Export' }).click();
    // A folder that does not exist: the core's word, under the field.
    await exportPanel.getByText(`The folder ${path.dirname(annsExport)} does not exist.`).waitFor();
    fs.mkdirSync(path.dirname(annsExport));
    await exportPanel.getByRole('button', { name: 'Export' }).click();
    const exported = exportPanel.getByRole('status');
    await exported.getByText(/^Exported, \d+ KB$/).waitFor();
    expect(await text(exported)).toContain(annsExport);
    expect(await text(exported)).toContain('4 candidates, 1 client, 0 contacts, 1 job, 0 submissions, 0 notes');
    expect(fs.existsSync(annsExport)).toBe(true);
    await screenshot(page, '90-sharing');

    // A file that is not an export is refused with the core's own words, and nothing changes.
    const before = (await candidates(ann)).length;
    const notAnExport = path.join(session.dir, 'notes.shortlist');
    fs.writeFileSync(notAnExport, 'Call Maya back on Tuesday about the platform role.\n');
    const importPanel = page.getByRole('region', { name: 'Import a colleague’s export' });
    const importPath = importPanel.getByLabel('The export file');
    await importPath.fill(notAnExport);
    await importPanel.getByRole('button', { name: 'Preview the import' }).click();
    const refusal = importPanel.getByRole('alert');
    await refusal.waitFor();
    expect(await text(refusal)).toBe(
      'This file was not imported' +
        'notes.shortlist is not a Shortlist export: it is not a SQLite file (or it is too damaged to tell).' +
        'Nothing was changed in your database.',
    );
    expect((await candidates(ann)).length).toBe(before);
    await importPanel.scrollIntoViewIfNeeded();
    await screenshot(page, '91-sharing-import-refused');

    // Bea's export: first what it would do, and nothing written yet.
    await importPath.fill(beasExport);
    await importPanel.getByRole('button', { name: 'Preview the import' }).click();
    const preview = importPanel.getByRole('heading', { name: 'What importing would do' });
    await preview.waitFor();
    expect(await importPanel.getByRole('alert').count()).toBe(0);
    expect(await text(importPanel.locator('.sharing-source'))).toMatch(new RegExp(`^Exported by Bea on .+, Today, ${time}·bea\\.shortlist$`));
    const changes = await importPanel.getByRole('list', { name: 'Changes to your database' }).getByRole('listitem').allTextContents();
    expect(changes).toEqual(['2 new candidates, 1 changed', '1 new note']);
    const conflictsFound = importPanel.getByRole('region', { name: '1 conflict' });
    expect(await text(conflictsFound.getByRole('article', { name: 'Maya Chen: Current title' }))).toMatch(
      new RegExp(
        `^Maya Chen·, Current titleChanged on both computers` +
          `Yours, before the importIn use nowStaff engineerThis computer, Today, ${time}` +
          `From your colleague’s exportEngineering managerBea on .+, Today, ${time}$`,
      ),
    );
    const duplicatesFound = importPanel.getByRole('region', { name: '1 likely duplicate' });
    expect(await text(duplicatesFound.getByRole('listitem'))).toMatch(
      /^Priya Nair \((Senior data analyst at Contoso|Data analyst)\) and Priya Nair \((Senior data analyst at Contoso|Data analyst)\)Same email$/,
    );
    expect((await candidates(ann)).length).toBe(before);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await screenshot(page, '92-sharing-import-preview');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await screenshot(page, '92b-sharing-import-preview-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Merged: what changed, where the backup is, and the way to review what it found.
    await importPanel.getByRole('button', { name: 'Merge into my database' }).click();
    const result = importPanel.getByRole('status');
    await result.getByText(/^Merged the export of Bea on .+ into your database$/).waitFor();
    const backup = await text(result.locator('.sharing-backup .mono'));
    expect(backup).toContain(`${path.sep}backups${path.sep}`);
    expect(fs.existsSync(backup)).toBe(true);
    expect(await text(result)).toContain('1 conflict and 1 likely duplicate wait for you to review.');
    expect((await candidates(ann)).length).toBe(before + 2);
    await sharingLink(page).getByText('3').waitFor();
    expect(await text(sharingLink(page))).toBe('Sharing3 to review');
    await screenshot(page, '93-sharing-import-result');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The conflict: Ann's later value is in use; she keeps Bea's.
    await result.getByRole('link', { name: 'Review conflicts' }).click();
    await page.getByRole('heading', { name: 'Conflicts', level: 1 }).waitFor();
    expect(page.url()).toContain('#/sharing/conflicts');
    const conflict = page.getByRole('article', { name: 'Maya Chen: Current title' });
    expect(await conflict.getByRole('link', { name: 'Maya Chen' }).getAttribute('href')).toBe(`#/candidates/${maya.id}`);
    expect(await text(conflict.locator('[data-side="local"]'))).toContain('In use now');
    expect(await text(conflict.locator('[data-side="incoming"]'))).not.toContain('In use now');
    await screenshot(page, '94-sharing-conflicts');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await screenshot(page, '94b-sharing-conflicts-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await settle(page);
    await conflict.getByRole('button', { name: 'Keep this: Engineering manager' }).click();
    await page.getByRole('heading', { name: 'No conflicts to review' }).waitFor();
    await page.getByText('Maya Chen, Current title: kept “Engineering manager”').waitFor();
    await sharingLink(page).getByText('2').waitFor();
    await dismissToasts(page);
    await page.goto(`${ann.url}#/candidates/${maya.id}`);
    await page.getByRole('heading', { name: 'Maya Chen', exact: true }).waitFor();
    expect(await text(page.locator('.page-subtitle'))).toBe('Engineering manager at Northwind·Leeds');

    // The likely duplicates: the Sam Lees are two people; the Priya Nairs are one.
    await sharingLink(page).click();
    await review.getByRole('link', { name: /^Likely duplicates/ }).click();
    await page.getByRole('heading', { name: 'Likely duplicates', level: 1 }).waitFor();
    const pairs = page.getByRole('list', { name: 'Likely duplicates' }).getByRole('article');
    await pairs.nth(1).waitFor();
    expect(await pairs.count()).toBe(2);
    await screenshot(page, '95-sharing-duplicates');
    const sams = page.getByRole('article', { name: 'Sam Lee and Sam Lee: Same name at the same employer' });
    await sams.getByRole('button', { name: 'Not the same person' }).click();
    await page.getByText('Sam Lee and Sam Lee are kept as different people').waitFor();
    await sams.waitFor({ state: 'detached' });
    await dismissToasts(page);

    const priyas = page.getByRole('article', { name: 'Priya Nair and Priya Nair: Same email' });
    await priyas.getByRole('button', { name: 'Keep this one: Priya Nair at Contoso' }).click();
    const confirm = page.getByRole('dialog', { name: 'Keep Priya Nair?' });
    await confirm.waitFor();
    expect(await text(confirm.locator('.sharing-merge-records'))).toBe(
      'KeptPriya Nair (Senior data analyst at Contoso)To the trashPriya Nair (Data analyst)',
    );
    expect(await text(confirm)).toContain('submissions, with their stages, interviews and feedbacknotesattached filesfollow-ups');
    await settle(page);
    await screenshot(page, '96-sharing-merge-confirm');
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('heading', { name: 'No likely duplicates' }).waitFor();
    await page.getByText('Merged into Priya Nair; the other record is in the trash').waitFor();
    expect((await candidates(ann, 'Priya')).map((c) => c.id)).toEqual([beasPriya.id]);
    expect(await sharingLink(page).locator('.nav-badge').count()).toBe(0);
    await dismissToasts(page);

    // The right to be forgotten: Tom asks to be erased.
    await page.goto(`${ann.url}#/candidates/${tom.id}`);
    await page.getByRole('heading', { name: 'Tom Baker', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Erase Tom Baker…' }).click();
    const erase = page.getByRole('dialog', { name: 'Erase Tom Baker for good?' });
    await erase.waitFor();
    const eraseButton = erase.getByRole('button', { name: 'Erase for good' });
    await erase.getByLabel('Type Tom Baker to confirm').fill('Tom');
    expect(await eraseButton.isDisabled()).toBe(true);
    await erase.getByLabel('Type Tom Baker to confirm').fill('tom baker');
    expect(await eraseButton.isEnabled()).toBe(true);
    await settle(page);
    await screenshot(page, '97-sharing-erase-confirm');
    await eraseButton.click();
    await page.getByText('Tom Baker was erased for good').waitFor();
    expect(page.url()).toMatch(/#\/candidates$/);
    expect((await candidates(ann, 'Tom')).length).toBe(0);
    await expect(api(ann, 'candidates.get', { id: tom.id })).rejects.toThrow(/not_found/);

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual(['sharing.exportTo 422', 'sharing.preview 422']);
  });

  test('the desktop File menu opens the export and import panels, and the file dialogs give the paths', async () => {
    const app = await session.startApp('desktop');
    await api(app, 'candidates.create', { name: 'Maya Chen' });
    const exported = path.join(session.dir, 'desktop.shortlist');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '9x-sharing-desktop-failure'));

    // The desktop app's preload, played by the page itself: calls go to the preview server, and the file dialogs answer what the test says.
    await page.addInitScript(`
      window.chosenFile = null;
      window.shortlist = {
        call: async (method, input) => {
          if (method === 'desktop.chooseFile') return { ok: true, result: { path: window.chosenFile } };
          const response = await fetch('/api/' + method, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(input ?? {}),
          });
          return response.json();
        },
        onOpen: () => () => undefined,
        onMenu: (listener) => {
          window.menu = listener;
          return () => undefined;
        },
      };
    `);
    const menu = (command: string) => page.evaluate(`window.menu(${JSON.stringify(command)})`);
    const choose = (file: string | null) => page.evaluate(`window.chosenFile = ${JSON.stringify(file)}`);
    const focused = () => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent");
    const focusedId = () => page.evaluate<string | null>('document.activeElement?.id ?? null');

    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    // File › Export for a Colleague…: the name first, then the save dialog.
    await menu('export');
    await page.getByRole('heading', { name: 'Sharing', level: 1 }).waitFor();
    const exportPanel = page.getByRole('region', { name: 'Export for a colleague' });
    await expect.poll(focusedId).toBe('export-person');
    expect(await exportPanel.getByLabel('Save the export as').count()).toBe(0);
    await exportPanel.getByLabel('Your name').fill('Ann');
    await choose(null);
    await exportPanel.getByRole('button', { name: 'Export…' }).click();
    // Cancelled: nothing written, nothing said.
    await expect.poll(() => exportPanel.getByRole('button', { name: 'Export…' }).isEnabled()).toBe(true);
    expect(await exportPanel.getByRole('status').count()).toBe(0);
    await choose(exported);
    await exportPanel.getByRole('button', { name: 'Export…' }).click();
    await exportPanel.getByRole('status').getByText(exported).waitFor();
    expect(fs.existsSync(exported)).toBe(true);
    await screenshot(page, '98-sharing-desktop');

    // The name is remembered on this computer.
    await page.reload();
    await page.getByRole('heading', { name: 'Sharing', level: 1 }).waitFor();
    expect(await exportPanel.getByLabel('Your name').inputValue()).toBe('Ann');

    // File › Import a Colleague’s Export…, from another page: the import panel, its open dialog focused.
    await page.goto(`${app.url}#/candidates`);
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await menu('import');
    await page.getByRole('heading', { name: 'Sharing', level: 1 }).waitFor();
    await expect.poll(focused).toBe('Choose the export…');
    await choose(exported);
    await page.getByRole('button', { name: 'Choose the export…' }).click();
    await page.getByRole('heading', { name: 'What importing would do' }).waitFor();
    expect(await text(page.getByRole('region', { name: 'Import a colleague’s export' }))).toContain(
      'Nothing new: your database already has everything in this export.',
    );

    // File › Import from CSV…
    await menu('import-csv');
    await page.getByRole('heading', { name: 'Import from CSV', level: 1 }).waitFor();
    expect(page.url()).toContain('#/import/csv/candidates');

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual([]);
  });
});
