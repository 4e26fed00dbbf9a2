import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../src/api/reminders';
import { failure, freshApp, type TestApp } from './helpers';

/** Acme's Rust Engineer job, one opening, with Ada, Grace and Linus on it. The clock: Sunday 2026-11-22. */
function setUp(app: TestApp) {
  const client = app.call('clients.create', { name: 'Acme' });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer', hiringManagerId: manager.id, openings: 1 });
  app.call('intake.save', {
    jobId: job.id,
    interviewStages: [{ name: 'Competency interview', interviewerIds: [] }],
    meetingCadence: { timesPerWeek: 1, days: ['mon'] },
  });
  const submit = (name: string) =>
    app.call('submissions.create', { candidateId: app.call('candidates.create', { name }).id, jobId: job.id, stage: 'submitted' });
  return { client, manager, job, ada: submit('Ada Lovelace'), grace: submit('Grace Hopper'), linus: submit('Linus Torvalds') };
}

function open(app: TestApp, rule: string): Reminder[] {
  app.call('reminders.today', {});
  const ids = app.core.db.prepare("SELECT id FROM reminders WHERE rule = ? AND status = 'open' ORDER BY due_on, id").pluck().all(rule) as string[];
  return ids.map((id) => app.call('reminders.get', { id }));
}

const placement = { startOn: '2027-01-04', salary: { amount: 90000, currency: 'EUR' } };

describe('a placement closes the work around it', () => {
  it('once every opening is placed, Shortlist proposes closing the job and lists who else is on it', async () => {
    const app = await freshApp();
    const { job, ada, grace } = setUp(app);
    app.call('interviews.schedule', { submissionId: grace.id, startsAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    expect(app.call('jobs.closingPlan', { id: job.id }).proposeClosing).toBe(false);
    app.call('submissions.move', { id: ada.id, stage: 'placed', placement });
    const plan = app.call('jobs.closingPlan', { id: job.id });
    expect(plan).toMatchObject({ openings: 1, placed: 1, proposeClosing: true });
    expect(plan.others.map((o) => [o.candidateName, o.stage, o.upcomingInterviews])).toEqual([
      ['Grace Hopper', 'interviewing', 1],
      ['Linus Torvalds', 'submitted', 0],
    ]);
  });

  it('closing it fills the job, tells, rejects or keeps each other candidate, cancels their interviews to come, and the proposals tied to the job resolve', async () => {
    const app = await freshApp();
    const { job, ada, grace, linus } = setUp(app);
    app.call('interviews.schedule', { submissionId: grace.id, startsAt: '2026-11-23T10:00:00Z', timeZone: 'UTC' });
    const later = app.call('interviews.schedule', { submissionId: grace.id, startsAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    app.clock.set('2026-11-25T09:00:00.000Z');
    expect(open(app, 'chase_feedback').map((r) => r.about?.name).sort()).toEqual(['Ada Lovelace for Rust Engineer', 'Linus Torvalds for Rust Engineer']);
    expect(open(app, 'intake_check_in')).toHaveLength(1);
    expect(open(app, 'interview_debrief')).toHaveLength(2);
    app.call('submissions.move', { id: ada.id, stage: 'placed', placement });

    // A reason is needed to reject.
    const noReason = failure(() => app.call('jobs.close', { id: job.id, others: [{ submissionId: linus.id, action: 'reject' }] }));
    expect(noReason.field).toBe('reason');
    expect(app.call('jobs.get', { id: job.id }).job.status).toBe('open');

    const closed = app.call('jobs.close', {
      id: job.id,
      others: [
        { submissionId: grace.id, action: 'keep' },
        { submissionId: linus.id, action: 'reject' },
      ],
      reason: 'The role went to another candidate',
    });
    expect(closed).toEqual({ rejected: 1, notified: 0, kept: 1, interviewsCancelled: 1 });
    expect(app.call('jobs.get', { id: job.id }).job.status).toBe('filled');
    expect(app.call('submissions.get', { id: linus.id }).submission.stage).toBe('rejected');
    expect(app.call('submissions.get', { id: linus.id }).history.at(-1)!.reason).toBe('The role went to another candidate');
    expect(app.call('submissions.get', { id: grace.id }).interviews.find((i) => i.id === later.id)!.cancelled).toBe(true);
    // What was tied to the job resolves itself; the placement's own check-ins go on.
    expect(open(app, 'chase_feedback')).toEqual([]);
    expect(open(app, 'intake_check_in')).toEqual([]);
    expect(open(app, 'interview_debrief')).toEqual([]);
    app.clock.set('2027-01-04T08:00:00.000Z');
    expect(open(app, 'placement_check_in').map((r) => r.title)).toEqual(['Check in with Ada Lovelace at Acme: first day']);
    const titles = app.core.db.prepare("SELECT title FROM reminders WHERE rule IS NULL").pluck().all();
    expect(titles).toEqual(['Find another job for Grace Hopper (was on Rust Engineer at Acme)']);
  });

  it('telling a candidate closes their submission with the job filled as its reason, and makes the follow-up to tell them', async () => {
    const app = await freshApp();
    const { job, ada, linus } = setUp(app);
    app.call('submissions.move', { id: ada.id, stage: 'placed', placement });
    app.call('jobs.close', { id: job.id, others: [{ submissionId: linus.id, action: 'notify' }] });
    expect(app.call('submissions.get', { id: linus.id }).history.at(-1)).toMatchObject({ stage: 'rejected', reason: 'Rust Engineer was filled' });
    expect(app.call('reminders.today', {}).today.map((r) => r.title)).toContain('Tell Linus Torvalds that Rust Engineer at Acme is filled');
    expect(failure(() => app.call('jobs.close', { id: job.id })).message).toBe('Rust Engineer is already filled.');
  });
});

describe('feedback and the debrief', () => {
  it('the debrief reads feedback already logged: it passes it on rather than asking for it', async () => {
    const app = await freshApp();
    const { ada } = setUp(app);
    app.call('interviews.schedule', { submissionId: ada.id, startsAt: '2026-11-23T10:00:00Z', timeZone: 'UTC' });
    app.clock.set('2026-11-23T16:00:00.000Z');
    expect(open(app, 'interview_debrief').map((r) => r.title)).toEqual([
      'Debrief Ada Lovelace after the competency interview and ask Acme for feedback',
    ]);
    app.call('feedback.add', { submissionId: ada.id, sentiment: 'positive' });
    expect(open(app, 'interview_debrief').map((r) => r.title)).toEqual([
      'Debrief Ada Lovelace after the competency interview and pass on Acme’s feedback',
    ]);
  });

  it('feedback for an interview that has not happened yet asks to confirm; a date to come is refused', async () => {
    const app = await freshApp();
    const { ada } = setUp(app);
    app.call('interviews.schedule', { submissionId: ada.id, startsAt: '2026-11-24T10:00:00Z', timeZone: 'UTC' });
    const early = failure(() => app.call('feedback.add', { submissionId: ada.id, sentiment: 'positive' }));
    expect(early).toMatchObject({ field: 'confirmEarly', message: 'The competency interview on Tue 24 Nov has not happened yet. Log this feedback anyway?' });
    expect(failure(() => app.call('feedback.add', { submissionId: ada.id, sentiment: 'positive', receivedOn: '2026-11-25', confirmEarly: true })).field).toBe('receivedOn');
    expect(app.call('submissions.get', { id: ada.id }).feedback).toEqual([]);
    expect(app.call('feedback.add', { submissionId: ada.id, sentiment: 'mixed', confirmEarly: true }).sentiment).toBe('mixed');
    // Once it has happened, feedback is logged without a question.
    app.clock.set('2026-11-24T15:00:00.000Z');
    expect(app.call('feedback.add', { submissionId: ada.id, sentiment: 'positive' }).sentiment).toBe('positive');
  });
});
