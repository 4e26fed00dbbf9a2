import fs from 'node:fs';
import path from 'node:path';
import { expect, test, describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { api, day, dismissToasts, e2eSession, nav, screenshot, screenshotBothThemes, scrollPaneTo, text, watch, type RunningApp } from './harness';

/** A client with fee and payment terms, a job, and two candidates: one at the offer, one waiting for feedback. */
async function setScene(app: RunningApp) {
  const acme = await api(app, 'clients.create', {
    name: 'Acme Robotics',
    status: 'active',
    fee: { type: 'percentage', percent: 20 },
    guaranteeDays: 90,
    paymentTermsDays: 30,
    fallOff: { remedy: 'refund' },
  });
  const max = await api(app, 'contacts.create', { clientId: acme.id, name: 'Max Manager', role: 'hiring_manager' });
  const job = await api(app, 'jobs.create', {
    clientId: acme.id,
    title: 'Robotics Engineer',
    openedOn: day(-20),
    owner: 'Robin',
    hiringManagerId: max.id,
    salary: { min: 80_000, max: 90_000, currency: 'EUR' },
  });
  const maya = await api(app, 'candidates.create', { name: 'Maya Chen', source: 'LinkedIn' });
  const omar = await api(app, 'candidates.create', { name: 'Omar Haddad', source: 'Referral' });
  const offer = await api(app, 'submissions.create', { candidateId: maya.id, jobId: job.id, stage: 'submitted' });
  await api(app, 'feedback.add', { submissionId: offer.id, contactId: max.id, sentiment: 'positive' });
  await api(app, 'submissions.move', { id: offer.id, stage: 'interviewing' });
  await api(app, 'submissions.move', { id: offer.id, stage: 'offer' });
  await api(app, 'submissions.create', { candidateId: omar.id, jobId: job.id, stage: 'submitted' });
  await api(app, 'reports.saveSettings', {
    yearlyGoal: { amount: 120_000, currency: 'EUR' },
    probabilities: { submitted: 0, client_reviewing: 0, interviewing: 0.25, offer: 0.6 },
    stuckDays: 7,
  });
  return { acme, offer };
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** A table row's cells as they read, one by one. */
const cells = async (row: Locator) => (await row.locator('th, td').allInnerTexts()).map((cell) => cell.replace(/\s+/g, ' ').trim());
const revenueTotal = (page: Page) => cells(section(page, 'Revenue').getByRole('row', { name: /^Total/ }));

describe('placements and reports', () => {
  const session = e2eSession();

  test('a recruiter places a candidate, raises and is paid the invoice, and sees the placement, the revenue, the funnel and the client’s answers change', async () => {
    const app = await session.startApp('reports');
    const { acme, offer } = await setScene(app);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1360, height: 900 } });
      const page = await context.newPage();
      const seen = watch(page);
      // Nothing is loaded from the network: every request goes to the app itself.
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(new URL(app.url).origin) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
      });
      await page.goto(app.url);
      await nav(page, 'Reports');
      await section(page, 'Revenue').waitFor();
      if (colorScheme === 'light') {
        // Before the placement: nothing placed; the offer is in the forecast (18,000 × 60%).
        expect(await revenueTotal(page)).toEqual(['Total', '€0', '€0', '€0', '€0', '€0']);
        expect(await text(section(page, 'Revenue'))).toContain('€10,800');
        // The funnel has no placement; Acme has answered Maya's submission, and no offer yet.
        expect(await cells(section(page, 'Funnel').getByRole('row', { name: /^Everyone/ }))).toEqual(['Everyone', '2', '1 50%', '1 100%', '1 100%', '0 0%', '0%']);
        const acmeAnswers = () => cells(section(page, 'Client responsiveness').getByRole('row', { name: /^Acme Robotics/ }).first());
        expect(await acmeAnswers()).toEqual(['Acme Robotics', '2', '0 days / 0 days (1)', '— / — (0)', '— / — (0)', '50%', '0']);
        await screenshot(page, '90-reports-before');

        // Place Maya from her submission's page.
        await page.goto(`${app.url}#/submissions/${offer.id}`);
        const stage = page.getByRole('button', { name: /^Stage: / });
        await stage.click();
        await page.getByRole('menuitem', { name: 'Placed' }).click();
        const place = page.getByRole('dialog', { name: 'Move Maya Chen to Placed' });
        await place.getByLabel('Start date').fill(day(14));
        await place.getByLabel('Salary').fill('90000');
        await place.getByRole('button', { name: 'Move to Placed' }).click();
        await place.waitFor({ state: 'detached' });
        // Its one opening is filled: Shortlist offers to close the job; Omar stays in the running.
        await page.getByRole('dialog', { name: 'Close Robotics Engineer?' }).getByRole('button', { name: 'Keep the job open' }).click();

        // The Placements screen lists it with the fee from Acme's terms; the invoice is raised, then paid.
        await nav(page, 'Placements');
        const row = page.getByRole('row', { name: /Maya Chen/ });
        await row.waitFor();
        expect(await text(row)).toContain('€18,000');
        expect(await text(row)).toContain('Robin 100%');
        expect(await text(row)).toContain('Not invoiced');
        await row.getByRole('button', { name: 'Maya Chen' }).click();
        const dialog = page.getByRole('dialog', { name: 'Maya Chen at Acme Robotics' });
        const raise = dialog.getByRole('form', { name: 'Raise the invoice' });
        await raise.getByLabel('Invoice number').fill('INV-2041');
        await raise.getByRole('button', { name: 'Raise invoice' }).click();
        await expect.poll(() => text(row)).toContain('Invoiced');
        expect(await text(dialog)).toContain('INV-2041');
        await screenshot(page, '91-placement-invoiced');
        // Invoiced and unpaid, the client's page says what Acme owes.
        await dialog.getByRole('button', { name: /^Close/ }).click();
        await nav(page, 'Clients');
        await page.getByRole('link', { name: /Acme Robotics/ }).first().click();
        await page.getByRole('region', { name: 'Placements and what they owe' }).getByText('Owed: €18,000').waitFor();
        await nav(page, 'Placements');
        await row.getByRole('button', { name: 'Maya Chen' }).click();
        await dialog.getByRole('form', { name: 'Record the payment' }).getByRole('button', { name: 'Mark as paid' }).click();
        await expect.poll(() => text(row)).toContain('Paid');
        await dialog.getByRole('button', { name: /^Close/ }).click();
        expect(await text(page.locator('tfoot'))).toContain('paid €18,000');
        await screenshot(page, '92-placements');

        // The client's page: the placement, nothing owed, and how fast Acme answered.
        await nav(page, 'Clients');
        await page.getByRole('link', { name: /Acme Robotics/ }).first().click();
        const onClient = page.getByRole('region', { name: 'Placements and what they owe' });
        await onClient.getByText('Nothing owed.').waitFor();
        await onClient.getByText(/answered a submission in/).waitFor();
        expect(await text(onClient)).toContain('Maya Chen');
        expect(await text(onClient)).toMatch(/answered a submission in 0 days/);
        // The trend: this quarter's median beside the three before, under its caption.
        const trend = onClient.getByRole('definition').last();
        expect(await text(onClient.locator('figcaption'))).toBe('Days to first feedback (median), quarter by quarter');
        expect(await onClient.getByRole('term').allInnerTexts()).toHaveLength(4);
        await expect.poll(() => text(trend)).toBe('0 days');
        await scrollPaneTo(page, onClient);
        await screenshotBothThemes(page, '93-client-placements');

        // The reports have moved: placed, invoiced and paid; the funnel's placement; the forecast without Maya.
        // From the client's page they open on its last year, its figures each a link.
        await onClient.getByRole('link', { name: 'Their year in Reports' }).click();
        const filters = page.getByRole('group', { name: 'Period and filters' });
        await section(page, 'Revenue').waitFor();
        expect(await filters.getByLabel('Period').inputValue()).toBe('custom');
        expect(await filters.getByLabel('From').inputValue()).toBe(day(-365));
        expect(await filters.getByLabel(/^Client/).inputValue()).toBe(acme.id);
        await expect.poll(() => revenueTotal(page)).toEqual(['Total', '€18,000', '€18,000', '€18,000', '€0', '€0']);
        // The chart's scale is written as the table writes amounts.
        expect(await text(section(page, 'Revenue').locator('.report-chart'))).toContain('18,000');
        await filters.getByLabel('Period').selectOption('quarter');
        await filters.getByLabel(/^Client/).selectOption({ label: 'All clients' });
        const funnel = section(page, 'Funnel');
        const everyone = async () => (await cells(funnel.getByRole('row', { name: /^Everyone/ })))[1];
        // The candidate's source and the job's owner narrow every report: Omar came by referral; Sam owns no job.
        await filters.getByLabel('Candidate source').fill('Referral');
        await expect.poll(everyone).toBe('1');
        await filters.getByLabel('Candidate source').fill('');
        await filters.getByLabel('Recruiter').fill('Sam');
        await expect.poll(everyone).toBe('0');
        await filters.getByLabel('Recruiter').fill('');
        await expect.poll(everyone).toBe('2');
        expect(await cells(funnel.getByRole('row', { name: /^Everyone/ }))).toEqual(['Everyone', '2', '1 50%', '1 100%', '1 100%', '1 100%', '50%']);
        const answers = section(page, 'Client responsiveness');
        expect(await text(answers.getByRole('row', { name: /^Acme Robotics/ }).first())).toContain('50%');
        // Maya's offer was answered (she took it): Acme's offer-to-answer is measured now.
        expect(await acmeAnswers()).toEqual(['Acme Robotics', '2', '0 days / 0 days (1)', '— / — (0)', '0 days / 0 days (1)', '50%', '0']);

        // Every figure opens the records behind it.
        await funnel.getByRole('button', { name: /^Placed: everyone: 1/ }).click();
        const records = page.getByRole('dialog', { name: 'Placed: everyone' });
        await records.getByRole('link', { name: 'Maya Chen' }).waitFor();
        expect(await text(records)).toContain('Robotics Engineer at Acme Robotics · Placed');
        await screenshotBothThemes(page, '94-report-records');
        await records.getByRole('button', { name: /^Close/ }).click();

        // Settings hold the goal, each stage's chance of a placement and when a submission is stuck.
        await nav(page, 'Settings');
        const settings = page.getByRole('region', { name: 'Reports' });
        await settings.getByLabel('Yearly goal (fees placed)').waitFor();
        expect(await settings.getByLabel('Yearly goal (fees placed)').inputValue()).toBe('120000');
        expect(await settings.getByLabel('Offer').inputValue()).toBe('60');
        await scrollPaneTo(page, settings);
        await screenshot(page, '97-report-settings');
        // One in ten submitted ends in a placement: Omar's 18,000 (the job's top salary at 20%) forecasts 1,800.
        await settings.getByLabel('Submitted to client').fill('10');
        await settings.getByRole('button', { name: 'Save' }).click();
        await settings.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
        await nav(page, 'Reports');
        await section(page, 'Revenue').getByRole('button', { name: 'Forecast: €1,800. Show the records' }).waitFor();
      }
      await dismissToasts(page);
      await scrollPaneTo(page, 'top');
      await screenshot(page, `95-reports-${colorScheme}`);
      await page.getByRole('link', { name: 'Placements' }).click();
      await page.getByRole('row', { name: /Maya Chen/ }).waitFor();
      await screenshot(page, `96-placements-${colorScheme}`);
      if (colorScheme === 'light') {
        // Filtered by its client the placement stays; by another recruiter's name it goes.
        const filters = page.getByRole('group', { name: 'Filter placements' });
        await filters.getByLabel('Client').selectOption({ label: 'Acme Robotics' });
        await filters.getByLabel('Recruiter').fill('Robin');
        await page.getByRole('row', { name: /Maya Chen/ }).waitFor();
        await filters.getByLabel('Recruiter').fill('Someone else');
        await page.getByRole('heading', { name: 'No placements here' }).waitFor();
      }
      expect(elsewhere).toEqual([]);
      expect(seen.problems).toEqual([]);
    }
  }, 240_000);

  test('a long funnel shows its first 25 clients and jobs and asks for the rest when shown; a saved PDF holds them all', async () => {
    const file = path.join(session.dir, 'many-clients.db');
    const core = await openDatabase(file);
    const ok = <R>(outcome: { ok: boolean; result?: unknown }) => outcome.result as R;
    for (let i = 1; i <= 30; i++) {
      const n = String(i).padStart(2, '0');
      const client = ok<{ id: string }>(dispatch(core, 'clients.create', { name: `Client ${n}` }));
      const job = ok<{ id: string }>(dispatch(core, 'jobs.create', { clientId: client.id, title: `Role ${n}` }));
      const candidate = ok<{ id: string }>(dispatch(core, 'candidates.create', { name: `Candidate ${n}` }));
      dispatch(core, 'submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
    }
    closeDatabase(core);
    const app = await session.startApp('many-clients');
    const page = await session.browser.newPage({ viewport: { width: 1360, height: 900 } });
    try {
      // What was on the page when it went on paper (the browser's print dialog is not opened).
      await page.addInitScript(`window.print = () => {
        const rows = [...document.querySelectorAll('.reports-page tr')].map((row) => row.textContent.trim());
        window.clientsPrinted = new Set(rows.filter((row) => /^Client \\d\\d/.test(row)).map((row) => row.slice(0, 9))).size;
        const answers = [...document.querySelectorAll('.reports-page [role="region"], .reports-page section')].find((s) => s.querySelector('h2')?.textContent.includes('Client responsiveness'));
        window.answersPrinted = answers ? [...answers.querySelectorAll('tr')].filter((row) => /^Client \\d\\d/.test(row.textContent.trim())).length : 0;
        // Charts below the fold are drawn when scrolled to: on paper, every one.
        window.chartsPrinted = [...document.querySelectorAll('.reports-page .report-chart')].map((chart) => chart.querySelector('svg') !== null);
      }`);
      await page.goto(`${app.url}#/reports`);
      const funnel = section(page, 'Funnel');
      const clientRows = funnel.getByRole('row', { name: /^Client \d\d/ });
      await funnel.getByRole('button', { name: 'Show all 30 clients' }).waitFor();
      expect(await clientRows.count()).toBe(25);

      // "Show all" on the jobs asks the core for every one: busy meanwhile, then all 30, each figure a link.
      const jobRows = funnel.getByRole('row', { name: /^Role \d\d/ });
      expect(await jobRows.count()).toBe(25);
      let giveRows: () => void = () => undefined;
      const rowsHeld = new Promise<void>((resolve) => (giveRows = resolve));
      await page.route('**/api/reports.rows', async (route) => {
        await rowsHeld;
        await route.continue();
      });
      await funnel.getByRole('button', { name: 'Show all 30 jobs' }).click();
      const loadingJobs = funnel.getByRole('button', { name: 'Loading all 30 jobs…' });
      expect(await loadingJobs.getAttribute('aria-busy')).toBe('true');
      await loadingJobs.scrollIntoViewIfNeeded();
      await screenshotBothThemes(page, '98-reports-rows-coming');
      giveRows();
      await expect.poll(() => jobRows.count()).toBe(30);
      await page.unroute('**/api/reports.rows');
      expect((await cells(jobRows.last())).slice(0, 2)).toEqual(['Role 30 · Client 30', '1']);
      await jobRows.last().getByRole('button', { name: 'Submitted to client: Role 30: 1. Show the records' }).click();
      const records = page.getByRole('dialog', { name: 'Submitted to client: Role 30' });
      await records.getByRole('link', { name: 'Candidate 30' }).waitFor();
      await records.getByRole('button', { name: 'Close' }).click();
      // Refused, the rest says why, and the first rows stay.
      const answers = section(page, 'Client responsiveness');
      await page.route('**/api/reports.rows', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The rows could not be read.' } } }));
      await answers.getByRole('button', { name: 'Show all 30 clients' }).click();
      await answers.getByRole('alert').filter({ hasText: 'The rest could not be loaded: The rows could not be read.' }).waitFor();
      expect(await answers.getByRole('row', { name: /^Client \d\d/ }).count()).toBe(25);
      await page.unroute('**/api/reports.rows');
      // Saved as PDF after that refusal, the table asks again, and the paper waits for its rows.
      await page.getByRole('button', { name: 'Save as PDF' }).click();
      await expect.poll(() => page.evaluate('window.answersPrinted')).toBe(30);
      await page.evaluate('window.clientsPrinted = undefined');
      await page.getByRole('group', { name: 'Period and filters' }).getByLabel('Period').selectOption('year');
      await expect.poll(() => page.locator('.reports-page [aria-busy="true"]').count()).toBe(0);
      await page.getByRole('group', { name: 'Period and filters' }).getByLabel('Period').selectOption('quarter');
      await funnel.getByRole('button', { name: 'Show all 30 jobs' }).waitFor();
      expect(await jobRows.count()).toBe(25);

      await page.getByRole('button', { name: 'Save as PDF' }).click();
      // Every client on paper, in every table that lists them; folded again after.
      await expect.poll(() => page.evaluate('window.clientsPrinted')).toBe(30);
      expect(await page.evaluate('window.chartsPrinted')).toEqual([true, true, true, true, true, true]);
      await expect.poll(() => clientRows.count()).toBe(25);
      // The browser's own Print cannot wait for the rows an answer left out (here, this month's, never
      // asked yet): the page says how many are, and draws them when they come.
      await page.getByRole('group', { name: 'Period and filters' }).getByLabel('Period').selectOption('month');
      await expect.poll(() => page.locator('.reports-page [aria-busy="true"]').count()).toBe(0);
      let printedRows: () => void = () => undefined;
      const printHeld = new Promise<void>((resolve) => (printedRows = resolve));
      await page.route('**/api/reports.rows', async (route) => {
        await printHeld;
        await route.continue();
      });
      await page.evaluate(`dispatchEvent(new Event('beforeprint'))`);
      expect(await text(funnel)).toContain('25 of 30 clients here; the report’s CSV has them all.');
      printedRows();
      await expect.poll(() => clientRows.count()).toBe(30);
      await page.unroute('**/api/reports.rows');
      await page.evaluate(`dispatchEvent(new Event('afterprint'))`);
      await expect.poll(() => clientRows.count()).toBe(25);
      await funnel.getByRole('button', { name: 'Show all 30 clients' }).click();
      await expect.poll(() => clientRows.count()).toBe(30);

      // Any job is found by typing its title (no list of every job loads with the screen); the reports then count its work alone.
      const job = page.getByRole('combobox', { name: 'Job' });
      await job.fill('Role 07');
      await page.getByRole('option', { name: /^Role 07/ }).waitFor();
      await screenshot(page, '98-reports-job-search');
      await page.getByRole('option', { name: /^Role 07/ }).click();
      await page.getByRole('group', { name: 'Job' }).getByText('Role 07').waitFor();
      await expect.poll(() => clientRows.allInnerTexts()).toEqual([expect.stringMatching(/^Client 07/)]);
      // Every column of the funnel's table is in view beside its chart, Hit rate last: none scrolls out of its box.
      const tables = funnel.locator('.report-tables');
      expect(await tables.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
      await funnel.getByRole('columnheader', { name: 'Hit rate' }).waitFor();
      await dismissToasts(page);
      await scrollPaneTo(page, funnel);
      await screenshotBothThemes(page, '98-reports-job-chosen');
      await page.getByRole('button', { name: 'All jobs, not only Role 07' }).click();
      await funnel.getByRole('button', { name: 'Show all 30 clients' }).waitFor();

      // Another period: each report's figures stay on screen, marked busy and dimmed, until its new
      // answer comes (the funnel's is held back here), then show the new period's, folded again.
      await funnel.getByRole('button', { name: 'Show all 30 clients' }).click();
      await expect.poll(() => clientRows.count()).toBe(30);
      let answer: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (answer = resolve));
      await page.route('**/api/reports.funnel', async (route) => {
        await held;
        await route.continue();
      });
      await page.getByRole('group', { name: 'Period and filters' }).getByLabel('Period').selectOption('year');
      await expect.poll(() => funnel.getAttribute('aria-busy')).toBe('true');
      expect(await clientRows.count()).toBe(30);
      expect(await funnel.locator('.report-chart svg.recharts-surface').count()).toBe(1);
      await scrollPaneTo(page, funnel);
      await screenshotBothThemes(page, '98-reports-funnel-coming');
      answer();
      await expect.poll(() => funnel.getAttribute('aria-busy')).toBeNull();
      await page.unroute('**/api/reports.funnel');
      await funnel.getByRole('button', { name: 'Show all 30 clients' }).waitFor();
      expect(await clientRows.count()).toBe(25);
      // A refusal for the new period says so, and the figures of the period before go (not shown as if the new).
      await page.route('**/api/reports.funnel', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The funnel could not be counted.' } } }));
      await page.getByRole('group', { name: 'Period and filters' }).getByLabel('Period').selectOption('month');
      await page.getByRole('alert').filter({ hasText: 'The funnel could not be counted.' }).waitFor();
      await funnel.waitFor({ state: 'detached' });
      await page.unroute('**/api/reports.funnel');
      await page.getByRole('group', { name: 'Period and filters' }).getByLabel('Period').selectOption('quarter');
      await expect.poll(() => page.locator('.reports-page [aria-busy="true"]').count()).toBe(0);
      await funnel.getByRole('button', { name: 'Show all 30 clients' }).waitFor();
      // A chart below the fold is drawn when its report is scrolled to.
      const activity = section(page, 'Activity');
      await activity.scrollIntoViewIfNeeded();
      await activity.locator('.report-chart svg.recharts-surface').first().waitFor();
    } finally {
      await page.close();
    }
  });

  test('a pipeline with many stuck shows the 50 longest waiting of them all, each a link, and the CSV gives every one', async () => {
    // 62 candidates submitted over the last weeks, three a day from 40 days ago (recorded with the
    // clock of those days before the app starts), and one today.
    const file = path.join(session.dir, 'stuck.db');
    let now = Date.now() - 40 * 86_400_000;
    const core = await openDatabase(file, { clock: { now: () => new Date(now) } });
    const ok = <R>(outcome: { ok: boolean; result?: unknown }) => outcome.result as R;
    const client = ok<{ id: string }>(dispatch(core, 'clients.create', { name: 'Globex' }));
    const job = ok<{ id: string }>(dispatch(core, 'jobs.create', { clientId: client.id, title: 'Platform Engineer' }));
    for (let i = 0; i < 63; i++) {
      if (i === 62) now = Date.now();
      else if (i % 3 === 0 && i > 0) now += 86_400_000;
      const candidate = ok<{ id: string }>(dispatch(core, 'candidates.create', { name: `Waiting ${String(i + 1).padStart(2, '0')}` }));
      dispatch(core, 'submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
    }
    closeDatabase(core);
    const app = await session.startApp('stuck');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1360, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${app.url}#/reports`);
      const time = section(page, 'Time');
      const heading = time.getByRole('heading', { name: 'Stuck: no move for 7 days or more' });
      await heading.waitFor();
      expect(await text(time)).toContain('50 longest waiting of 62');
      const stuck = time.locator('.report-records li');
      expect(await stuck.count()).toBe(50);
      // The first submitted waited longest; the one of today is not stuck.
      expect(await text(stuck.first())).toBe('Waiting 01 · Platform Engineer at Globex · Submitted to client for 40 days');
      expect(await text(time)).not.toContain('Waiting 63');
      if (colorScheme === 'light') {
        const [download] = await Promise.all([page.waitForEvent('download'), time.getByRole('button', { name: 'All 62 as CSV' }).click()]);
        expect(download.suggestedFilename()).toBe(`shortlist-stuck-${day(0)}.csv`);
        const lines = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
        expect(lines).toHaveLength(63);
        expect(lines[0]).toBe('\ufeffCandidate,Job,Client,Stage,Days without a move (7 or more)');
        expect(lines.at(-1)).toBe('Waiting 62,Platform Engineer,Globex,Submitted to client,20');
        // Each is a link to its submission.
        await stuck.first().getByRole('link', { name: 'Waiting 01' }).click();
        await page.getByRole('button', { name: /^Stage: / }).waitFor();
        await page.goBack();
        await heading.waitFor();
      }
      await dismissToasts(page);
      await scrollPaneTo(page, heading);
      await screenshot(page, `98-reports-stuck-${colorScheme}`);
      expect(seen.problems).toEqual([]);
    }
  }, 240_000);
});
