import fs from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, onTestFailed, test } from 'vitest';
import { api, day, dismissToasts, e2eSession, screenshot, text, watch } from './harness';

const group = (page: Page, name: 'Overdue' | 'Today' | 'Coming up this week') =>
  page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
const row = (scope: Page | Locator, title: string) => scope.locator('.follow-up').filter({ hasText: title });
/** The number on Today in the sidebar: how many are due today or late. */
const badge = (page: Page) => text(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Today/ }));

async function downloaded(download: Download): Promise<string> {
  const file = await download.path();
  return fs.readFileSync(file, 'utf8');
}

describe('Today, follow-ups and messages', () => {
  const session = e2eSession();

  test('an empty day says so, and says where follow-ups come from', async () => {
    const empty = await session.startApp('empty');
    // A client on file, nothing to follow up (a brand-new database says where to begin instead: day-one.test.ts).
    await api(empty, 'clients.create', { name: 'Northwind' });
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(empty.url);
      await page.getByRole('heading', { name: 'Nothing due this week' }).waitFor();
      expect(page.url()).toContain('#/today');
      expect(await text(page.locator('.page-subtitle'))).toContain('nothing due');
      expect(await badge(page)).toBe('Today');
      await screenshot(page, '79-today-empty');
    } finally {
      await page.close();
      await empty.stop();
    }
  });

  test('a long day shows its first follow-ups at once and every one of them soon after, in due order', async () => {
    const app = await session.startApp('long-day');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      // All within the last week (older ones fold into a group of their own), in due order.
      for (let i = 1; i <= 45; i++) {
        await api(app, 'reminders.create', { title: `Call back number ${i}`, dueOn: day(-1 - Math.floor((45 - i) / 7)), confirmPast: true });
      }
      // What the page fetched, in order: the other pages' code must not queue Today's data behind it.
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(`asked ${new URL(request.url()).pathname}`));
      page.on('requestfinished', (request) => fetched.push(`answered ${new URL(request.url()).pathname}`));
      await page.goto(app.url);
      const rows = group(page, 'Overdue').locator('.follow-up');
      await rows.first().waitFor();
      expect(await text(rows.first())).toContain('Call back number 1');
      await expect.poll(() => rows.count(), { timeout: 5000 }).toBe(45);
      expect(await text(rows.last())).toContain('Call back number 45');
      // Fetched once Today has its data, so a later visit to the candidates waits for nothing.
      await expect.poll(() => fetched.findIndex((line) => /^asked .*\/CandidatesPage-/.test(line)), { timeout: 5000 }).toBeGreaterThan(0);
      expect(fetched.findIndex((line) => /^asked .*\/CandidatesPage-/.test(line))).toBeGreaterThan(fetched.indexOf('answered /api/reminders.today'));
      expect(fetched.indexOf('answered /api/reminders.today')).toBeGreaterThan(0);
      // Asked for as the code starts, before Today is drawn, and not asked again when it is.
      expect(fetched.find((line) => line.startsWith('asked /api/'))).toBe('asked /api/reminders.today');
      expect(fetched.filter((line) => line === 'asked /api/reminders.today')).toHaveLength(1);
      // The sidebar's counts wait for Today's answer, so the page has the core to itself; at most
      // 300 ms (renderer/api/client.ts), when the answer is slower (a loaded machine). Timed by
      // the page's own clock, from its resource timings.
      const [today, sidebar] = await page.evaluate(() =>
        ['/api/reminders.today', '/api/reminders.count'].map((api) => {
          const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === api) as unknown as { startTime: number; responseEnd: number };
          return { asked: entry.startTime, answered: entry.responseEnd };
        }),
      );
      expect(sidebar!.asked >= today!.answered || sidebar!.asked >= today!.asked + 295).toBe(true);
    } finally {
      await page.close();
      await app.stop();
    }
  });

  test('a recruiter works through the day: done, undone, snoozed, added, proposed, written, exported', async () => {
    const app = await session.startApp('shortlist');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const seen = watch(page);
    onTestFailed(() => screenshot(page, '7x-today-failure'));

    // The scene: a client with its hiring manager and HR, a job, a candidate, and four follow-ups.
    const northwind = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    const dana = await api(app, 'contacts.create', {
      clientId: northwind.id,
      name: 'Dana Whitfield',
      role: 'hiring_manager',
      email: 'dana.whitfield@northwind.example',
    });
    const priya = await api(app, 'contacts.create', { clientId: northwind.id, name: 'Priya Nair', role: 'hr' });
    const job = await api(app, 'jobs.create', { clientId: northwind.id, title: 'Senior Backend Engineer', hiringManagerId: dana.id, hrContactId: priya.id });
    const maya = await api(app, 'candidates.create', { name: 'Maya Chen', emails: ['maya.chen@example.com'] });
    await api(app, 'reminders.create', {
      title: 'Send Dana the revised shortlist',
      kind: 'email',
      about: { kind: 'client', id: northwind.id },
      dueOn: day(-2),
      confirmPast: true,
    });
    await api(app, 'reminders.create', {
      title: 'Call Maya about her notice period',
      kind: 'call',
      about: { kind: 'candidate', id: maya.id },
      dueOn: day(0),
      dueTime: '16:30',
      // Later in the day than 16:30 it is in the past: the test means it either way.
      confirmPast: true,
      notes: 'She mentioned a counter-offer last week.',
    });
    await api(app, 'reminders.create', { title: 'Check in with Priya', kind: 'check_in', about: { kind: 'contact', id: priya.id }, dueOn: day(0) });
    await api(app, 'reminders.create', {
      title: 'Prepare the intake questions',
      kind: 'meeting',
      about: { kind: 'job', id: job.id },
      dueOn: day(3),
      repeat: { every: 'weeks', days: ['mon', 'thu'] },
    });

    // Today is home: late, due today and coming up, each counted; the sidebar counts what is due.
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(page.url()).toContain('#/today');
    await expect.poll(() => text(group(page, 'Overdue'))).toContain('Send Dana the revised shortlist');
    expect(await group(page, 'Today').locator('.follow-up').count()).toBe(2);
    expect(await group(page, 'Coming up this week').locator('.follow-up').count()).toBe(1);
    await expect.poll(() => badge(page)).toBe('Today3 due');
    expect(await text(page.locator('.page-subtitle'))).toContain('3 due');

    // A row says what, about whom, when (in this computer's time), and how it repeats.
    const call = row(page, 'Call Maya about her notice period');
    const at = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2026, 0, 1, 16, 30)));
    expect(await text(call)).toContain(`Maya ChenDue today, ${at}`);
    expect(await text(call)).toContain('She mentioned a counter-offer last week.');
    expect(await text(row(page, 'Send Dana'))).toContain('Due');
    expect(await row(page, 'Send Dana').locator('.follow-up-due--late').count()).toBe(1);
    expect(await text(row(page, 'Prepare the intake questions'))).toContain('Repeats weekly on Mon, Thu');
    await screenshot(page, '70-today');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await screenshot(page, '70b-today-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Done leaves the list; Undo brings it back.
    await row(page, 'Check in with Priya').getByRole('button', { name: 'Mark “Check in with Priya” done' }).click();
    await row(page, 'Check in with Priya').waitFor({ state: 'detached' });
    await expect.poll(() => badge(page)).toBe('Today2 due');
    await page.getByRole('status').filter({ hasText: 'Done: Check in with Priya' }).getByRole('button', { name: 'Undo' }).click();
    await row(page, 'Check in with Priya').waitFor();
    await expect.poll(() => badge(page)).toBe('Today3 due');

    // The contact's link opens its client's page: contacts live there.
    await row(page, 'Check in with Priya').getByRole('link', { name: 'Priya Nair' }).click();
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();
    expect(page.url()).toContain(`#/clients/${northwind.id}`);
    const clientFollowUps = page.getByRole('region', { name: /^Follow-ups/ });
    await row(clientFollowUps, 'Send Dana the revised shortlist').waitFor();
    await clientFollowUps.scrollIntoViewIfNeeded();
    await dismissToasts(page);
    await screenshot(page, '78-client-follow-ups');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

    // From the keyboard: j moves down to the call, s snoozes it until tomorrow morning; it moves to upcoming.
    await dismissToasts(page);
    // The heading shows before the follow-ups arrive: the keys act once the first row is selected.
    await page.locator('.follow-up--selected').waitFor();
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate<boolean>("document.activeElement?.classList.contains('follow-up--selected') ?? false")).toBe(true);
    const selected = await text(page.locator('.follow-up--selected .follow-up-title'));
    await page.keyboard.press('s');
    const snooze = page.getByRole('menu', { name: `Snooze “${selected}” until` });
    await snooze.waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, '71-snooze-menu');
    // Each preset says where it lands: tomorrow morning on a Saturday is Monday's.
    const tomorrow = snooze.getByRole('menuitem', { name: /^Tomorrow morning/ });
    const lands = await text(tomorrow.locator('.menu-detail'));
    await tomorrow.click();
    await snooze.waitFor({ state: 'detached' });
    const upcoming = group(page, 'Coming up this week');
    await expect.poll(() => text(upcoming)).toContain(selected);
    expect(await text(row(upcoming, selected))).toContain(`Snoozed until ${lands}`);

    // Or until a day and time of the recruiter's choosing.
    const intake = row(page, 'Prepare the intake questions');
    await intake.getByRole('button', { name: 'Snooze “Prepare the intake questions”' }).click();
    await page.getByRole('menuitem', { name: 'Pick a date…' }).click();
    const pick = page.getByRole('dialog', { name: 'Snooze until' });
    await pick.getByLabel('Day').fill(day(5));
    await pick.getByLabel('Time').fill('08:15');
    await pick.getByRole('button', { name: /^Snooze until / }).click();
    await pick.waitFor({ state: 'detached' });
    const quarterPast = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2026, 0, 1, 8, 15)));
    await expect.poll(() => text(intake)).toContain(`, ${quarterPast}`);
    expect(await text(intake)).toContain('Snoozed until');

    // A repeating one, done, says when it comes back; Undo leaves one, not two.
    await intake.getByRole('button', { name: 'Mark “Prepare the intake questions” done' }).click();
    const repeated = page.getByRole('status').filter({ hasText: 'Done. The next one is due' });
    await repeated.waitFor();
    await repeated.getByRole('button', { name: 'Undo' }).click();
    await repeated.waitFor({ state: 'detached' });
    await expect.poll(() => text(intake)).toContain('Snoozed until');
    expect(await intake.count()).toBe(1);

    // Enter opens the selected row's record; x marks it done.
    // k walks up, and stops at the top.
    for (let i = 0; i < 5; i++) await page.keyboard.press('k');
    expect(await text(page.locator('.follow-up--selected .follow-up-title'))).toBe('Send Dana the revised shortlist');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();
    await page.goBack();
    await group(page, 'Overdue').waitFor();
    await page.keyboard.press('x');
    await page.getByRole('status').filter({ hasText: 'Done: Send Dana the revised shortlist' }).waitFor();
    await expect.poll(() => group(page, 'Overdue').count()).toBe(0);

    // n: a new reminder, its own, linked to a job found by name, repeating every other week day.
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New reminder' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Add reminder' }).click();
    await form.getByText('Say what to do').waitFor();
    expect(await form.getByLabel('What to do').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('What to do').fill('Ask Dana for the interview panel');
    await form.getByRole('radio', { name: 'Email' }).check();
    await form.getByRole('combobox', { name: /About/ }).fill('senior back');
    await form.getByRole('option', { name: /Senior Backend Engineer/ }).click();
    await form.getByRole('group', { name: 'About' }).getByText('Senior Backend Engineer').waitFor();
    // Due today whatever the day (on a day off, a new reminder starts on the next working day).
    await form.getByLabel('Due').fill(day(0));
    await form.getByLabel('Time').fill('11:00');
    await form.getByLabel('Repeat').selectOption('weeks');
    await form.getByRole('button', { name: 'Add reminder' }).click();
    await form.getByText('Choose at least one day of the week').waitFor();
    await form.getByRole('checkbox', { name: 'Tue' }).check();
    await form.getByLabel('Notes').fill('Who sits on the technical round, and for how long.');
    await screenshot(page, '72-reminder-form');
    await form.getByRole('button', { name: 'Add reminder' }).click();
    // After 11:00 the time is gone: the form asks, and the recruiter saves it anyway.
    if (new Date().getHours() >= 11) await form.getByRole('button', { name: 'Save anyway' }).click();
    await form.waitFor({ state: 'detached' });
    const added = row(group(page, 'Today'), 'Ask Dana for the interview panel');
    await added.waitFor();
    expect(await text(added)).toContain('Senior Backend EngineerDue today');
    expect(await text(added)).toContain('Repeats weekly on Tue');

    // Edit it: the form comes back filled in; a time that is not one is caught under its field.
    await added.getByRole('button', { name: 'Edit “Ask Dana for the interview panel”' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit reminder' });
    expect(await edit.getByLabel('What to do').inputValue()).toBe('Ask Dana for the interview panel');
    expect(await edit.getByLabel('Time').inputValue()).toBe('11:00');
    expect(await edit.getByRole('checkbox', { name: 'Tue' }).isChecked()).toBe(true);
    await edit.getByLabel('What to do').fill('Ask Dana who sits on the interview panel');
    await edit.getByRole('button', { name: 'Save reminder' }).click();
    await edit.waitFor({ state: 'detached' });
    const eleven = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2026, 0, 1, 11, 0)));
    await expect.poll(() => text(row(page, 'Ask Dana who sits on the interview panel'))).toContain(`Due today, ${eleven}`);

    // The job's page lists its own follow-ups, the repeating one among them.
    await row(page, 'Prepare the intake questions').getByRole('link', { name: 'Senior Backend Engineer' }).click();
    const jobFollowUps = page.getByRole('region', { name: /^Follow-ups/ });
    await row(jobFollowUps, 'Ask Dana who sits on the interview panel').waitFor();
    expect(await text(jobFollowUps)).toContain('Repeats weekly on Mon, Thu');
    await jobFollowUps.scrollIntoViewIfNeeded();
    await dismissToasts(page);
    await screenshot(page, '78b-job-follow-ups');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

    // Everything coming up, as one calendar file.
    const [calendar] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export upcoming to calendar' }).click()]);
    expect(calendar.suggestedFilename()).toBe('shortlist-upcoming.ics');
    const ics = await downloaded(calendar);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Prepare the intake questions');

    // Maya goes to Northwind as submitted: Shortlist proposes chasing the feedback, due in two business days.
    const submission = await api(app, 'submissions.create', { candidateId: maya.id, jobId: job.id, stage: 'submitted' });
    await page.reload();
    const chaseTitle = 'Chase Northwind Logistics’s feedback on Maya Chen for Senior Backend Engineer';
    const chase = row(page, chaseTitle);
    await chase.waitFor();
    expect(await text(chase)).toContain('Chase client feedback');
    expect(await text(chase)).toContain('Ask Dana Whitfield (hiring manager) or Priya Nair (HR).');
    await dismissToasts(page);
    await screenshot(page, '73-today-proposed');

    // Its link opens the submission, whose follow-ups panel has it too, and takes a follow-up of its own.
    await chase.getByRole('link', { name: 'Maya Chen for Senior Backend Engineer' }).click();
    await page.getByRole('heading', { level: 1, name: /Maya Chen/ }).waitFor();
    const followUps = page.getByRole('region', { name: /^Follow-ups/ });
    await row(followUps, chaseTitle).waitFor();
    await followUps.getByRole('button', { name: 'Add follow-up' }).click();
    const fromPage = page.getByRole('dialog', { name: 'New reminder' });
    expect(await text(fromPage.getByRole('group', { name: 'About' }))).toContain('Maya Chen for Senior Backend EngineerSubmission');
    await fromPage.getByLabel('What to do').fill('Send Maya the company’s engineering blog');
    await fromPage.getByLabel('Due').fill(day(1));
    await fromPage.getByRole('button', { name: 'Add reminder' }).click();
    await fromPage.waitFor({ state: 'detached' });
    await row(followUps, 'Send Maya the company’s engineering blog').waitFor();
    expect(await text(followUps.getByRole('heading', { level: 2 }))).toBe('Follow-ups 2');

    // Write message: the chase template fits a submitted candidate, filled from the record.
    await followUps.getByRole('button', { name: 'Write message' }).click();
    const message = page.getByRole('dialog', { name: 'Write a message' });
    await message.waitFor();
    // The templates arrive a moment after the dialog opens (the select is disabled until then).
    await expect.poll(() => message.getByLabel('Template').isEnabled()).toBe(true);
    expect(await message.getByLabel('Template').inputValue()).toBe('feedback_chase');
    await expect.poll(() => message.getByLabel('To').inputValue()).toBe('dana.whitfield@northwind.example');
    expect(await message.getByLabel('Subject').inputValue()).toBe('Your thoughts on Maya Chen for Senior Backend Engineer');
    expect(await message.getByLabel('Message').inputValue()).toContain('Hi Dana,');
    expect(await message.getByRole('status').count()).toBe(0);
    // The thank-you needs an interview date this submission does not have yet: it is pointed out.
    await message.getByLabel('Template').selectOption('interview_thank_you');
    const missing = message.getByRole('status').filter({ hasText: 'Shortlist could not fill these' });
    await missing.waitFor();
    expect(await text(missing)).toContain('{{interviewDate}} Date of the latest interview');
    await missing.getByRole('button', { name: /interviewDate/ }).click();
    await page.keyboard.type('Tuesday');
    await missing.waitFor({ state: 'detached' });
    expect(await message.getByLabel('Message').inputValue()).toContain('for the Senior Backend Engineer role on Tuesday.');
    const mailto = await message.getByRole('link', { name: 'Open in mail program' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:dana\.whitfield@northwind\.example\?subject=Thank%20you%20for%20meeting%20Maya%20Chen&body=Hi%20Dana%2C%0D%0A%0D%0AThank%20you/);
    await message.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Message copied' }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toMatch(/^Subject: Thank you for meeting Maya Chen\n\nHi Dana,/);
    // A template chosen again starts afresh from the record.
    await message.getByLabel('Template').selectOption('feedback_chase');
    await message.getByLabel('Template').selectOption('interview_thank_you');
    await missing.waitFor();
    await screenshot(page, '74-message-dialog');
    await message.getByRole('button', { name: 'Close' }).first().click();
    await message.waitFor({ state: 'detached' });
    await dismissToasts(page);
    await screenshot(page, '75-submission-follow-ups');

    // The client's feedback closes the chase by itself: gone from the panel's open ones and from Today.
    await api(app, 'feedback.add', { submissionId: submission.id, contactId: dana.id, sentiment: 'positive', text: 'Keen to meet her.' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Today/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await row(page, 'Ask Dana who sits on the interview panel').waitFor();
    expect(await row(page, chaseTitle).count()).toBe(0);
    await page.goBack();
    await row(followUps, 'Send Maya the company’s engineering blog').waitFor();
    expect(await row(followUps, chaseTitle).count()).toBe(0);
    await followUps.getByText('Closed').click();
    expect(await text(followUps.getByRole('list', { name: 'Closed follow-ups' }))).toContain(`${chaseTitle}No longer needed`);

    // An interview goes into the calendar from the timeline.
    await api(app, 'interviews.schedule', {
      submissionId: submission.id,
      startsAt: `${day(4)}T14:00:00Z`,
      timeZone: 'UTC',
      step: 'Technical interview',
      interviewerIds: [dana.id],
    });
    await page.reload();
    const interview = page.locator('.story-item--interview');
    const [invite] = await Promise.all([page.waitForEvent('download'), interview.getByRole('button', { name: 'Add to calendar' }).click()]);
    expect(invite.suggestedFilename()).toBe('shortlist-interview.ics');
    expect(await downloaded(invite)).toContain('SUMMARY:Technical interview: Maya Chen with Northwind Logistics');

    // A contact's own address opens its client's page.
    await page.goto(`${app.url}#/contacts/${dana.id}`);
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();
    expect(page.url()).toContain(`#/clients/${northwind.id}`);

    // Settings: the rules can be switched off or given other days; the templates reworded and reset.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const rules = page.getByRole('region', { name: 'Follow-up rules' });
    const nudge = rules.getByRole('switch', { name: 'Keep in touch with a contact' });
    await nudge.waitFor();
    expect(await nudge.isChecked()).toBe(true);
    await nudge.uncheck();
    await page.getByRole('status').filter({ hasText: 'Keep in touch with a contact: off' }).waitFor();
    expect(await rules.getByLabel('Days without contact').isDisabled()).toBe(true);
    const chaseDays = rules.getByLabel('Working days without feedback');
    expect(await chaseDays.inputValue()).toBe('2');
    await chaseDays.fill('400');
    await chaseDays.press('Enter');
    await rules.locator('.field-error').waitFor();
    expect(await chaseDays.getAttribute('aria-invalid')).toBe('true');
    await chaseDays.fill('3');
    await chaseDays.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Chase client feedback: 3 days' }).waitFor();
    await expect.poll(() => text(rules)).toContain('no client feedback after 3 working days');
    const saved = await api<{ rule: string; enabled: boolean; days: number | null }[]>(app, 'reminders.rules', {});
    expect(saved.find((r) => r.rule === 'chase_feedback')).toMatchObject({ enabled: true, days: 3 });
    expect(saved.find((r) => r.rule === 'contact_nudge')).toMatchObject({ enabled: false });
    await dismissToasts(page);
    await rules.scrollIntoViewIfNeeded();
    await screenshot(page, '76-settings-rules');

    const templates = page.getByRole('region', { name: 'Message templates' });
    await templates.getByText('Feedback chase').click();
    const chaseTemplate = templates.locator('details[open]');
    const subject = chaseTemplate.getByLabel('Subject');
    await subject.fill('Your thoughts on {{candiate}}');
    await chaseTemplate.getByRole('button', { name: 'Save template' }).click();
    await chaseTemplate.getByText('Shortlist cannot fill {{candiate}}', { exact: false }).waitFor();
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    // A field is a click away: it goes into the message where the cursor was.
    await chaseTemplate.getByRole('button', { name: /\{\{stage\}\}/ }).click();
    expect(await chaseTemplate.getByLabel('Message').inputValue()).toMatch(/^\{\{stage\}\}Hi \{\{contactFirstName\}\}/);
    await subject.fill('Your thoughts on {{candidate}}?');
    await chaseTemplate.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('status').filter({ hasText: 'Feedback chase saved' }).waitFor();
    await templates.getByText('Edited').waitFor();
    await dismissToasts(page);
    await screenshot(page, '77-settings-templates');
    await chaseTemplate.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('status').filter({ hasText: 'Feedback chase: back to Shortlist’s wording' }).waitFor();
    await expect.poll(() => templates.getByText('Edited').count()).toBe(0);
    await expect.poll(() => subject.inputValue()).toBe('Your thoughts on {{candidate}} for {{job}}');

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual(['templates.save 422']);
  });
});
