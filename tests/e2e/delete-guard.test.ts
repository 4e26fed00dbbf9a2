import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, screenshot, watch } from './harness';

/** Deleting what live work hangs on says what, and asks; the rest goes straight to the trash. */
describe('deleting what other work hangs on', () => {
  const session = e2eSession();

  test('a client with an open job, a live submission and an upcoming interview asks first', async () => {
    const app = await session.startApp('delete-guard');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Senior Backend Engineer', hiringManagerId: dana.id });
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace' });
    const submission = await api(app, 'submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await api(app, 'interviews.schedule', { submissionId: submission.id, startsAt: tomorrow, timeZone: 'UTC', interviewerIds: [dana.id], format: 'video' });
    const lonely = await api(app, 'clients.create', { name: 'Fjord Bank' });

    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${app.url}#/clients/${client.id}`);
      await page.getByRole('button', { name: 'Delete client' }).click();
      const question = page.getByRole('dialog', { name: 'Move “Northwind Logistics” to the trash?' });
      await question.waitFor();
      expect(await question.getByRole('listitem').allTextContents()).toEqual(['1 open job', '1 live submission', '1 upcoming interview']);
      await screenshot(page, `delete-guard-client-${colorScheme}`);
      await question.getByRole('button', { name: 'Keep it' }).click();
      await question.waitFor({ state: 'detached' });
      expect(page.url()).toContain(`#/clients/${client.id}`);
      expect(await api<{ client: { name: string } }>(app, 'clients.get', { id: client.id })).toBeTruthy();

      // The hiring manager of an open job: asked too.
      await page.getByRole('button', { name: 'Delete Dana Whitfield' }).click();
      await page.getByRole('dialog', { name: 'Move “Dana Whitfield” to the trash?' }).getByText('hiring manager on 1 open job').waitFor();
      await page.keyboard.press('Escape');
      expect(seen.problems).toEqual([]);
      await context.close();
    }

    // Nothing hangs on it: straight to the trash, with Restore in the toast.
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}#/clients/${lonely.id}`);
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByText('“Fjord Bank” moved to trash').waitFor();
    await dismissToasts(page);

    // Told yes: it goes.
    await page.goto(`${app.url}#/clients/${client.id}`);
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('dialog', { name: /to the trash\?$/ }).getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText('“Northwind Logistics” moved to trash').waitFor();
  });
});
