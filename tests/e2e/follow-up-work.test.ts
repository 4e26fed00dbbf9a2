import { describe, expect, onTestFailed, test } from 'vitest';
import { api, day, dismissToasts, e2eSession, screenshot, screenshotBothThemes, text } from './harness';

describe('follow-ups that tell the truth: snooze, missed repeats, old overdue, notes as contact, closing a filled job', () => {
  const session = e2eSession();

  test('Today folds what is late by more than a week, clears it in one go with Undo, and counts a missed repeat', async () => {
    const app = await session.startApp('today-older');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    onTestFailed(() => screenshot(page, '8x-follow-up-work-failure'));
    try {
      for (let i = 1; i <= 4; i++) await api(app, 'reminders.create', { title: `Old chase number ${i}`, dueOn: day(-20 - i), confirmPast: true });
      await api(app, 'reminders.create', { title: 'Send the revised shortlist', kind: 'email', dueOn: day(-2), confirmPast: true });
      await api(app, 'reminders.create', { title: 'Call Maya back', kind: 'call', dueOn: day(0) });
      // A weekly check-in that began five weeks ago and was never done: it shows once, with what it missed.
      await api(app, 'reminders.create', { title: 'Weekly check-in with Northwind', kind: 'check_in', dueOn: day(-35), repeat: { every: 'days', interval: 7 }, confirmPast: true });
      await page.goto(app.url);
      const older = page.locator('details.today-group--older');
      await older.waitFor();
      expect(await text(older.locator('summary'))).toBe('Late by more than a week 4');
      const overdue = page.getByRole('region', { name: /^Overdue \d+$/ });
      await expect.poll(() => text(overdue)).toContain('Send the revised shortlist');
      const checkIn = page.locator('.follow-up').filter({ hasText: 'Weekly check-in with Northwind' });
      expect(await text(checkIn)).toContain('5 missed');
      expect(await text(checkIn)).not.toMatch(/\d+ days late/);
      await older.locator('summary').click();
      await older.getByLabel('Select all').check();
      await dismissToasts(page);
      await screenshotBothThemes(page, '80-today-older-overdue');

      await older.getByRole('button', { name: 'Mark done' }).click();
      const toast = page.getByRole('status').filter({ hasText: 'Marked 4 follow-ups done.' });
      await toast.waitFor();
      await older.waitFor({ state: 'detached' });
      await toast.getByRole('button', { name: 'Undo' }).click();
      await older.waitFor();
      expect(await text(older.locator('summary'))).toBe('Late by more than a week 4');
    } finally {
      await page.close();
    }
  });

  test('snoozing holds back a preset that would bring a follow-up forward, and its toast has Undo', async () => {
    const app = await session.startApp('snooze');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await api(app, 'reminders.create', { title: 'Chase Northwind’s feedback', kind: 'email', dueOn: day(-1), confirmPast: true });
      await api(app, 'reminders.create', { title: 'Prepare Thursday’s intake', kind: 'meeting', dueOn: day(5) });
      await page.goto(app.url);
      const later = page.locator('.follow-up').filter({ hasText: 'Prepare Thursday’s intake' });
      await later.getByRole('button', { name: /^Snooze/ }).click();
      const menu = page.getByRole('menu', { name: /^Snooze “Prepare Thursday’s intake” until/ });
      await menu.waitFor();
      // Tomorrow morning (the next working day's) is always before a date five days on; later today
      // may no longer be offered at all when the test runs in the evening.
      expect(await menu.getByRole('menuitem', { name: /^Tomorrow morning/ }).getAttribute('aria-disabled')).toBe('true');
      expect(await text(menu.getByRole('menuitem', { name: /^Tomorrow morning/ }))).toContain('due later already');
      await page.mouse.move(0, 0);
      await screenshotBothThemes(page, '81-snooze-menu-held-back');
      await page.keyboard.press('Escape');

      const late = page.locator('.follow-up').filter({ hasText: 'Chase Northwind’s feedback' });
      await late.getByRole('button', { name: /^Snooze/ }).click();
      await page.getByRole('menuitem', { name: /^Next week/ }).click();
      const toast = page.getByRole('status').filter({ hasText: 'Snoozed until' });
      await toast.waitFor();
      await expect.poll(() => text(late)).toContain('Snoozed until');
      await toast.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => text(page.getByRole('region', { name: /^Overdue \d+$/ }))).toContain('Chase Northwind’s feedback');

      // Settings: the working week the presets land on.
      await page.goto(`${app.url}#/settings`);
      const working = page.getByRole('region', { name: 'Working days and hours' });
      await working.waitFor();
      await working.scrollIntoViewIfNeeded();
      await screenshotBothThemes(page, '82-settings-working-time');
    } finally {
      await page.close();
    }
  });

  test('a reminder due in the past asks before it is saved', async () => {
    const app = await session.startApp('past');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    onTestFailed(() => screenshot(page, '8x-reminder-past-failure'));
    try {
      // The recruiter does not work today: a new reminder starts on their next working day, tomorrow.
      const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
      const tomorrow = weekdays[(new Date().getDay() + 1) % 7];
      await api(app, 'workingTime.save', { days: [tomorrow], startsAt: '09:00', endsAt: '17:30' });
      await page.goto(app.url);
      await page.getByRole('button', { name: /New reminder/ }).first().click();
      const form = page.getByRole('dialog', { name: 'New reminder' });
      expect(await form.getByLabel('Due').inputValue()).toBe(day(1));
      await form.getByLabel('What to do').fill('Call Dana about the offer');
      await form.getByLabel('Due').fill(day(-400));
      await form.getByRole('button', { name: 'Add reminder' }).click();
      await form.getByRole('alert').filter({ hasText: 'would be due in the past' }).waitFor();
      await screenshotBothThemes(page, '83-reminder-in-the-past');
      await form.getByRole('button', { name: 'Save anyway' }).click();
      await form.waitFor({ state: 'detached' });
      // Late by more than a week: it waits in the folded group, not as "Nothing due"; opened, it is listed.
      const older = page.locator('details.today-group--older');
      await expect.poll(() => text(older.locator('summary'))).toBe('Late by more than a week 1');
      await older.locator('summary').click();
      await expect.poll(() => text(older)).toContain('Call Dana about the offer');
    } finally {
      await page.close();
    }
  });

  test('a call noted with a contact counts as contact; its author edits it and the earlier text is kept', async () => {
    const app = await session.startApp('notes');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
      const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager' });
      await api(app, 'notes.add', { about: { kind: 'client', id: client.id }, body: 'Met the team at their offsite; culture is hands-on.', kind: 'meeting' });
      await page.goto(`${app.url}#/clients/${client.id}`);
      const card = page.locator('li.contact').filter({ hasText: 'Dana Whitfield' });
      await expect.poll(() => text(card)).toContain('Not contacted yet');
      await page.locator('#note-about').selectOption(dana.id);
      await page.getByRole('radio', { name: 'Call' }).check();
      await page.getByLabel('New note').fill('Called Dana: she wants three CVs by Friday.');
      await page.getByRole('button', { name: 'Add note' }).click();
      await expect.poll(() => text(card)).toContain('Last contacted');
      const note = page.locator('.timeline-item').filter({ hasText: 'Called Dana' });
      await note.getByRole('button', { name: /^Edit the note/ }).click();
      await note.getByRole('textbox', { name: 'Note' }).fill('Called Dana: she wants four CVs by Friday.');
      await note.getByRole('button', { name: 'Save note' }).click();
      await expect.poll(() => text(note)).toContain('four CVs');
      await note.getByRole('button', { name: 'Edited' }).click();
      await expect.poll(() => text(note.locator('.note-history'))).toContain('three CVs');
      await dismissToasts(page);
      await note.scrollIntoViewIfNeeded();
      await screenshotBothThemes(page, '84-notes-kinds-and-history');
    } finally {
      await page.close();
    }
  });

  test('placing the last opening proposes closing the job and says what becomes of the others', async () => {
    const app = await session.startApp('close-job');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
      const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Senior Backend Engineer', openings: 1 });
      const submit = async (name: string) =>
        api(app, 'submissions.create', { candidateId: (await api(app, 'candidates.create', { name })).id, jobId: job.id, stage: 'submitted' });
      const maya = await submit('Maya Chen');
      const other = await submit('Omar Haddad');
      await api(app, 'interviews.schedule', { submissionId: other.id, startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), timeZone: 'UTC' });
      await submit('Lena Fischer');
      await page.goto(`${app.url}#/submissions/${maya.id}`);
      await page.getByRole('button', { name: /^Stage: .* Move to another stage/ }).click();
      await page.getByRole('menuitem', { name: /^Placed/ }).click();
      const move = page.getByRole('dialog', { name: 'Move Maya Chen to Placed' });
      await move.getByLabel('Start date').fill(day(30));
      await move.getByLabel('Salary').fill('90000');
      const currency = move.getByLabel('Currency');
      if ((await currency.inputValue()) === '') await currency.fill('EUR');
      await move.getByRole('button', { name: 'Move to Placed' }).click();
      const close = page.getByRole('dialog', { name: 'Close Senior Backend Engineer?' });
      await close.waitFor();
      expect(await text(close)).toContain('1 interview to come');
      await close.getByLabel('What becomes of Lena Fischer').selectOption('reject');
      await close.getByLabel('Why are they rejected?').fill('The role went to another candidate');
      await close.getByLabel('What becomes of Omar Haddad').selectOption('keep');
      await dismissToasts(page);
      await screenshotBothThemes(page, '85-close-filled-job');
      await close.getByRole('button', { name: 'Close the job as filled' }).click();
      await page.getByRole('status').filter({ hasText: 'Senior Backend Engineer is filled.' }).waitFor();
      const after = await api<{ job: { status: string } }>(app, 'jobs.get', { id: job.id });
      expect(after.job.status).toBe('filled');
    } finally {
      await page.close();
    }
  });
});
