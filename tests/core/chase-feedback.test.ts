import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../src/api/reminders';
import { freshApp, type TestApp } from './helpers';

/** The chase proposed for a submission, as Today and the submission's page would see it. */
function chaseOf(app: TestApp, submissionId: string): Reminder | undefined {
  app.call('reminders.today', {});
  const id = app.core.db.prepare("SELECT id FROM reminders WHERE rule = 'chase_feedback' AND subject_id = ?").pluck().get(submissionId) as string | undefined;
  return id === undefined ? undefined : app.call('reminders.get', { id });
}

/** A client with a hiring manager and an open job; `answers` are its past submissions, each [presented on, feedback received on]. */
function clientWith(app: TestApp, name: string, answers: [string, string][]) {
  const client = app.call('clients.create', { name });
  const manager = app.call('contacts.create', { clientId: client.id, name: `${name} Manager`, role: 'hiring_manager' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer', hiringManagerId: manager.id });
  answers.forEach(([presentedOn, receivedOn], i) => {
    app.clock.set(`${presentedOn}T10:00:00.000Z`);
    const candidate = app.call('candidates.create', { name: `${name} candidate ${i + 1}` });
    const submission = app.call('submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
    app.clock.set(`${receivedOn}T15:00:00.000Z`);
    app.call('feedback.add', { submissionId: submission.id, contactId: manager.id, receivedOn, sentiment: 'positive' });
  });
  return { client, manager, job };
}

/** Each client's new submission, made on Friday 27 November 2026. */
function submitOnFriday(app: TestApp, jobId: string, name: string) {
  app.clock.set('2026-11-27T10:00:00.000Z');
  const candidate = app.call('candidates.create', { name });
  return app.call('submissions.create', { candidateId: candidate.id, jobId, stage: 'submitted' }).id;
}

describe('chasing a client’s feedback', () => {
  it('says how long the client usually takes, in working days, and is not due before that', async () => {
    const app = await freshApp();
    // Thursday to the next Wednesday twice (four working days, six calendar ones), Monday to Friday once.
    const acme = clientWith(app, 'Acme', [
      ['2026-10-01', '2026-10-07'],
      ['2026-10-08', '2026-10-14'],
      ['2026-10-19', '2026-10-23'],
    ]);
    const ada = submitOnFriday(app, acme.job.id, 'Ada Lovelace');
    expect(chaseOf(app, ada)).toMatchObject({
      title: 'Chase Acme’s feedback on Ada Lovelace for Rust Engineer',
      notes: 'Acme usually answers in 4 working days. Ask Acme Manager (hiring manager).',
      // Friday and four working days: Thursday, where the setting's two would have been Tuesday.
      dueOn: '2026-12-03',
    });
  });

  it('a client quicker than the setting is chased after the setting’s days; one with no answers yet, too, saying nothing of it', async () => {
    const app = await freshApp();
    const quick = clientWith(app, 'Quick', [['2026-10-05', '2026-10-06']]);
    const fresh = clientWith(app, 'Fresh', []);
    const ben = submitOnFriday(app, quick.job.id, 'Ben Brown');
    const cal = submitOnFriday(app, fresh.job.id, 'Cal Cole');
    expect(chaseOf(app, ben)).toMatchObject({ notes: 'Quick usually answers in 1 working day. Ask Quick Manager (hiring manager).', dueOn: '2026-12-01' });
    expect(chaseOf(app, cal)).toMatchObject({ notes: 'Ask Fresh Manager (hiring manager).', dueOn: '2026-12-01' });
  });

  it('counts only the last year’s answers, and the recruiter’s own working days', async () => {
    const app = await freshApp();
    // Answered in ten working days two years ago, in two this autumn.
    const acme = clientWith(app, 'Acme', [
      ['2024-10-01', '2024-10-15'],
      ['2026-10-05', '2026-10-07'],
    ]);
    app.call('workingTime.save', { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], startsAt: '09:00', endsAt: '17:30' });
    const ada = submitOnFriday(app, acme.job.id, 'Ada Lovelace');
    // Saturday is a working day: Friday and two is Monday.
    expect(chaseOf(app, ada)).toMatchObject({ notes: 'Acme usually answers in 2 working days. Ask Acme Manager (hiring manager).', dueOn: '2026-11-30' });
  });
});
