import { describe, expect, test } from 'vitest';
import { api, day as dayFromToday, e2eSession, screenshot, watch } from './harness';

/** A recruiter's first day: Today says where to begin, search is in the sidebar, defaults that need no fixing. */
describe('day one', () => {
  const session = e2eSession();

  test('Today on a new database says what to do first; the sidebar opens search', async () => {
    const app = await session.startApp('day-one');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${app.url}#/today`);
      const start = page.getByRole('region', { name: 'Welcome to Shortlist: where to begin' });
      await start.waitFor();
      expect(await start.getByRole('link').allTextContents()).toEqual(['Add your first client', 'Import candidates from a CSV']);
      await start.getByText('Try the demo').waitFor();
      await screenshot(page, `day-one-today-${colorScheme}`);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search' }).click();
      await page.getByRole('dialog', { name: 'Search everything' }).waitFor();
      await screenshot(page, `day-one-search-${colorScheme}`);
      await page.keyboard.press('Escape');

      await start.getByRole('link', { name: 'Add your first client' }).click();
      await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
      expect(seen.problems).toEqual([]);
      await context.close();
    }
  });

  test('an interview is proposed on the recruiter’s next working day (as set in Settings), and its meeting link is a link', async () => {
    const app = await session.startApp('interviews');
    // A recruiter who works weekends only: the default must follow Settings, not Monday to Friday.
    await api(app, 'workingTime.save', { days: ['sat', 'sun'], startsAt: '09:00', endsAt: '17:00' });
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data Engineer' });
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace' });
    const submission = await api(app, 'submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    await api(app, 'interviews.schedule', {
      submissionId: submission.id,
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      timeZone: 'UTC',
      interviewerIds: [dana.id],
      format: 'video',
      place: 'Video call: https://meet.example.com/abc-defg-hij',
    });
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}#/submissions/${submission.id}`);
    const link = page.getByRole('link', { name: 'https://meet.example.com/abc-defg-hij' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://meet.example.com/abc-defg-hij');

    await page.getByRole('button', { name: 'Schedule interview' }).click();
    const dialog = page.getByRole('dialog', { name: /^Schedule an interview for / });
    await dialog.waitFor();
    const day = new Date(`${await dialog.getByLabel('Date').inputValue()}T12:00:00`);
    expect([0, 6]).toContain(day.getDay());
    const daysAhead = Math.round((day.getTime() - new Date().setHours(12, 0, 0, 0)) / 86_400_000);
    expect(daysAhead).toBeGreaterThanOrEqual(1);
    expect(daysAhead).toBeLessThanOrEqual(6);

    // Snoozing a follow-up to a picked date starts from the next working day too.
    await api(app, 'reminders.create', { title: 'Call Ada about the offer', dueOn: dayFromToday(0), timeZone: 'UTC' });
    await page.keyboard.press('Escape');
    await page.goto(`${app.url}#/today`);
    await page.getByRole('button', { name: 'Snooze “Call Ada about the offer”' }).click();
    await page.getByRole('menuitem', { name: 'Pick a date…' }).click();
    const pick = page.getByRole('dialog', { name: 'Snooze until' });
    await pick.waitFor();
    expect([0, 6]).toContain(new Date(`${await pick.getByLabel('Day').inputValue()}T12:00:00`).getDay());
  });

  test('pasting “a, b, c” into a tag field makes three tags', async () => {
    const app = await session.startApp('tags');
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}#/candidates`);
    await page.getByRole('button', { name: 'New candidate' }).first().click();
    const form = page.getByRole('dialog', { name: 'New candidate' });
    await form.getByRole('textbox', { name: 'Skills' }).focus();
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Rust, Go , PostgreSQL');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => form.getByRole('list', { name: 'Skills' }).getByRole('listitem').allTextContents()).toEqual(['Rust', 'Go', 'PostgreSQL']);
  });
});
