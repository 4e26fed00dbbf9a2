import { describe, expect, test } from 'vitest';
import { api, day, dismissToasts, e2eSession, nav, screenshot, scrollPaneTo, text, watch } from './harness';


describe('jobs and intake', () => {
  const session = e2eSession();

  test('a recruiter opens a job for a client, runs the intake, revises it, and sends the brief', async () => {
    const app = await session.startApp('shortlist');
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const seen = watch(page);

    // The client, its hiring manager, HR and an engineering lead, through the contract.
    const northwind = await api(app, 'clients.create', {
      name: 'Northwind Logistics',
      status: 'active',
      location: 'Rotterdam',
      fee: { type: 'percentage', percent: 20 },
    });
    await api(app, 'contacts.create', {
      clientId: northwind.id,
      name: 'Dana Whitfield',
      role: 'hiring_manager',
      jobTitle: 'Head of Platform',
      email: 'dana@northwind.example',
      caresAbout: 'Engineers who own their services in production.',
    });
    await api(app, 'contacts.create', {
      clientId: northwind.id,
      name: 'Priya Nair',
      role: 'hr',
      jobTitle: 'HR Business Partner',
      email: 'priya.nair@northwind.example',
    });
    await api(app, 'contacts.create', { clientId: northwind.id, name: 'Tom Berg', role: 'executive', jobTitle: 'CTO' });
    const fjord = await api(app, 'clients.create', { name: 'Fjord Bank', status: 'active' });

    // No jobs yet: the page says what belongs here and how to begin.
    await page.goto(`${app.url}#/jobs`);
    await page.getByRole('heading', { name: 'No jobs yet' }).waitFor();

    // A new job: the client is chosen in the form, and the fee is the client's unless changed.
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New job' });
    await form.waitFor();
    await form.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Northwind Logistics' });
    await form.getByText('Northwind Logistics’s terms: 20% of first-year salary.').waitFor();
    expect(await form.getByRole('radio', { name: 'Client’s terms' }).isChecked()).toBe(true);
    await form.getByLabel('Job title').fill('Senior Backend Engineer');
    await form.getByLabel('Priority').selectOption('high');
    await form.getByLabel('Openings').fill('2');
    await form.getByLabel('Location').fill('Rotterdam');
    await form.getByLabel('Remote policy').selectOption('hybrid');
    await form.getByLabel('From', { exact: true }).fill('80000');
    await form.getByLabel('To', { exact: true }).fill('95000');
    await form.getByLabel('Currency').fill('eur');
    // The hiring manager comes first among the contacts, but anyone at the client may be chosen.
    const groups = form.getByLabel('Hiring manager').locator('optgroup');
    const managerOptions = [];
    for (const group of await groups.all()) {
      managerOptions.push(`${await group.getAttribute('label')}: ${(await group.locator('option').allTextContents()).join(', ')}`);
    }
    expect(managerOptions).toEqual([
      'Hiring managers: Dana Whitfield · Head of Platform',
      'Other contacts: Priya Nair · HR, Tom Berg · Executive',
    ]);
    await form.getByLabel('Hiring manager').selectOption({ label: 'Dana Whitfield · Head of Platform' });
    await form.getByLabel('HR contact').selectOption({ label: 'Priya Nair · HR Business Partner' });
    await form.getByLabel('Owner').fill('Alex Morgan');
    // A target before the opening day is refused by the core, under its field.
    expect(await form.getByLabel('Opened').inputValue()).toBe(day(0));
    await form.getByLabel('Target fill date').fill('2020-01-15');
    await form.getByRole('button', { name: 'Create job' }).click();
    await form.getByText('The target fill date cannot be before the job was opened.').waitFor();
    await dismissToasts(page);
    expect(await form.getByLabel('Target fill date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('name')")).toBe('targetFillOn');
    await screenshot(page, '20-job-form-error');

    await form.getByLabel('Target fill date').fill(day(60));
    await form.getByText('The target fill date cannot be before the job was opened.').waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Create job' }).click();

    // Saving opens the job's page, where nothing of the intake is agreed yet.
    await page.getByRole('heading', { level: 1, name: /Senior Backend Engineer/ }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    expect(await text(details)).toContain('20% of first-year salary');
    expect(await text(details)).toContain('€80,000 – €95,000');
    expect(await text(details)).toContain('Rotterdam · Hybrid');
    expect(await text(details)).toContain('Alex Morgan');
    const people = page.getByRole('region', { name: 'People' });
    expect(await text(people.getByRole('region', { name: /Hiring manager/ }))).toContain('Dana Whitfield');
    expect(await text(people.getByRole('region', { name: /HR contact/ }))).toContain('Priya Nair');
    const meter = page.getByRole('meter', { name: 'Intake completeness' });
    expect(await meter.getAttribute('aria-valuenow')).toBe('0');
    await page.getByRole('region', { name: 'Intake completeness' }).getByText('No intake meeting recorded yet').waitFor();

    // More jobs through the contract: one overdue, one on hold, one at another client.
    await api(app, 'jobs.create', {
      clientId: northwind.id,
      title: 'Warehouse Shift Lead',
      openings: 3,
      location: 'Rotterdam',
      openedOn: day(-90),
      targetFillOn: day(-10),
      priority: 'urgent',
    });
    await api(app, 'jobs.create', { clientId: northwind.id, title: 'Fleet Planner', status: 'on_hold', targetFillOn: day(30) });
    await api(app, 'jobs.create', {
      clientId: fjord.id,
      title: 'Data Engineer',
      location: 'Oslo',
      remotePolicy: 'remote',
      priority: 'low',
      targetFillOn: day(90),
    });

    // The list: open jobs by target date, the overdue one first and flagged.
    await nav(page, 'Jobs');
    const list = page.getByRole('list', { name: 'Jobs' });
    await list.getByRole('link', { name: /Data Engineer/ }).waitFor();
    await page.getByText('3 open jobs', { exact: true }).waitFor();
    const rows = list.getByRole('link');
    expect(await rows.count()).toBe(3);
    expect(await text(rows.nth(0))).toContain('Warehouse Shift Lead');
    expect(await text(rows.nth(0))).toContain('(overdue)');
    expect(await text(rows.nth(1))).toContain('Senior Backend Engineer');
    expect(await text(rows.nth(1))).toContain('Northwind Logistics');
    expect(await text(rows.nth(1))).not.toContain('overdue');
    await dismissToasts(page);
    await screenshot(page, '21-jobs-list');

    await page.getByRole('radio', { name: 'On hold' }).check();
    await expect.poll(() => rows.count()).toBe(1);
    await list.getByRole('link', { name: /Fleet Planner/ }).waitFor();
    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Fjord Bank' });
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'All clients' });
    await page.getByLabel('Priority').selectOption('high');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Priority').selectOption('');
    await page.getByLabel('Sort jobs by').selectOption('opened');
    await expect.poll(() => text(rows.last())).toContain('Warehouse Shift Lead');
    await page.getByLabel('Sort jobs by').selectOption('target');
    await page.getByRole('radio', { name: 'Open' }).check();
    await expect.poll(() => rows.count()).toBe(3);

    // The client's page lists its jobs, and a new job from there is for that client.
    await page.goto(`${app.url}#/clients/${northwind.id}`);
    const clientJobs = page.getByRole('list', { name: 'Jobs at Northwind Logistics' });
    await clientJobs.getByRole('link', { name: /Senior Backend Engineer/ }).waitFor();
    expect(await clientJobs.getByRole('link').count()).toBe(3);
    await dismissToasts(page);
    await screenshot(page, '21b-client-page-jobs');
    await page.getByRole('region', { name: /^Jobs/ }).getByRole('button', { name: 'New job' }).click();
    const fromClient = page.getByRole('dialog', { name: 'New job' });
    await expect.poll(() => fromClient.getByRole('combobox', { name: 'Client' }).inputValue()).toBe(northwind.id);
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('name')")).toBe('title');
    await page.keyboard.press('Escape');
    await fromClient.waitFor({ state: 'detached' });
    await clientJobs.getByRole('link', { name: /Senior Backend Engineer/ }).click();

    // The intake meeting, section by section.
    await page.getByRole('link', { name: 'Start intake' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intake' }).waitFor();
    const attendees = page.getByRole('group', { name: 'Attendees' });
    // The job's hiring manager and HR contact are ticked to begin with.
    expect(await attendees.getByRole('checkbox', { name: /Dana Whitfield/ }).isChecked()).toBe(true);
    expect(await attendees.getByRole('checkbox', { name: /Priya Nair/ }).isChecked()).toBe(true);
    expect(await attendees.getByRole('checkbox', { name: /Tom Berg/ }).isChecked()).toBe(false);
    await page.getByLabel('Date held').fill(day(-1));

    const mustHave = page.getByRole('textbox', { name: 'Must-have skills' });
    for (const skill of ['Go', 'PostgreSQL', 'Kubernetes']) {
      await mustHave.fill(skill);
      await mustHave.press('Enter');
    }
    // Backspace in the empty box takes the last tag back; the same skill twice is kept once.
    await mustHave.press('Backspace');
    await mustHave.fill('go');
    await mustHave.press('Enter');
    const mustHaveTags = page.getByRole('list', { name: 'Must-have skills' }).getByRole('listitem');
    expect(await mustHaveTags.allTextContents()).toEqual(['Go', 'PostgreSQL']);
    const niceToHave = page.getByRole('textbox', { name: 'Nice-to-have skills' });
    await niceToHave.fill('Kafka');
    await niceToHave.press('Enter');
    await page.getByLabel('What the hiring manager looks for').fill('Owns services end to end, from design to on-call.');
    await page.getByLabel('Candidates').fill('3');
    await page.getByLabel('By', { exact: true }).fill(day(14));
    await page.getByLabel('Times a week').fill('2');
    const days = page.getByRole('group', { name: 'On', exact: true });
    await days.getByRole('checkbox', { name: 'Thu' }).check();
    await days.getByRole('checkbox', { name: 'Tue' }).check();

    // Two interview stages, added in the wrong order and put right.
    const focusedId = () => page.evaluate<string>("document.activeElement?.id ?? ''");
    await page.getByRole('button', { name: 'Add the first stage' }).click();
    // A new stage takes the cursor straight to its name.
    await expect.poll(focusedId).toMatch(/^stage-\d+-name$/);
    await page.keyboard.type('Technical interview');
    const stage1 = page.getByRole('group', { name: 'Stage 1' });
    await stage1.getByRole('checkbox', { name: /Dana Whitfield/ }).check();
    await stage1.getByLabel('Other interviewers').fill('two senior engineers');
    await page.getByRole('button', { name: 'Add another stage' }).click();
    await expect.poll(focusedId).toMatch(/^stage-\d+-name$/);
    await page.keyboard.type('Phone screen');
    await page.getByRole('group', { name: 'Stage 2' }).getByRole('checkbox', { name: /Priya Nair/ }).check();
    await page.getByRole('button', { name: 'Move stage 2 up' }).click();
    // Focus follows the stage it moved, so the keyboard can keep going.
    await expect.poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label')")).toBe('Move stage 1 down');
    expect(await page.getByRole('group', { name: 'Stage 1' }).getByLabel('Name').inputValue()).toBe('Phone screen');
    expect(await page.getByRole('group', { name: 'Stage 2' }).getByLabel('Name').inputValue()).toBe('Technical interview');
    expect(await page.getByRole('group', { name: 'Stage 2' }).getByLabel('Other interviewers').inputValue()).toBe('two senior engineers');

    await page.getByLabel('Compensation and benefits').fill('€80–95k, 30 days holiday, learning budget');
    // How urgent the hire is, is the job's priority: the intake shows it, and does not ask it again.
    expect(await page.getByRole('group', { name: 'Urgency' }).count()).toBe(0);
    await page.getByText(/^Priority High, as set with the job’s details/).waitFor();
    // Enter in a one-line box does not save the form half done.
    await page.getByLabel('Target time to hire').fill('45');
    await page.getByLabel('Target time to hire').press('Enter');
    const outline = page.getByRole('navigation', { name: 'Intake sections' });
    expect(await text(outline)).toContain('8 of 12 sections filled');
    await dismissToasts(page);
    await scrollPaneTo(page, 'top');
    await screenshot(page, '22-intake-editor');
    await scrollPaneTo(page, page.getByRole('region', { name: 'Working together' }));
    await screenshot(page, '22b-intake-editor-stages');

    await page.getByRole('button', { name: 'Save intake' }).click();
    await page.getByRole('status').filter({ hasText: 'Intake saved' }).waitFor();
    await page.getByRole('heading', { level: 1, name: /Senior Backend Engineer/ }).waitFor();

    // The job page: the intake at a glance, and what is still missing named.
    await expect.poll(() => meter.getAttribute('aria-valuenow')).toBe('8');
    const completeness = page.getByRole('region', { name: 'Intake completeness' });
    expect(await text(completeness)).toContain('8 of 12 sections agreed');
    const missing = await completeness.getByRole('list').getByRole('listitem').allTextContents();
    expect(missing).toEqual(['Nothing on what HR looks for', 'No agreed words for the ideal candidate', 'No selling points', 'No deal-breakers']);
    const glance = page.getByRole('region', { name: 'Intake at a glance' });
    expect(await text(glance)).toContain('Held');
    expect(await text(glance)).toContain('Dana Whitfield (Hiring manager), Priya Nair (HR)');
    expect(await text(glance)).toContain('3 candidates by');
    expect(await text(glance)).toContain('Twice a week · Tue, Thu');
    expect(await glance.locator('.stage-line').allTextContents()).toEqual([
      '1Phone screen · Priya Nair',
      '2Technical interview · Dana Whitfield, two senior engineers',
    ]);
    await dismissToasts(page);
    await screenshot(page, '23-job-page');
    await scrollPaneTo(page, glance);
    await screenshot(page, '23b-job-page-glance');

    // Requirements change: the intake is revised, with the reason.
    await page.getByRole('link', { name: 'Revise intake' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revise intake' }).waitFor();
    expect(await page.getByRole('list', { name: 'Must-have skills' }).getByRole('listitem').allTextContents()).toEqual(['Go', 'PostgreSQL']);
    expect(await page.getByRole('group', { name: 'Stage 1' }).getByLabel('Name').inputValue()).toBe('Phone screen');
    await page.getByLabel('Date held').fill(day(0));
    await page.getByRole('button', { name: 'Remove Go' }).click();
    await mustHave.fill('Rust');
    await mustHave.press('Enter');
    // A stage without a name is caught before saving, under its field.
    await page.getByRole('button', { name: 'Add another stage' }).click();
    await page.getByRole('button', { name: 'Save revision' }).click();
    await page.getByRole('group', { name: 'Stage 3' }).getByText('Name this interview stage').waitFor();
    await expect.poll(focusedId).toMatch(/^stage-\d+-name$/);
    await page.getByRole('button', { name: 'Remove stage 3' }).click();
    await page.getByLabel('Reason').fill('The platform team is moving its services from Go to Rust.');
    await scrollPaneTo(page, page.getByRole('region', { name: 'The ideal candidate' }));
    await screenshot(page, '24-intake-revise');
    await page.getByRole('button', { name: 'Save revision' }).click();
    await page.getByRole('status').filter({ hasText: 'Revision 2 of the intake saved' }).waitFor();

    // The history: revision 2 says what changed and why; revision 1 is still there to read.
    const history = page.getByRole('list', { name: 'Intake revisions, newest first' });
    await history.getByText('Revision 2').waitFor();
    const revisions = history.locator(':scope > li');
    expect(await revisions.count()).toBe(2);
    expect(await text(revisions.nth(0))).toContain('changed: Date held, Must-have skills');
    expect(await text(revisions.nth(0))).toContain('The platform team is moving its services from Go to Rust.');
    expect(await text(revisions.nth(0))).toContain('Current');
    expect(await text(revisions.nth(1))).toContain('First intake meeting');
    await revisions.nth(1).getByRole('button').click();
    const revision1 = page.getByRole('region', { name: 'Revision 1' });
    await revision1.waitFor();
    expect(await revision1.locator('.intake-item--mustHave .tag').allTextContents()).toEqual(['Go', 'PostgreSQL']);
    await revisions.nth(0).getByRole('button').click();
    const revision2 = page.getByRole('region', { name: 'Revision 2' });
    expect(await revision2.locator('.intake-item--mustHave .tag').allTextContents()).toEqual(['PostgreSQL', 'Rust']);
    expect(await text(revision2.locator('.intake-item--mustHave'))).toContain('Changed');
    await revisions.nth(0).getByRole('button').click();
    await dismissToasts(page);
    await scrollPaneTo(page, page.getByRole('region', { name: /Intake history/ }));
    await screenshot(page, '25-intake-history');

    // A quick status change from the header is recorded with its date.
    await page.getByLabel('Job status').selectOption('on_hold');
    await page.getByRole('status').filter({ hasText: '“Senior Backend Engineer” is now on hold' }).waitFor();
    const statusHistory = page.getByRole('list', { name: 'Status changes, newest first' });
    await expect.poll(() => statusHistory.getByRole('listitem').count()).toBe(2);
    expect(await text(statusHistory.getByRole('listitem').first())).toContain('On hold');
    await page.getByLabel('Job status').selectOption('open');
    await expect.poll(() => statusHistory.getByRole('listitem').count()).toBe(3);

    // Editing: the job keeps the fee it took from the client, now as its own terms.
    await page.getByRole('button', { name: 'Edit job' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Senior Backend Engineer' });
    expect(await edit.getByRole('radio', { name: 'Percentage' }).isChecked()).toBe(true);
    expect(await edit.getByLabel('Share of first-year salary').inputValue()).toBe('20');
    // The client's contacts are the choices, asked for as the dialog opens: chosen once they come.
    await expect.poll(() => edit.getByLabel('Hiring manager').inputValue()).not.toBe('');
    await edit.getByLabel('Openings').fill('3');
    await edit.getByLabel('Priority').selectOption('urgent');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: /Urgent/ }).waitFor();
    expect(await text(page.getByRole('region', { name: 'Details' }))).toContain('Openings3');

    // Notes about the job.
    const notes = page.getByRole('region', { name: /^Notes/ });
    await notes.getByLabel('New note').fill('Dana will send the team’s architecture doc to share with candidates.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByRole('list', { name: 'Notes, newest first' }).getByText('architecture doc', { exact: false }).waitFor();

    // The brief: a clean document from the intake, copied as text or printed.
    await page.getByRole('link', { name: 'View brief' }).click();
    const brief = page.getByRole('article', { name: 'Senior Backend Engineer — Northwind Logistics' });
    await brief.waitFor();
    expect(await text(brief)).toContain('Job brief · intake of');
    expect(await text(brief)).toContain('(revision 2)');
    expect(await brief.getByRole('region', { name: 'Must-have skills' }).getByRole('listitem').allTextContents()).toEqual([
      'PostgreSQL',
      'Rust',
    ]);
    expect(await brief.getByRole('region', { name: 'Interview process' }).getByRole('listitem').allTextContents()).toEqual([
      '1. Phone screen — with Priya Nair',
      '2. Technical interview — with Dana Whitfield, two senior engineers',
    ]);
    expect(await text(brief.getByRole('region', { name: 'How we will work together' }))).toContain('We meet 2 times a week (Tue, Thu).');
    // Fee terms are for the contract, never the brief.
    expect(await text(brief)).not.toContain('20%');
    await dismissToasts(page);
    await screenshot(page, '26-brief');

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByRole('status').filter({ hasText: 'Brief copied as text' }).waitFor();
    const jobId = page.url().match(/#\/jobs\/([^/]+)\/brief/)![1]!;
    const expected = await api<{ text: string }>(app, 'jobs.brief', { id: jobId });
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(expected.text);

    // In the browser, "Save as PDF" prints the page; the print dialog is stubbed to count the call.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; };');
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    expect(await page.evaluate<number>('window.printed')).toBe(1);
    // On paper only the document is left: no sidebar, no buttons.
    await dismissToasts(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Copy as text' }).isVisible()).toBe(false);
    expect(await brief.isVisible()).toBe(true);
    await screenshot(page, '27-brief-print');
    // Dark screens still print black on white.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

    // Dark mode follows the system.
    await page.getByRole('link', { name: 'Back to the job' }).click();
    await page.getByRole('heading', { level: 1, name: /Senior Backend Engineer/ }).waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the controls' colour transitions finish before the picture is taken.
    await page.waitForTimeout(300);
    await dismissToasts(page);
    await screenshot(page, '28-job-page-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Delete moves the job to the trash; the toast brings it straight back.
    await page.getByRole('button', { name: 'Delete job' }).click();
    const moved = page.getByRole('status').filter({ hasText: '“Senior Backend Engineer” moved to trash' });
    await moved.waitFor();
    await page.getByRole('list', { name: 'Jobs' }).waitFor();
    await moved.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('heading', { level: 1, name: /Senior Backend Engineer/ }).waitFor();
    expect(await page.getByRole('meter', { name: 'Intake completeness' }).getAttribute('aria-valuenow')).toBe('8');

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual(['jobs.create 422']);
    await context.close();
  });
});
