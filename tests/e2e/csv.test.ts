import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { describe, expect, onTestFailed, test } from 'vitest';
import { api, dismissToasts, e2eSession, nav, screenshot, text, watch, type RunningApp } from './harness';


/** Windows-1252 bytes, as Excel on Windows saves a CSV (Node has no encoder for it). */
function windows1252(content: string): Buffer {
  return Buffer.from(
    [...content].map((c) => {
      const byte = c.charCodeAt(0);
      if (byte > 0xff) throw new Error(`${c} is not in Windows-1252`);
      return byte;
    }),
  );
}

async function downloaded(download: Download): Promise<string> {
  return fs.readFileSync(await download.path(), 'utf8');
}

/** A downloaded CSV file's records, read as a spreadsheet would. */
const records = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: true });

/** A row of the first rows' table, by the line it starts on. */
const sampleRow = (page: Page, line: number) =>
  page.locator('.csv-sample-table tbody tr').filter({ has: page.locator('td.csv-line', { hasText: new RegExp(`^${line}$`) }) });

const count = (page: Page, label: string) => text(page.locator('.csv-count').filter({ hasText: label }).locator('dd'));

describe('import from CSV and export to CSV', () => {
  const session = e2eSession();
  let app: RunningApp | undefined;

  test('a spreadsheet of candidates from Excel: previewed, imported line by line, then exported safely', async () => {
    app = await session.startApp('shortlist');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '8x-csv-failure'));

    const maya = await api(app, 'candidates.create', {
      name: 'Maya Chen',
      emails: ['maya.chen@example.com'],
      currentTitle: 'Backend developer',
      currentEmployer: 'Northwind',
    });

    // Saved by Excel on Windows: Windows-1252, semicolons, a note over two lines, a duplicate, a bad email.
    const csv = windows1252(
      [
        'Full Name;E-mail;Job Title;Company;Key Skills;Why looking;Notes',
        'René Dubois;rene.dubois@example.fr;Data engineer;Capgemini;Python, SQL;"Wants to lead a team.\r\nMoving to Lyon in spring.";met at a meetup',
        'Maya Chen;maya.chen@example.com;Backend developer;Northwind;Go;;',
        'Sam Okafor;sam at example dot com;Analyst;Acme;Excel;;',
        'Zoë Martin;zoe.martin@example.com;=SUM(A1:A3) Lead;Fabrikam;"Excel; SQL";Growth;',
        '',
      ].join('\r\n'),
    );

    await page.goto(app.url);
    await nav(page, 'Candidates');
    await page.getByRole('heading', { name: 'Candidates' }).waitFor();
    await screenshot(page, '84-candidates-csv-buttons');
    await page.getByRole('link', { name: 'Import from CSV' }).click();
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();
    expect(page.url()).toContain('#/import/csv/candidates');
    expect(await page.getByRole('radio', { name: 'Candidates' }).isChecked()).toBe(true);

    await page.getByLabel('CSV file').setInputFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: csv });

    // The preview: Windows-1252 guessed and said so, semicolons found, columns recognised.
    const guess = page.getByText('Looks like Windows-1252 (Western European) — check the accents below');
    await guess.waitFor();
    expect(await page.getByLabel('Characters (encoding)').inputValue()).toBe('windows-1252');
    expect(await page.getByLabel('Columns separated by').inputValue()).toBe(';');
    expect(await page.getByLabel('Import “Full Name” as').inputValue()).toBe('name');
    expect(await page.getByLabel('Import “E-mail” as').inputValue()).toBe('emails');
    expect(await page.getByLabel('Import “Why looking” as').inputValue()).toBe('screening.whyLooking');
    // A column Shortlist has no field for is kept as a note on each record, not dropped.
    expect(await page.getByLabel('Import “Notes” as').inputValue()).toBe('note');
    expect(await text(page.locator('.csv-mapping-lead'))).toContain('kept as a note on each record (“From candidates.csv, Stage: Interviewing”)');
    expect(await text(page.locator('.csv-required'))).toContain('Name or First name or Last name');

    // Each of the first rows with what the import will do with it, by the line it starts on.
    expect(await text(sampleRow(page, 2))).toContain('René Dubois');
    expect(await text(sampleRow(page, 2))).toContain('New');
    expect(await sampleRow(page, 2).textContent()).toMatch(/Wants to lead a team\.\r?\nMoving to Lyon in spring\./);
    expect(await text(sampleRow(page, 4))).toContain('Duplicate');
    expect(await text(sampleRow(page, 4))).toContain('of Maya Chen');
    expect(await sampleRow(page, 4).getByRole('link', { name: 'Maya Chen' }).getAttribute('href')).toBe(`#/candidates/${maya.id}`);
    expect(await text(sampleRow(page, 5))).toContain('Rejected');
    expect(await text(sampleRow(page, 5))).toContain('sam at example dot com');
    expect(await text(sampleRow(page, 6))).toContain('Zoë Martin');
    expect(await text(page.locator('.csv-tally'))).toBe('2 new1 duplicate1 rejected');

    // The app scrolls in its pane: a tall window shows the whole preview in one picture.
    await page.setViewportSize({ width: 1280, height: 1750 });
    await screenshot(page, '80-csv-import-preview');
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the controls' colour transitions finish before the picture is taken.
    await page.waitForTimeout(300);
    await screenshot(page, '80b-csv-import-preview-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Read as UTF-8 the accents break; back to Windows-1252 they mend, as chosen.
    await page.getByLabel('Characters (encoding)').selectOption('utf-8');
    await sampleRow(page, 2).filter({ hasText: 'Ren\uFFFD Dubois' }).waitFor();
    expect(await guess.count()).toBe(0);
    await page.getByLabel('Characters (encoding)').selectOption('windows-1252');
    await sampleRow(page, 2).filter({ hasText: 'René Dubois' }).waitFor();
    expect(await text(page.locator('.csv-reading'))).toContain('as you chose');

    // A column can be left out, and what every row needs is checked before importing.
    await page.getByLabel('Import “Full Name” as').selectOption('');
    await page.getByText('Map a column to Name or First name or Last name.').waitFor();
    expect(await page.getByRole('button', { name: 'Import candidates' }).isDisabled()).toBe(true);
    await page.getByLabel('Import “Full Name” as').selectOption('name');
    await page.getByText('Map a column to Name or First name or Last name.').waitFor({ state: 'detached' });
    await sampleRow(page, 2).filter({ hasText: 'René Dubois' }).waitFor();

    // The recruiter would rather keep the skills as they were written, in the note too.
    await page.getByLabel('Import “Key Skills” as').selectOption('note');
    await page.locator('.csv-sample-table thead th').filter({ hasText: 'Key SkillsKeep as a note' }).waitFor();

    // The import: every row accepted, or left out with its line and why.
    await page.getByRole('button', { name: 'Import candidates' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await count(page, 'Candidates added')).toBe('2');
    expect(await count(page, 'Duplicates')).toBe('1');
    expect(await count(page, 'Rejected')).toBe('1');
    const duplicates = page.getByRole('list', { name: 'Duplicates' }).getByRole('listitem');
    await duplicates.first().waitFor();
    expect(await duplicates.count()).toBe(1);
    expect(await text(duplicates.first())).toMatch(/^Line 4Already on file as Maya Chen \(same email[^)]*\)Maya Chen$/);
    expect(await duplicates.first().getByRole('link').getAttribute('href')).toBe(`#/candidates/${maya.id}`);
    const rejected = page.getByRole('list', { name: 'Rejected rows' }).getByRole('listitem');
    await rejected.first().waitFor();
    expect(await rejected.count()).toBe(1);
    expect(await text(rejected.first())).toMatch(/^Line 5“E-mail” has “sam at example dot com”: /);
    // Every column accounted for: into fields, or kept as a note.
    expect(await text(page.locator('.csv-column-report'))).toContain('Kept as a noteKey Skills, Notes');
    expect(await text(page.locator('.csv-column-report'))).toContain('2 candidates got a note');
    await dismissToasts(page);
    await screenshot(page, '81-csv-import-result');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await screenshot(page, '81b-csv-import-result-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The report of the rows left out, by line.
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report of rows not imported' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe('candidates - rows not imported.csv');
    const reportLines = (await downloaded(report)).split('\r\n');
    expect(reportLines[0]).toBe('\uFEFFLine,Outcome,Reason,Record on file');
    expect(reportLines[1]).toMatch(/^4,Duplicate,Already on file as Maya Chen \(same email[^)]*\),Maya Chen$/);
    expect(reportLines[2]).toMatch(/^5,Rejected,"?“E-mail” has “sam at example dot com”/);

    // The imported candidates are in the list, accents and all.
    await page.getByRole('link', { name: 'Open candidates' }).click();
    await page.getByRole('heading', { name: 'Candidates' }).waitFor();
    const list = page.getByRole('list', { name: 'Candidates' });
    await list.getByText('René Dubois').waitFor();
    await list.getByText('Zoë Martin').waitFor();
    expect(await text(page.locator('.page-subtitle'))).toBe('3 candidates');
    expect(await list.getByText('Sam Okafor').count()).toBe(0);

    // The columns kept as a note are on the record, dated, saying where they came from.
    await list.getByText('René Dubois').click();
    await page.getByRole('heading', { name: 'René Dubois' }).waitFor();
    await page.getByText('From candidates.csv, Key Skills: Python, SQL', { exact: false }).first().waitFor();
    const kept = page.getByText('From candidates.csv, Notes: met at a meetup', { exact: false }).first();
    await kept.waitFor();
    await kept.scrollIntoViewIfNeeded();
    await screenshot(page, '87-csv-imported-candidate-note');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await screenshot(page, '87b-csv-imported-candidate-note-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await nav(page, 'Candidates');
    await list.getByText('René Dubois').waitFor();

    // Export: a header row, every candidate, and a cell a spreadsheet would run as a formula made text.
    const [whole] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to CSV' }).click()]);
    expect(whole.suggestedFilename()).toMatch(/^shortlist-candidates-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = await downloaded(whole);
    expect(exported).toMatch(/^\uFEFFName,Emails,Phones,Location,Current title,Current employer,Skills,/);
    const [header, ...rows] = records(exported);
    const names = rows.map((row) => row[0]).sort();
    expect(names).toEqual(['Maya Chen', 'René Dubois', 'Zoë Martin']);
    const zoe = rows.find((row) => row[0] === 'Zoë Martin')!;
    expect(zoe[header!.indexOf('Current title')]).toBe(`'=SUM(A1:A3) Lead`);
    expect(exported).not.toMatch(/(^|,)=SUM/m);
    const rene = rows.find((row) => row[0] === 'René Dubois')!;
    expect(rene[header!.indexOf('Screening: why looking')]).toMatch(/^Wants to lead a team\.\r?\nMoving to Lyon in spring\.$/);

    // The export follows the list's search.
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('Dubois');
    await page.locator('.page-subtitle').filter({ hasText: '1 candidate match' }).waitFor();
    await screenshot(page, '85-candidates-export-filtered');
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to CSV' }).click()]);
    const filteredRows = records(await downloaded(filtered));
    expect(filteredRows.map((row) => row[0])).toEqual(['Name', 'René Dubois']);

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual([]);
    await page.close();
  });

  test('contacts from a client page: a new company becomes a client, and the contacts export again', async () => {
    app ??= await session.startApp('shortlist');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '8x-csv-contacts-failure'));

    const northwind = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    // UTF-8 with its byte-order mark, commas, headers as Bullhorn writes them.
    const csv = Buffer.from(
      '\uFEFFClient Corporation,First Name,Last Name,Title,Email\n' +
        'Northwind Logistics,Dana,Whitfield,Head of Operations,dana@northwind.example\n' +
        'Fabrikam,Lee,Park,HR Business Partner,lee@fabrikam.example\n',
    );

    await page.goto(`${app.url}#/clients/${northwind.id}`);
    await page.getByRole('heading', { name: 'Northwind Logistics' }).waitFor();
    const contacts = page.locator('section[aria-labelledby="contacts-heading"]');
    await contacts.getByRole('link', { name: 'Import from CSV' }).click();
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();
    expect(page.url()).toContain('#/import/csv/contacts');
    expect(await page.getByRole('radio', { name: 'Contacts' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Add companies not on file yet as new clients' }).isChecked()).toBe(true);

    await page.getByLabel('CSV file').setInputFiles({ name: 'bullhorn-contacts.csv', mimeType: 'text/csv', buffer: csv });
    await sampleRow(page, 3).waitFor();
    expect(await text(page.locator('.csv-reading'))).toContain('marked at the start of the file');
    expect(await page.getByLabel('Columns separated by').inputValue()).toBe(',');
    expect(await text(sampleRow(page, 2))).toContain('New');
    expect(await text(sampleRow(page, 3))).toContain('new client Fabrikam will be created');

    // Without new clients, the contact at a company not on file is turned away instead.
    await page.getByRole('switch', { name: 'Add companies not on file yet as new clients' }).uncheck();
    await sampleRow(page, 3).filter({ hasText: 'Rejected' }).waitFor();
    await page.getByRole('switch', { name: 'Add companies not on file yet as new clients' }).check();
    await sampleRow(page, 3).filter({ hasText: 'new client Fabrikam will be created' }).waitFor();

    await page.getByRole('button', { name: 'Import contacts' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await count(page, 'Contacts added')).toBe('2');
    expect(await count(page, 'New clients')).toBe('1');

    await page.goto(`${app.url}#/clients/${northwind.id}`);
    await contacts.getByText('Dana Whitfield').waitFor();
    await screenshot(page, '86-client-contacts-csv-buttons');
    const [file] = await Promise.all([page.waitForEvent('download'), contacts.getByRole('button', { name: 'Export to CSV' }).click()]);
    const exported = await downloaded(file);
    expect(exported.split('\r\n')[0]).toBe('\uFEFFCompany,Name,Role,Job title,Email,Phone,Cares about,Last contacted on,Tags');
    expect(records(exported).slice(1).map((row) => row.slice(0, 2))).toEqual([['Northwind Logistics', 'Dana Whitfield']]);

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual([]);
    await page.close();
  });

  test('a large file streams with a progress bar, carries on while the recruiter is away, and can be cancelled', async () => {
    app ??= await session.startApp('shortlist');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '8x-csv-large-failure'));

    await page.goto(`${app.url}#/import/csv/clients`);
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();

    // Too large for the browser preview's one request: said before anything is sent.
    await page.getByLabel('CSV file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(4 * 1024 * 1024, 'a') });
    await page.getByText('“huge.csv” is 4 MB, and the browser preview can read CSV files up to 3.7 MB.').waitFor();

    const rows = 60_000;
    const lines = ['Company,Industry,City'];
    // Every tenth row has no name, so there are rejected rows to list.
    for (let i = 1; i <= rows; i++) lines.push(`${i % 10 === 0 ? '' : `Company ${String(i).padStart(6, '0')}`},Logistics,Rotterdam`);
    await page.getByRole('radio', { name: 'Candidates' }).check();
    await page.getByLabel('CSV file').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n').replace('Company,Industry,City', 'Name,Current employer,City')),
    });
    await page.getByText(/About [\d,]+ rows/).first().waitFor();

    await page.getByRole('button', { name: 'Import candidates' }).click();
    const bar = page.getByRole('progressbar', { name: 'Read so far' });
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await screenshot(page, '83-csv-import-progress');

    // Away and back: the import carried on, and the page still knows it.
    await nav(page, 'Today');
    await nav(page, 'Candidates');
    await page.getByRole('link', { name: 'Import from CSV' }).click();
    await page.getByRole('heading', { name: /^Importing candidates from people\.csv$|^Import finished$/ }).waitFor();
    expect(await page.getByRole('heading', { name: 'Import finished' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('heading', { name: 'Import cancelled' }).waitFor();
    const added = Number((await count(page, 'Candidates added')).replace(/,/g, ''));
    console.log(`cancelled after ${added} of ${rows}`);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(rows);
    expect(await text(page.locator('.csv-result'))).toContain('added before stay; the rest of the file was not imported.');

    // The rejected rows, each with its line, in a list that draws only what is on screen.
    const rejectedCount = Number((await count(page, 'Rejected')).replace(/,/g, ''));
    expect(rejectedCount).toBeGreaterThan(10);
    const rejected = page.getByRole('list', { name: 'Rejected rows' }).getByRole('listitem');
    await rejected.first().waitFor();
    expect(await text(rejected.first())).toMatch(/^Line 11“Name” is empty: /);
    expect(await rejected.first().getAttribute('aria-setsize')).toBe(String(rejectedCount));
    expect(await rejected.count()).toBeLessThan(rejectedCount);
    await dismissToasts(page);
    await screenshot(page, '83b-csv-import-cancelled');

    const { total } = await api<{ total: number }>(app, 'candidates.list', { query: 'Company' });
    expect(total).toBe(added);

    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByRole('button', { name: 'Choose a CSV file…' }).waitFor();

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual([]);
    await page.close();
  });
});
