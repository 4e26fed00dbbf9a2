import { describe, expect, it } from 'vitest';
import { failure, freshApp, type TestApp } from './helpers';

/** A day as the system's locale writes it: the brief follows the recruiter's system, like the rest of the app. */
const shortDay = (day: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

function jobWithContacts(app: TestApp) {
  const client = app.call('clients.create', { name: 'Acme' });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager', jobTitle: 'VP Eng' });
  const hr = app.call('contacts.create', { clientId: client.id, name: 'Hana HR', role: 'hr' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Senior Rust Engineer', location: 'Berlin', remotePolicy: 'hybrid' });
  return { client, manager, hr, job };
}

const fullIntake = (jobId: string, managerId: string, hrId: string) => ({
  jobId,
  heldOn: '2026-11-20',
  attendeeIds: [managerId, hrId],
  mustHave: ['Rust', 'Postgres', ' rust ', ''],
  niceToHave: ['Kafka'],
  hiringManagerWants: 'Owns services end to end',
  hrWants: 'Calm under on-call pressure',
  idealCandidateWords: ['pragmatic', 'owner'],
  submissionTarget: { count: 5, byDate: '2026-12-05' },
  meetingCadence: { timesPerWeek: 2, days: ['tue' as const, 'thu' as const] },
  interviewStages: [
    { name: 'Phone screen', interviewerIds: [hrId] },
    { name: 'Technical', interviewerIds: [managerId], interviewersNote: 'two senior engineers' },
  ],
  compensation: '€80–95k, 30 days holiday',
  sellingPoints: 'Greenfield platform',
  dealBreakers: 'No relocation support',
  urgency: 'high' as const,
  targetDaysToHire: 45,
});

describe('intake', () => {
  it('a job without an intake says so in its completeness', async () => {
    const app = await freshApp();
    const { job } = jobWithContacts(app);
    const detail = app.call('jobs.get', { id: job.id });
    expect(detail.intake).toBeNull();
    expect(detail.completeness).toEqual({
      done: 0,
      total: 12,
      missing: [{ section: 'intake', label: 'No intake meeting recorded yet' }],
    });
  });

  it('records the intake meeting with its attendees and every section', async () => {
    const app = await freshApp();
    const { job, manager, hr } = jobWithContacts(app);
    const intake = app.call('intake.save', fullIntake(job.id, manager.id, hr.id));
    expect(intake).toMatchObject({
      revision: 1,
      heldOn: '2026-11-20',
      attendees: [
        { name: 'Max Manager', role: 'hiring_manager' },
        { name: 'Hana HR', role: 'hr' },
      ],
      mustHave: ['Rust', 'Postgres'],
      interviewStages: [
        { name: 'Phone screen', interviewerIds: [hr.id], interviewersNote: null },
        { name: 'Technical', interviewerIds: [manager.id], interviewersNote: 'two senior engineers' },
      ],
      changed: [],
    });
    expect(app.call('jobs.get', { id: job.id }).completeness).toEqual({ done: 12, total: 12, missing: [] });
  });

  it('names what is still missing', async () => {
    const app = await freshApp();
    const { job } = jobWithContacts(app);
    app.call('intake.save', { jobId: job.id, mustHave: ['Rust'], compensation: '€90k' });
    const { completeness } = app.call('jobs.get', { id: job.id });
    expect(completeness.done).toBe(2);
    expect(completeness.missing.map((m) => m.label)).toContain('No submission target');
    expect(completeness.missing.map((m) => m.label)).toContain('No interview process');
    expect(completeness.missing.map((m) => m.section)).not.toContain('mustHave');
  });

  it('re-opening intake keeps the earlier version readable, with what changed', async () => {
    const app = await freshApp();
    const { job, manager, hr } = jobWithContacts(app);
    const first = fullIntake(job.id, manager.id, hr.id);
    app.call('intake.save', first);
    app.clock.advance(7 * 86_400_000);
    const revised = app.call('intake.save', {
      ...first,
      heldOn: '2026-11-27',
      mustHave: ['Rust', 'Postgres', 'Kubernetes'],
      submissionTarget: { count: 3, byDate: null },
      reason: 'Client moved the platform to Kubernetes',
    });
    expect(revised).toMatchObject({ revision: 2, changed: ['heldOn', 'mustHave', 'submissionTarget'] });
    const history = app.call('intake.history', { jobId: job.id });
    expect(history.map((r) => r.revision)).toEqual([2, 1]);
    expect(history[1]).toMatchObject({ mustHave: ['Rust', 'Postgres'], submissionTarget: { count: 5 }, heldOn: '2026-11-20' });
    expect(history[0]!.reason).toBe('Client moved the platform to Kubernetes');
    expect(app.call('jobs.get', { id: job.id }).intake?.revision).toBe(2);
  });

  it('meeting days are kept once each, in week order', async () => {
    const app = await freshApp();
    const { job } = jobWithContacts(app);
    const intake = app.call('intake.save', { jobId: job.id, meetingCadence: { timesPerWeek: 2, days: ['thu', 'tue', 'thu'] } });
    expect(intake.meetingCadence).toEqual({ timesPerWeek: 2, days: ['tue', 'thu'] });
  });

  it('saving the same intake again adds no revision', async () => {
    const app = await freshApp();
    const { job, manager, hr } = jobWithContacts(app);
    app.call('intake.save', fullIntake(job.id, manager.id, hr.id));
    app.call('intake.save', fullIntake(job.id, manager.id, hr.id));
    expect(app.call('intake.history', { jobId: job.id })).toHaveLength(1);
  });

  it('an attendee who left the client does not block revising the intake', async () => {
    const app = await freshApp();
    const { job, manager, hr } = jobWithContacts(app);
    const first = fullIntake(job.id, manager.id, hr.id);
    app.call('intake.save', first);
    app.call('contacts.delete', { id: hr.id });
    const revised = app.call('intake.save', { ...first, compensation: '€85–100k' });
    expect(revised).toMatchObject({ revision: 2, changed: ['compensation'] });
    expect(revised.attendees.map((a) => a.name)).toEqual(['Max Manager', 'Hana HR']);
  });

  it('attendees and interviewers must be the client’s contacts', async () => {
    const app = await freshApp();
    const { job, manager } = jobWithContacts(app);
    const other = app.call('clients.create', { name: 'Globex' });
    const stranger = app.call('contacts.create', { clientId: other.id, name: 'Stranger' });
    expect(failure(() => app.call('intake.save', { jobId: job.id, attendeeIds: [manager.id, stranger.id] })).field).toBe(
      'attendeeIds.1',
    );
    expect(
      failure(() =>
        app.call('intake.save', { jobId: job.id, interviewStages: [{ name: 'Final', interviewerIds: [stranger.id] }] }),
      ).field,
    ).toBe('interviewStages.0.interviewerIds.0');
    expect(failure(() => app.call('intake.save', { jobId: job.id, interviewStages: [{ name: ' ' }] })).field).toBe(
      'interviewStages.0.name',
    );
    expect(failure(() => app.call('intake.save', { jobId: job.id, meetingCadence: { timesPerWeek: 9 } })).field).toBe(
      'meetingCadence.timesPerWeek',
    );
    expect(app.call('intake.history', { jobId: job.id })).toEqual([]);
  });

  it('the brief renders the agreed intake as a one-page document and as text', async () => {
    const app = await freshApp();
    const { job, manager, hr } = jobWithContacts(app);
    app.call('jobs.update', { id: job.id, salary: { min: 80000, max: 95000, currency: 'EUR' }, targetFillOn: '2027-01-31', priority: 'urgent' });
    app.call('intake.save', fullIntake(job.id, manager.id, hr.id));
    const brief = app.call('jobs.brief', { id: job.id });
    expect(brief.title).toBe('Senior Rust Engineer — Acme');
    expect(brief.subtitle).toBe(`Job brief · intake of ${shortDay('2026-11-20')}`);
    const section = (heading: string) => brief.sections.find((s) => s.heading === heading)?.lines;
    expect(section('The role')).toEqual(['1 opening', 'Permanent', 'Berlin, Hybrid', 'Salary €80,000 – €95,000', `Target fill date: ${shortDay('2027-01-31')}`]);
    expect(section('Must-have skills')).toEqual(['Rust', 'Postgres']);
    expect(section('Interview process')).toEqual([
      '1. Phone screen — with Hana HR',
      '2. Technical — with Max Manager, two senior engineers',
    ]);
    expect(section('How we will work together')).toEqual([
      `We submit 5 candidates by ${shortDay('2026-12-05')}.`,
      'We meet 2 times a week (Tue, Thu).',
      // The job's priority, not the urgency this intake recorded: they are one thing, set with the job.
      'Priority: Urgent.',
      'Target time to hire: 45 days.',
    ]);
    expect(brief.text).toContain('MUST-HAVE SKILLS\n• Rust\n• Postgres');
    expect(brief.text).not.toMatch(/fee|20%/i);
  });

  it('does not ask urgency: it is the job’s priority; an urgency recorded before is kept, not counted', async () => {
    const app = await freshApp();
    const { job } = jobWithContacts(app);
    const saved = app.call('intake.save', { jobId: job.id, mustHave: ['Rust'], urgency: 'critical' });
    expect(saved.urgency).toBe('critical');
    const { completeness } = app.call('jobs.get', { id: job.id });
    expect(completeness).toMatchObject({ done: 1, total: 12 });
    expect(completeness.missing.map((m) => m.section)).not.toContain('urgency');
  });

  it('a brief without intake still describes the role', async () => {
    const app = await freshApp();
    const { job } = jobWithContacts(app);
    const brief = app.call('jobs.brief', { id: job.id });
    expect(brief.subtitle).toBe('Job brief · no intake recorded yet');
    expect(brief.sections.map((s) => s.heading)).toEqual(['The role']);
  });
});
