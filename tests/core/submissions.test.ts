import { describe, expect, it } from 'vitest';
import { failure, freshApp, type TestApp } from './helpers';

const DAY = 86_400_000;

/** A client with a 20% fee and 90-day guarantee, a job whose intake agreed two interview steps, and two candidates. */
function pipeline(app: TestApp) {
  const client = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 20 }, guaranteeDays: 90 });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager' });
  const hr = app.call('contacts.create', { clientId: client.id, name: 'Hana HR', role: 'hr' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Senior Rust Engineer', hiringManagerId: manager.id });
  app.call('intake.save', {
    jobId: job.id,
    mustHave: ['Rust', 'Postgres'],
    interviewStages: [
      { name: 'Phone screen', interviewerIds: [hr.id] },
      { name: 'Technical', interviewerIds: [manager.id] },
    ],
  });
  const ada = app.call('candidates.create', { name: 'Ada Lovelace', skills: ['Rust', 'Go'], currentTitle: 'Staff Engineer', emails: ['ada@example.com'] });
  const grace = app.call('candidates.create', { name: 'Grace Hopper' });
  return { client, manager, hr, job, ada, grace };
}

describe('submissions', () => {
  it('a submission’s stage is its latest history entry, and time in each stage is known', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id });
    expect(submission).toMatchObject({ stage: 'shortlisted', candidateName: 'Ada Lovelace', clientName: 'Acme' });
    app.clock.advance(DAY);
    app.call('submissions.move', { id: submission.id, stage: 'submitted' });
    app.clock.advance(2 * DAY);
    const reviewing = app.call('submissions.move', { id: submission.id, stage: 'client_reviewing' });
    expect(reviewing).toMatchObject({ stage: 'client_reviewing', stageSince: '2026-11-25T09:00:00.000Z' });
    const { history } = app.call('submissions.get', { id: submission.id });
    expect(history.map((h) => [h.stage, h.at])).toEqual([
      ['shortlisted', '2026-11-22T09:00:00.000Z'],
      ['submitted', '2026-11-23T09:00:00.000Z'],
      ['client_reviewing', '2026-11-25T09:00:00.000Z'],
    ]);
    expect(history.every((h) => h.by === app.core.deviceId)).toBe(true);
  });

  it('a candidate is submitted to a job once only, and never to a filled job', async () => {
    const app = await freshApp();
    const { job, ada, grace } = pipeline(app);
    app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    expect(failure(() => app.call('submissions.create', { candidateId: ada.id, jobId: job.id }))).toMatchObject({
      code: 'duplicate',
      message: 'Ada Lovelace is already on Senior Rust Engineer (Submitted to client).',
    });
    app.call('jobs.update', { id: job.id, status: 'filled' });
    expect(failure(() => app.call('submissions.create', { candidateId: grace.id, jobId: job.id })).field).toBe('jobId');
  });

  it('interviewing follows the job’s interview steps from intake', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    expect(app.call('submissions.move', { id, stage: 'interviewing' })).toMatchObject({ step: 'Phone screen' });
    expect(failure(() => app.call('submissions.move', { id, stage: 'interviewing', step: 'Lunch' })).field).toBe('step');
    expect(app.call('submissions.move', { id, stage: 'interviewing', step: 'Technical' }).step).toBe('Technical');
    expect(app.call('submissions.board', { jobId: job.id }).interviewSteps).toEqual(['Phone screen', 'Technical']);
  });

  it('moving backwards or out of a closed outcome asks for a reason and keeps the history', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.move', { id, stage: 'interviewing', step: 'Technical' });
    expect(failure(() => app.call('submissions.move', { id, stage: 'interviewing', step: 'Phone screen' })).field).toBe('reason');
    expect(failure(() => app.call('submissions.move', { id, stage: 'submitted' })).field).toBe('reason');
    expect(failure(() => app.call('submissions.move', { id, stage: 'rejected' }))).toMatchObject({
      field: 'reason',
      message: 'Say why the client rejected the candidate.',
    });
    app.call('submissions.move', { id, stage: 'rejected', reason: 'Not enough Postgres depth' });
    expect(failure(() => app.call('submissions.move', { id, stage: 'interviewing', step: 'Technical' })).field).toBe('reason');
    app.call('submissions.move', { id, stage: 'interviewing', step: 'Technical', reason: 'Manager changed her mind' });
    expect(app.call('submissions.get', { id }).history.map((h) => [h.stage, h.reason])).toEqual([
      ['submitted', null],
      ['interviewing', null],
      ['rejected', 'Not enough Postgres depth'],
      ['interviewing', 'Manager changed her mind'],
    ]);
    expect(failure(() => app.call('submissions.move', { id, stage: 'interviewing', step: 'Technical' })).field).toBe('stage');
  });

  it('a placement records start date, salary, the fee from the job and the guarantee end', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.move', { id, stage: 'offer' });
    expect(failure(() => app.call('submissions.move', { id, stage: 'placed' })).field).toBe('placement');
    const placed = app.call('submissions.move', {
      id,
      stage: 'placed',
      placement: { startOn: '2027-01-04', salary: { amount: 92500, currency: 'EUR' } },
    });
    expect(placed.placement).toEqual({
      startOn: '2027-01-04',
      salary: { amount: 92500, currency: 'EUR' },
      fee: { amount: 18500, currency: 'EUR' },
      guaranteeEndsOn: '2027-04-04',
    });
  });

  it('the candidate page lists every submission across clients', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    const other = app.call('clients.create', { name: 'Globex' });
    const otherJob = app.call('jobs.create', { clientId: other.id, title: 'Platform Lead' });
    app.call('submissions.create', { candidateId: ada.id, jobId: job.id });
    app.clock.advance(DAY);
    app.call('submissions.create', { candidateId: ada.id, jobId: otherJob.id, stage: 'submitted' });
    expect(app.call('candidates.get', { id: ada.id }).submissions.map((s) => [s.clientName, s.jobTitle, s.stage])).toEqual([
      ['Globex', 'Platform Lead', 'submitted'],
      ['Acme', 'Senior Rust Engineer', 'shortlisted'],
    ]);
  });
});

describe('interviews and feedback', () => {
  it('scheduling an interview moves the submission to interviewing at that step, at an unambiguous time', async () => {
    const app = await freshApp();
    const { job, ada, hr } = pipeline(app);
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const interview = app.call('interviews.schedule', {
      submissionId: id,
      startsAt: '2026-11-24T14:00:00+01:00',
      timeZone: 'Europe/Berlin',
      step: 'Phone screen',
      interviewerIds: [hr.id],
      format: 'phone',
    });
    expect(interview).toMatchObject({
      startsAt: '2026-11-24T13:00:00.000Z',
      timeZone: 'Europe/Berlin',
      interviewers: [{ name: 'Hana HR' }],
      cancelled: false,
    });
    expect(app.call('submissions.get', { id }).submission).toMatchObject({ stage: 'interviewing', step: 'Phone screen' });
    expect(app.call('interviews.update', { id: interview.id, cancelled: true }).cancelled).toBe(true);
  });

  it('interviewers must be the client’s contacts and times must be real', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    const stranger = app.call('contacts.create', { clientId: app.call('clients.create', { name: 'Globex' }).id, name: 'Stranger' });
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id });
    const schedule = (input: object) =>
      failure(() =>
        app.call('interviews.schedule', { submissionId: id, startsAt: '2026-11-24T14:00:00Z', timeZone: 'Europe/Berlin', ...input }),
      );
    expect(schedule({ interviewerIds: [stranger.id] }).field).toBe('interviewerIds.0');
    expect(schedule({ startsAt: 'next tuesday' }).field).toBe('startsAt');
    expect(schedule({ timeZone: 'Mars/Olympus' }).field).toBe('timeZone');
    expect(app.call('submissions.get', { id }).interviews).toEqual([]);
  });

  it('client feedback is dated, from a contact, and shows on the board card', async () => {
    const app = await freshApp();
    const { job, ada, manager } = pipeline(app);
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('feedback.add', {
      submissionId: id,
      contactId: manager.id,
      sentiment: 'mixed',
      concerns: ['Little Postgres tuning', ''],
      text: 'Strong Rust, unsure on databases',
    });
    const detail = app.call('submissions.get', { id });
    expect(detail.feedback).toMatchObject([
      { contact: { name: 'Max Manager' }, receivedOn: '2026-11-22', sentiment: 'mixed', concerns: ['Little Postgres tuning'] },
    ]);
    const card = app.call('submissions.board', { jobId: job.id }).columns.find((c) => c.stage === 'submitted')!.cards[0]!;
    expect(card.latestFeedback).toEqual({ sentiment: 'mixed', text: 'Strong Rust, unsure on databases', receivedOn: '2026-11-22' });
    const stranger = app.call('contacts.create', { clientId: app.call('clients.create', { name: 'Globex' }).id, name: 'S' });
    expect(failure(() => app.call('feedback.add', { submissionId: id, contactId: stranger.id, sentiment: 'positive' })).field).toBe(
      'contactId',
    );
  });

  it('a concern becomes a prep note for the next interview, on the submission’s timeline', async () => {
    const app = await freshApp();
    const { job, ada, manager } = pipeline(app);
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('feedback.add', { submissionId: id, contactId: manager.id, sentiment: 'mixed', concerns: ['Postgres tuning'] });
    app.clock.advance(60_000);
    app.call('notes.add', { about: { kind: 'submission', id }, kind: 'prep', body: 'Prepare a Postgres tuning story' });
    expect(failure(() => app.call('notes.add', { about: { kind: 'candidate', id: ada.id }, kind: 'prep', body: 'x' })).field).toBe(
      'kind',
    );
    const detail = app.call('submissions.get', { id });
    expect(detail.prepNotes.map((n) => n.body)).toEqual(['Prepare a Postgres tuning story']);
    expect(detail.timeline.map((t) => t.kind)).toEqual(['prep', 'stage', 'feedback']);
  });
});

describe('the pipeline board', () => {
  it('has a column per stage with each candidate in their current one', async () => {
    const app = await freshApp();
    const { job, ada, grace } = pipeline(app);
    const first = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const second = app.call('submissions.create', { candidateId: grace.id, jobId: job.id });
    app.call('submissions.move', { id: second.id, stage: 'withdrawn', reason: 'Accepted a counter-offer' });
    const board = app.call('submissions.board', { jobId: job.id });
    expect(board.columns.map((c) => c.stage)).toEqual([
      'shortlisted',
      'submitted',
      'client_reviewing',
      'interviewing',
      'offer',
      'placed',
      'rejected',
      'withdrawn',
      'lost',
    ]);
    const where = (stage: string) => board.columns.find((c) => c.stage === stage)!.cards.map((c) => c.id);
    expect(where('submitted')).toEqual([first.id]);
    expect(where('withdrawn')).toEqual([second.id]);
    expect(where('shortlisted')).toEqual([]);
  });
});

describe('the submittal profile', () => {
  it('summarises the candidate for the hiring manager, contact details left out unless included', async () => {
    const app = await freshApp();
    const { job, ada } = pipeline(app);
    app.call('candidates.update', { id: ada.id, screening: { whyLooking: 'Wants ownership of a platform' } });
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id });
    const profile = app.call('submissions.profile', { id });
    expect(profile.headline).toBe('Ada Lovelace for Senior Rust Engineer — currently Staff Engineer');
    expect(profile.sections.find((s) => s.heading === 'Skills')?.text).toBe('Rust, Go\nMatches the must-haves: Rust.');
    expect(profile.sections.find((s) => s.heading === 'Why they are interested')?.text).toBe('Wants ownership of a platform');
    expect(profile.text).not.toContain('ada@example.com');
    expect(app.call('submissions.profile', { id, includeContactDetails: true }).text).toContain('ada@example.com');
  });
});
