import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, nav, screenshot, scrollPaneTo, text, watch } from './harness';

const fixtures = path.resolve(import.meta.dirname, '../core/fixtures');

const focusedId = (page: Page) => page.evaluate<string | null>('document.activeElement?.id ?? null');

/**
 * Drags a file from "the desktop" onto an element, as the browser does it: the file travels in a
 * DataTransfer built in the page, through dragenter, dragover and drop.
 */
async function dropFile(page: Page, selector: string, file: { name: string; mimeType: string; bytes: Buffer }, stopAt: 'over' | 'drop') {
  const events = stopAt === 'over' ? ['dragenter', 'dragover'] : ['dragenter', 'dragover', 'drop'];
  await page.evaluate(`(() => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(file.bytes.toString('base64'))}), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], ${JSON.stringify(file.name)}, { type: ${JSON.stringify(file.mimeType)} }));
    const target = document.querySelector(${JSON.stringify(selector)});
    for (const type of ${JSON.stringify(events)}) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  })()`);
}

describe('candidates', () => {
  const session = e2eSession();

  test('a recruiter adds a candidate, catches a duplicate, attaches resumes, screens them and submits them to a job', async () => {
    const app = await session.startApp('shortlist');
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const seen = watch(page);

    // Two clients with a job each, through the contract: one open, one on hold.
    const northwind = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    await api(app, 'jobs.create', { clientId: northwind.id, title: 'Senior Backend Engineer', location: 'Rotterdam', priority: 'high' });
    const fjord = await api(app, 'clients.create', { name: 'Fjord Bank', status: 'active' });
    const dataEngineer = await api(app, 'jobs.create', { clientId: fjord.id, title: 'Data Engineer', status: 'on_hold' });

    // No candidates yet: the page says what belongs here.
    await page.goto(`${app.url}#/candidates`);
    await page.getByRole('heading', { name: 'No candidates yet' }).waitFor();

    // A new candidate, with a mistyped email caught under its own box before anything is saved.
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New candidate' });
    await form.waitFor();
    expect(await focusedId(page)).toBe('candidate-name');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada Lovelace');
    await form.getByLabel('Current title').fill('Staff Engineer');
    await form.getByLabel('Current employer').fill('Analytical Engines');
    await form.getByLabel('Location').fill('London');
    await form.getByLabel('Source').fill('Referral from Charles');
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@home.example');
    await form.getByRole('button', { name: 'Add another email' }).click();
    await expect.poll(() => focusedId(page)).toMatch(/^candidate-emails-/);
    await page.keyboard.type('ada.lovelace.analytical.example');
    await form.getByLabel('Phone', { exact: true }).fill('+44 7700 900123');
    await form.getByLabel('Link', { exact: true }).fill('https://github.com/ada');
    const skills = form.getByRole('textbox', { name: 'Skills' });
    for (const skill of ['Rust', 'Distributed systems', 'PostgreSQL']) {
      await skills.fill(skill);
      await skills.press('Enter');
    }
    await form.getByLabel('Salary expectation').fill('120000');
    await form.getByRole('textbox', { name: 'Currency' }).fill('gbp');
    await form.getByLabel('Notice period / availability').fill('3 months’ notice');
    await form.getByLabel('Work authorisation').fill('UK citizen');
    await form.getByLabel('Owner').fill('Alex Morgan');
    await form.getByLabel('Basis').selectOption('consent');
    // Choosing a basis fills in today, which is when it was usually settled.
    expect(await form.getByLabel('Recorded on').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByLabel('How it was given').fill('Replied yes to our privacy notice by email');
    await form.getByRole('button', { name: 'Create candidate' }).click();
    await form.getByText('Use an email address like name@example.com').waitFor();
    expect(await form.getByRole('textbox', { name: 'Email 2' }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('textbox', { name: 'Email', exact: true }).getAttribute('aria-invalid')).toBeNull();
    expect(await focusedId(page)).toBe(await form.getByRole('textbox', { name: 'Email 2' }).getAttribute('id'));
    await screenshot(page, '30-candidate-form-error');

    await form.getByRole('textbox', { name: 'Email 2' }).fill('ada@analytical.example');
    await form.getByText('Use an email address like name@example.com').waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Create candidate' }).click();

    // Saving opens the candidate's page.
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    const adaId = page.url().match(/#\/candidates\/([^/]+)$/)![1]!;
    expect(await text(page.locator('.page-subtitle'))).toMatch(/^Staff Engineer at Analytical Engines\s*·\s*London$/);
    const details = page.getByRole('region', { name: 'Details' });
    expect(await text(details)).toContain('ada@home.example');
    expect(await text(details)).toContain('ada@analytical.example');
    expect(await text(details)).toContain('£120,000');
    expect(await text(details)).toContain('github.com/ada');
    expect(await details.getByRole('list', { name: 'Skills' }).getByRole('listitem').allTextContents()).toEqual([
      'Rust',
      'Distributed systems',
      'PostgreSQL',
    ]);
    expect(await text(page.getByRole('region', { name: 'Consent' }))).toContain('Consent given');

    // More candidates through the contract, for a list worth searching.
    const grace = await api(app, 'candidates.create', {
      name: 'Grace Hopper',
      currentTitle: 'Principal Engineer',
      currentEmployer: 'Harvard Computation Lab',
      location: 'Arlington',
      emails: ['grace@harvard.example'],
      skills: ['COBOL', 'Compilers', 'Leadership', 'Mentoring', 'Navy'],
    });
    await api(app, 'candidates.create', {
      name: 'Alan Turing',
      currentTitle: 'Research Scientist',
      currentEmployer: 'Bletchley Analytics',
      location: 'Manchester',
      skills: ['Cryptography', 'Python', 'Machine learning'],
    });
    await api(app, 'candidates.create', {
      name: 'Katherine Johnson',
      currentTitle: 'Data Scientist',
      currentEmployer: 'Langley Labs',
      location: 'Hampton',
      skills: ['Statistics', 'R'],
    });
    await api(app, 'candidates.create', {
      name: 'Margaret Hamilton',
      currentTitle: 'Engineering Manager',
      currentEmployer: 'Apollo Systems',
      location: 'Boston',
      skills: ['Flight software', 'Team leadership'],
    });
    await api(app, 'candidates.create', { name: 'Edsger Dijkstra' });

    // The list: filtered as the recruiter types, by name, title or employer.
    await nav(page, 'Candidates');
    const list = page.getByRole('list', { name: 'Candidates' });
    await list.getByRole('link', { name: /Edsger Dijkstra/ }).waitFor();
    await page.getByText('6 candidates', { exact: true }).waitFor();
    const rows = list.getByRole('link');
    expect(await text(rows.first())).toContain('Edsger Dijkstra');
    await page.getByLabel('Sort candidates by').selectOption('name');
    await expect.poll(() => text(rows.first())).toContain('Ada Lovelace');
    expect(await text(rows.first())).toContain('Staff Engineer at Analytical Engines');
    expect(await text(rows.first())).toContain('London');
    expect(await text(rows.nth(3))).toContain('Grace Hopper');
    expect(await text(rows.nth(3))).toContain('Principal Engineer at Harvard Computation Lab');
    await page.keyboard.press('/');
    await page.keyboard.type('engineer');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByText('3 candidates match', { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('langley');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('nobody by this name');
    await page.getByRole('heading', { name: 'No candidates match' }).waitFor();
    await page.getByRole('button', { name: 'Show all candidates' }).click();
    await expect.poll(() => rows.count()).toBe(6);
    await screenshot(page, '31-candidates-list');

    // Adding Ada again, by an email in another case: the form shows who is on file, and opens her instead.
    await page.keyboard.press('n');
    await form.waitFor();
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Augusta Ada King');
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill('ADA@analytical.example');
    const warning = form.getByRole('region', { name: 'Already on file?' });
    await warning.waitFor();
    expect(await text(warning)).toContain('Ada Lovelace · Staff Engineer at Analytical Engines — same email');
    await screenshot(page, '32-candidate-form-duplicate');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await screenshot(page, '32b-candidate-form-duplicate-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await warning.getByRole('button', { name: 'Open Ada Lovelace' }).click();
    // What was typed is not thrown away without a word: the recruiter lets the duplicate go.
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    expect(page.url()).toContain(`#/candidates/${adaId}`);

    // Resumes: one by the file picker, one dropped onto the files section; both are read for search.
    const filesSection = page.getByRole('region', { name: /^Files/ });
    await filesSection.getByText('Drop a resume here').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), filesSection.getByRole('button', { name: 'Attach files' }).click()]);
    await chooser.setFiles({ name: 'Ada Lovelace CV.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync(path.join(fixtures, 'resume.pdf')) });
    const files = page.getByRole('list', { name: 'Files of Ada Lovelace' });
    const cv = files.getByRole('listitem', { name: 'Ada Lovelace CV.pdf' });
    await cv.getByText('Text read for search').waitFor();

    const docx = {
      name: 'Ada Lovelace - portfolio.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: fs.readFileSync(path.join(fixtures, 'resume.docx')),
    };
    await dropFile(page, 'section.files', docx, 'over');
    await page.getByText('Drop to attach to Ada Lovelace').waitFor();
    await scrollPaneTo(page, filesSection);
    await screenshot(page, '33-candidate-files-drop');
    // The copy is held back a moment, to see the file's row while it travels.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/files.attach', async (route) => {
      await held;
      await route.continue();
    });
    await dropFile(page, 'section.files', docx, 'drop');
    await page.getByText('Drop to attach to Ada Lovelace').waitFor({ state: 'detached' });
    await files.getByRole('progressbar', { name: `Attaching ${docx.name}` }).waitFor();
    await files.getByText('Copying into Shortlist…').waitFor();
    await screenshot(page, '33b-candidate-files-uploading');
    release();
    const portfolio = files.getByRole('listitem', { name: docx.name });
    await portfolio.waitFor();
    await page.unroute('**/api/files.attach');
    await portfolio.getByText('Text read for search').waitFor();
    expect(await files.getByRole('listitem').count()).toBe(2);
    expect(await text(portfolio)).toContain('980 B');

    // In the browser preview, Download hands the copy kept in the app's data folder out as a download.
    const download = portfolio.getByRole('link', { name: `Download ${docx.name}` });
    const href = (await download.getAttribute('href'))!;
    expect(href).toMatch(/^\/files\/[0-9a-f-]{36}$/);
    const served = await fetch(new URL(href, app.url));
    expect(served.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await served.arrayBuffer()).equals(docx.bytes)).toBe(true);

    // Removing a file puts it in the trash; the toast brings it straight back.
    await portfolio.getByRole('button', { name: `Remove ${docx.name}` }).click();
    const moved = page.getByRole('status').filter({ hasText: `“${docx.name}” moved to trash` });
    await moved.waitFor();
    await expect.poll(() => files.getByRole('listitem').count()).toBe(1);
    await moved.getByRole('button', { name: 'Restore' }).click();
    await portfolio.waitFor();
    expect(await files.getByRole('listitem').count()).toBe(2);

    // Screening on a live call: every answer open at once, saved together (Ctrl+Enter or the button).
    const screening = page.getByRole('region', { name: /^Screening/ });
    await screening.getByRole('button', { name: 'Answer “Why are they looking?”' }).click();
    await expect.poll(() => focusedId(page)).toBe('screening-whyLooking');
    await screening.getByRole('textbox', { name: 'Why are they looking?' }).fill(
      'Her team is being folded into a larger group; she wants to own a platform end to end again.',
    );
    await screening.getByRole('textbox', { name: 'Salary expectations' }).click();
    await page.keyboard.type('£120k base, flexible for equity; currently on £105k.');
    await page.keyboard.press('Control+Enter');
    await screening.getByText('currently on £105k').waitFor();
    await screening.getByText('she wants to own a platform end to end again').waitFor();
    await expect.poll(() => focusedId(page)).toBe('screening-open-button');
    await screening.getByRole('button', { name: 'Answer “Commute and location”' }).click();
    await page.keyboard.type('Lives in Camden; two office days a week at most.');
    await screening.getByRole('button', { name: 'Save answers' }).click();
    await screening.getByText('two office days a week at most').waitFor();
    // Escape with nothing changed closes; Cancel leaves the answers as they were.
    await screening.getByRole('button', { name: 'Edit answers' }).click();
    await page.keyboard.press('Escape');
    await screening.getByRole('button', { name: 'Edit answers' }).click();
    await screening.getByRole('textbox', { name: 'Commute and location' }).press('End');
    await page.keyboard.type(' Not true.');
    await screening.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => screening.getByText('Not true.').count()).toBe(0);
    await expect.poll(() => text(screening.getByRole('heading', { level: 2 }))).toBe('Screening 3/5 answered');

    // Submitting her to a job: an open one, straight to the client.
    await page.getByRole('button', { name: 'Submit to a job' }).first().click();
    const submit = page.getByRole('dialog', { name: 'Submit Ada Lovelace to a job' });
    await submit.waitFor();
    const job = submit.getByRole('combobox', { name: 'Job' });
    await expect.poll(() => job.locator('option').allTextContents()).toEqual([
      'Choose a job…',
      'Senior Backend Engineer — Northwind Logistics',
      'Data Engineer — Fjord Bank',
    ]);
    await job.selectOption({ label: 'Senior Backend Engineer — Northwind Logistics' });
    await submit.getByRole('radio', { name: 'Submitted to client' }).check();
    await submit.getByRole('button', { name: 'Submit to client' }).click();
    await submit.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Ada Lovelace submitted to Northwind Logistics for Senior Backend Engineer' }).waitFor();
    const submissions = page.getByRole('list', { name: 'Submissions of Ada Lovelace' });
    const backendRow = submissions.getByRole('link', { name: /Senior Backend Engineer/ });
    await backendRow.waitFor();
    for (const part of ['Submitted to client', 'Northwind Logistics', 'Moved here today']) expect(await text(backendRow)).toContain(part);

    // A colleague shortlisted her for the other job meanwhile: the core refuses a second submission, and the dialog says so.
    await api(app, 'submissions.create', { candidateId: adaId, jobId: dataEngineer.id });
    // Notifications sit under an open dialog, out of reach: cleared first, for a clean picture.
    await dismissToasts(page);
    await page.getByRole('button', { name: 'Submit to a job' }).first().click();
    await submit.waitFor();
    await job.selectOption({ label: 'Data Engineer — Fjord Bank' });
    await submit.getByRole('button', { name: 'Add to shortlist' }).click();
    await submit.getByText('Ada Lovelace is already on Data Engineer (Shortlisted).').waitFor();
    expect(await job.getAttribute('aria-invalid')).toBe('true');
    await submit.getByRole('link', { name: 'Open that submission' }).waitFor();
    await screenshot(page, '34-submit-duplicate');
    await submit.getByRole('button', { name: 'Cancel' }).click();
    await submit.waitFor({ state: 'detached' });
    await expect.poll(() => submissions.getByRole('link').count()).toBe(2);
    expect(await text(submissions.getByRole('link', { name: /Data Engineer/ }))).toContain('Fjord Bank');

    // A note about her.
    const notes = page.getByRole('region', { name: /^Notes/ });
    await notes.getByLabel('New note').fill('Called Ada: keen on Northwind, wants to meet the platform team before the technical round.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByRole('list', { name: 'Notes, newest first' }).getByText('wants to meet the platform team', { exact: false }).waitFor();

    await dismissToasts(page);
    await scrollPaneTo(page, 'top');
    await screenshot(page, '35-candidate-page');
    await scrollPaneTo(page, screening);
    await screenshot(page, '35b-candidate-page-screening');
    await scrollPaneTo(page, filesSection);
    await screenshot(page, '35c-candidate-page-files');

    // Dark mode follows the system.
    await scrollPaneTo(page, 'top');
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the controls' colour transitions finish before the picture is taken.
    await page.waitForTimeout(300);
    await screenshot(page, '36-candidate-page-dark');
    await scrollPaneTo(page, filesSection);
    await screenshot(page, '36b-candidate-page-files-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Another Grace Hopper at the same employer, saved before the warning had time to show: the core
    // refuses, the form names who is on file, and the recruiter confirms it is someone else.
    await nav(page, 'Candidates');
    await page.getByRole('button', { name: 'New candidate' }).click();
    await form.waitFor();
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Grace Hopper');
    await form.getByLabel('Current employer').fill('Harvard Computation Lab');
    await form.getByRole('button', { name: 'Create candidate' }).click();
    const refused = form.getByRole('region', { name: 'Already on file?' });
    await refused.getByText('Grace Hopper is already on file with the same name and employer.', { exact: false }).waitFor();
    await refused.getByText('Grace Hopper · Principal Engineer at Harvard Computation Lab — same name and employer').waitFor();
    await refused.getByRole('button', { name: 'This is someone else' }).click();
    await form.getByText('You said this is someone else: saving keeps both records.').waitFor();
    await form.getByRole('button', { name: 'Create candidate' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grace Hopper' }).waitFor();
    expect(page.url()).not.toContain(grace.id);
    await page.getByRole('region', { name: 'Consent' }).getByText('No basis recorded', { exact: false }).waitFor();
    await dismissToasts(page);
    await screenshot(page, '37-candidate-new-no-consent');

    // Recording consent later opens the form at it.
    await page.getByRole('button', { name: 'Record consent' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Grace Hopper' });
    await edit.waitFor();
    expect(await focusedId(page)).toBe('candidate-consentBasis');
    await screenshot(page, '38-candidate-edit-consent');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });

    // Deleting her moves her to the trash; the toast brings her back.
    await page.getByRole('button', { name: 'Delete candidate' }).click();
    const trashed = page.getByRole('status').filter({ hasText: '“Grace Hopper” moved to trash' });
    await trashed.waitFor();
    await page.getByRole('list', { name: 'Candidates' }).waitFor();
    await trashed.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grace Hopper' }).waitFor();

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual(['submissions.create 409', 'candidates.create 409']);
    await context.close();
  });
});
