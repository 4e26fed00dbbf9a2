import { describe, expect, test } from 'vitest';
import { api, day, e2eSession, screenshot, scrollPaneTo, text } from './harness';

/** Before calling a candidate: their next interviews, what the client said last and the prep notes, on their own page. */
describe('the candidate page', () => {
  const session = e2eSession();

  test('shows the upcoming interviews, the client’s latest feedback and the prep notes of each live submission', async () => {
    const app = await session.startApp('glance');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Senior Backend Engineer', hiringManagerId: dana.id });
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace' });
    const submission = await api(app, 'submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    await api(app, 'feedback.add', { submissionId: submission.id, contactId: dana.id, sentiment: 'mixed', text: 'Strong on Kafka, wants to hear more about on-call.' });
    await api(app, 'interviews.schedule', {
      submissionId: submission.id,
      startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      timeZone: 'UTC',
      interviewerIds: [dana.id],
      format: 'video',
    });
    await api(app, 'notes.add', { about: { kind: 'submission', id: submission.id }, kind: 'prep', body: 'Tell the on-call story from the payments outage.' });
    await api(app, 'reminders.create', { title: 'Send Ada the prep pack', about: { kind: 'submission', id: submission.id }, dueOn: day(1), timeZone: 'UTC' });

    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${app.url}#/candidates/${ada.id}`);
      const section = page.getByRole('region', { name: /^Submissions/ });
      await section.getByText(/^Interview: /).waitFor();
      await section.getByText('Northwind Logistics’s latest feedback (mixed').waitFor();
      expect(await section.getByText(/Strong on Kafka, wants to hear more about on-call\./).count()).toBe(1);
      await section.getByText('Prep: Tell the on-call story from the payments outage.').waitFor();
      // Her follow-ups count the ones about her submissions, each naming which.
      const followUps = page.getByRole('region', { name: /^Follow-ups/ });
      await followUps.getByText('Send Ada the prep pack').waitFor();
      // (Shortlist proposes its own about the submission too, such as the debrief after the interview.)
      const open = await followUps.getByRole('list', { name: 'Open follow-ups' }).getByRole('listitem').count();
      expect(open).toBeGreaterThanOrEqual(1);
      expect(await text(followUps.getByRole('heading', { level: 2 }))).toBe(`Follow-ups ${open}`);
      await followUps.getByRole('link', { name: /Ada Lovelace for Senior Backend Engineer/ }).first().waitFor();
      await scrollPaneTo(page, section);
      await screenshot(page, `candidate-glance-${colorScheme}`);
      await context.close();
    }
  });
});
