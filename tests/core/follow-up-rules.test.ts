import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../src/api/reminders';
import { closeDatabase } from '../../src/db/open';
import { freshApp, tempDir, type TestApp } from './helpers';

const DAY = 86_400_000;

/** A client with a hiring manager and HR, an open job, and a candidate. The clock starts Sunday 2026-11-22. */
function setUp(app: TestApp) {
  const client = app.call('clients.create', { name: 'Acme', guaranteeDays: 60 });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager' });
  const hr = app.call('contacts.create', { clientId: client.id, name: 'Hana HR', role: 'hr' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer', hiringManagerId: manager.id, hrContactId: hr.id });
  const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
  return { client, manager, hr, job, ada };
}

/** Every reminder a rule proposed, open or not, as Today and the record pages would see it. */
function proposed(app: TestApp, rule: string): Reminder[] {
  app.call('reminders.today', {});
  const ids = app.core.db.prepare('SELECT id FROM reminders WHERE rule = ? ORDER BY due_on, id').pluck().all(rule) as string[];
  return ids.map((id) => app.call('reminders.get', { id }));
}

describe('proposed follow-ups', () => {
  it('chases the client’s feedback after two business days, once, and closes itself when feedback is logged', async () => {
    const app = await freshApp();
    const { job, ada } = setUp(app);
    app.clock.set('2026-11-27T10:00:00.000Z'); // a Friday
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const chases = proposed(app, 'chase_feedback');
    expect(chases).toHaveLength(1);
    expect(chases[0]).toMatchObject({
      title: 'Chase Acme’s feedback on Ada Lovelace for Rust Engineer',
      notes: 'Ask Max Manager (hiring manager) or Hana HR (HR).',
      about: { kind: 'submission', id: submission.id },
      dueOn: '2026-12-01', // Friday + 2 business days = Tuesday
      state: 'open',
      rule: 'chase_feedback',
    });
    // Running the rules again, on any day, proposes nothing more.
    app.clock.advance(DAY);
    expect(proposed(app, 'chase_feedback')).toHaveLength(1);

    app.call('feedback.add', { submissionId: submission.id, sentiment: 'positive' });
    expect(proposed(app, 'chase_feedback').map((r) => r.state)).toEqual(['resolved']);
    expect(app.call('reminders.today', {}).upcoming.map((r) => r.rule)).not.toContain('chase_feedback');
  });

  it('each rule can be switched off (its open proposals close) and its days changed', async () => {
    const app = await freshApp();
    const { job, ada } = setUp(app);
    app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    expect(proposed(app, 'chase_feedback')[0]!.state).toBe('open');
    app.call('reminders.saveRules', { rules: [{ rule: 'chase_feedback', enabled: false, days: 2 }] });
    expect(proposed(app, 'chase_feedback')[0]!.state).toBe('resolved');
    const rules = app.call('reminders.saveRules', { rules: [{ rule: 'chase_feedback', enabled: true, days: 5 }] });
    expect(rules.find((r) => r.rule === 'chase_feedback')).toMatchObject({ enabled: true, days: 5, daysLabel: 'Working days without feedback' });
    expect(rules.find((r) => r.rule === 'chase_feedback')!.description).toContain('after 5 working days');
    // Back on: the same proposal opens again, rather than a second one appearing.
    expect(proposed(app, 'chase_feedback').map((r) => r.state)).toEqual(['open']);
  });

  it('the morning after an interview: debrief the candidate; a cancelled interview takes it away', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const { job, ada } = setUp(app);
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const interview = app.call('interviews.schedule', {
      submissionId: submission.id,
      startsAt: '2026-11-24T14:00:00+01:00',
      timeZone: 'Europe/Paris',
    });
    const [debrief] = proposed(app, 'interview_debrief');
    expect(debrief).toMatchObject({
      title: 'Debrief Ada Lovelace after the interview and ask Acme for feedback',
      dueOn: '2026-11-25',
      dueTime: '09:00',
      dueAt: '2026-11-25T08:00:00.000Z',
      kind: 'call',
    });
    app.call('interviews.update', { id: interview.id, cancelled: true });
    expect(proposed(app, 'interview_debrief').map((r) => r.state)).toEqual(['resolved']);
  });

  it('the meeting cadence agreed at intake is a repeating check-in that completing moves on', async () => {
    const app = await freshApp();
    const { job } = setUp(app);
    app.call('intake.save', { jobId: job.id, meetingCadence: { timesPerWeek: 2, days: ['thu', 'tue'] } });
    let [checkIn] = proposed(app, 'intake_check_in');
    expect(checkIn).toMatchObject({ title: 'Check in with Acme about Rust Engineer', dueOn: '2026-11-24', repeat: { every: 'weeks', days: ['tue', 'thu'] } });
    const { next } = app.call('reminders.complete', { id: checkIn!.id });
    expect(next).toMatchObject({ dueOn: '2026-11-26', rule: 'intake_check_in' });
    expect(proposed(app, 'intake_check_in').map((r) => [r.dueOn, r.state])).toEqual([
      ['2026-11-24', 'done'],
      ['2026-11-26', 'open'],
    ]);
    // The job is filled: the series stops.
    app.call('jobs.update', { id: job.id, status: 'filled' });
    [checkIn] = proposed(app, 'intake_check_in').filter((r) => r.dueOn === '2026-11-26');
    expect(checkIn!.state).toBe('resolved');
  });

  it('an offer without an answer after two days: follow up with the candidate until it moves on', async () => {
    const app = await freshApp();
    const { job, ada } = setUp(app);
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.move', { id: submission.id, stage: 'offer' });
    expect(proposed(app, 'offer_follow_up')).toMatchObject([{ dueOn: '2026-11-24', title: 'Follow up with Ada Lovelace on Acme’s offer for Rust Engineer' }]);
    app.call('submissions.move', { id: submission.id, stage: 'placed', placement: { startOn: '2027-01-04', salary: { amount: 90000, currency: 'EUR' } } });
    expect(proposed(app, 'offer_follow_up').map((r) => r.state)).toEqual(['resolved']);
  });

  it('a placement is checked in on its start date and at 30 and 60 days while the guarantee lasts, each shown as it nears', async () => {
    const app = await freshApp();
    const { job, ada } = setUp(app);
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.move', { id: submission.id, stage: 'placed', placement: { startOn: '2026-11-25', salary: { amount: 90000, currency: 'EUR' } } });
    expect(proposed(app, 'placement_check_in').map((r) => [r.dueOn, r.title])).toEqual([['2026-11-25', 'Check in with Ada Lovelace at Acme: first day']]);
    app.clock.set('2027-01-20T09:00:00.000Z');
    // The guarantee (60 days) ends on 2027-01-24: the 60-day call is due that day, and no 90-day call follows.
    expect(proposed(app, 'placement_check_in').map((r) => r.dueOn)).toEqual(['2026-11-25', '2026-12-25', '2027-01-24']);
    app.clock.set('2027-03-01T09:00:00.000Z');
    expect(proposed(app, 'placement_check_in')).toHaveLength(3);
  });

  it('warns when an open job is short of the submissions agreed at intake as the date nears, until the target is met', async () => {
    const app = await freshApp();
    const { job, ada } = setUp(app);
    app.call('intake.save', { jobId: job.id, submissionTarget: { count: 2, byDate: '2026-12-10' } });
    expect(proposed(app, 'submission_target')).toEqual([]);
    app.clock.set('2026-12-01T09:00:00.000Z');
    const [alert] = proposed(app, 'submission_target');
    expect(alert).toMatchObject({ dueOn: '2026-12-07', notes: '0 submitted so far.', about: { kind: 'job', id: job.id } });
    app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const grace = app.call('candidates.create', { name: 'Grace Hopper' });
    // Shortlisted is not yet in front of the client.
    const shortlisted = app.call('submissions.create', { candidateId: grace.id, jobId: job.id });
    expect(proposed(app, 'submission_target')[0]!.state).toBe('open');
    app.call('submissions.move', { id: shortlisted.id, stage: 'submitted' });
    expect(proposed(app, 'submission_target')[0]!.state).toBe('resolved');
  });

  it('nudges about a contact at a client with open jobs not reached for 14 days; reaching them resets the wait', async () => {
    const app = await freshApp();
    const { manager } = setUp(app);
    const quiet = app.call('clients.create', { name: 'Quiet Ltd' });
    app.call('contacts.create', { clientId: quiet.id, name: 'Nobody Needed', role: 'hr' });
    app.clock.set('2026-12-03T09:00:00.000Z');
    const nudges = proposed(app, 'contact_nudge');
    expect(nudges.map((r) => r.about?.name).sort()).toEqual(['Hana HR', 'Max Manager']);
    // Fourteen days on is a Sunday: the nudge waits for Monday, the recruiter's next working day.
    expect(nudges.every((r) => r.dueOn === '2026-12-07')).toBe(true);
    const maxNudge = nudges.find((r) => r.about?.id === manager.id)!;
    const openFor = (id: string) => proposed(app, 'contact_nudge').filter((r) => r.about?.id === id && r.state === 'open');
    // The call is made: nothing new for Max until fourteen days after it.
    app.call('reminders.complete', { id: maxNudge.id });
    expect(openFor(manager.id)).toEqual([]);
    // Undone (a misclick): the call did not happen, and the nudge is back.
    app.call('reminders.reopen', { id: maxNudge.id });
    expect(openFor(manager.id).map((r) => r.id)).toEqual([maxNudge.id]);
    app.call('reminders.complete', { id: maxNudge.id });
    app.clock.set('2026-12-12T09:00:00.000Z');
    expect(openFor(manager.id).map((r) => r.dueOn)).toEqual(['2026-12-17']);
  });

  it('long-past follow-ups are not raised from old history', async () => {
    const app = await freshApp();
    const { job, ada } = setUp(app);
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('interviews.schedule', { submissionId: submission.id, startsAt: '2026-11-23T10:00:00Z', timeZone: 'UTC' });
    app.clock.set('2027-03-01T09:00:00.000Z');
    expect(proposed(app, 'interview_debrief')).toEqual([]);
    expect(proposed(app, 'chase_feedback')).toEqual([]);
  });

  it('the same proposal made on two laptops has the same id, so a merge finds one follow-up, not two', async () => {
    const dir = tempDir();
    const one = await freshApp(path.join(dir, 'one.db'));
    const { job } = setUp(one);
    one.call('intake.save', { jobId: job.id, meetingCadence: { timesPerWeek: 1, days: [] } });
    closeDatabase(one.core);
    fs.copyFileSync(path.join(dir, 'one.db'), path.join(dir, 'two.db'));
    const [a, b] = [await freshApp(path.join(dir, 'one.db')), await freshApp(path.join(dir, 'two.db'))];
    expect(proposed(a, 'intake_check_in').map((r) => r.id)).toEqual(proposed(b, 'intake_check_in').map((r) => r.id));
    expect(proposed(a, 'intake_check_in')).toHaveLength(1);
  });
});
