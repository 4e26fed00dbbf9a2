import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

/** The clock stands on Saturday 2026-12-05, 10:00 UTC. */
async function saturday() {
  const app = await freshApp();
  app.clock.set('2026-12-05T10:00:00.000Z');
  return app;
}

describe('snoozing a follow-up', () => {
  it('never moves a due date earlier: "tomorrow morning" on Saturday for one due next Tuesday is refused, and nothing is written', async () => {
    const app = await saturday();
    const tuesday = app.call('reminders.create', { title: 'Call Dana', dueOn: '2026-12-08' });
    const refused = failure(() => app.call('reminders.snooze', { id: tuesday.id, until: 'tomorrow_morning' }));
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'until' });
    expect(refused.message).toBe('This follow-up is already due Tue 8 Dec, 09:00: snoozing it until Mon 7 Dec, 09:00 would bring it forward.');
    expect(app.call('reminders.get', { id: tuesday.id })).toMatchObject({ dueOn: '2026-12-08', snoozedUntil: null, state: 'open' });
    // A chosen day before it is due is refused the same way; one after it is fine.
    expect(failure(() => app.call('reminders.snooze', { id: tuesday.id, until: { on: '2026-12-07' } })).field).toBe('until');
    expect(app.call('reminders.snooze', { id: tuesday.id, until: { on: '2026-12-09' } }).dueAt).toBe('2026-12-09T09:00:00.000Z');
  });

  it('the presets skip the recruiter’s non-working days and start at their working hour', async () => {
    const app = await saturday();
    const late = app.call('reminders.create', { title: 'Chase Acme', dueOn: '2026-12-01', confirmPast: true });
    const choices = app.call('reminders.snoozeChoices', { id: late.id });
    expect(choices).toEqual([
      { preset: 'later_today', until: '2026-12-05T13:00:00.000Z', refused: null },
      // Saturday: tomorrow is Sunday, not a working day; the next working morning is Monday's.
      { preset: 'tomorrow_morning', until: '2026-12-07T09:00:00.000Z', refused: null },
      { preset: 'next_week', until: '2026-12-07T09:00:00.000Z', refused: null },
    ]);
    // A recruiter who works Tuesday to Saturday from 08:30.
    app.call('workingTime.save', { days: ['sat', 'tue', 'wed', 'thu', 'fri'], startsAt: '08:30', endsAt: '17:00' });
    expect(app.call('workingTime.get', {})).toEqual({ days: ['tue', 'wed', 'thu', 'fri', 'sat'], startsAt: '08:30', endsAt: '17:00' });
    expect(app.call('reminders.snooze', { id: late.id, until: 'tomorrow_morning' }).snoozedUntil).toBe('2026-12-08T08:30:00.000Z');
    const other = app.call('reminders.create', { title: 'Send the brief', dueOn: '2026-12-02', confirmPast: true });
    expect(app.call('reminders.snooze', { id: other.id, until: 'next_week' }).snoozedUntil).toBe('2026-12-08T08:30:00.000Z');
  });

  it('a working week without days, or one that ends before it starts, is refused', async () => {
    const app = await saturday();
    expect(failure(() => app.call('workingTime.save', { days: [], startsAt: '09:00', endsAt: '17:00' })).field).toBe('days');
    expect(failure(() => app.call('workingTime.save', { days: ['mon'], startsAt: '18:00', endsAt: '09:00' })).field).toBe('endsAt');
    expect(app.call('workingTime.get', {}).days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
  });

  it('the menu is told which presets would bring a follow-up forward', async () => {
    const app = await saturday();
    const tuesday = app.call('reminders.create', { title: 'Call Dana', dueOn: '2026-12-08' });
    const choices = app.call('reminders.snoozeChoices', { id: tuesday.id });
    expect(choices.map((c) => [c.preset, c.refused !== null])).toEqual([
      ['later_today', true],
      ['tomorrow_morning', true],
      ['next_week', true],
    ]);
  });

  it('undoing a snooze puts back what it had before: no snooze, or the earlier one', async () => {
    const app = await saturday();
    const late = app.call('reminders.create', { title: 'Chase Acme', dueOn: '2026-12-01', confirmPast: true });
    const first = app.call('reminders.snooze', { id: late.id, until: 'later_today' });
    const second = app.call('reminders.snooze', { id: late.id, until: 'next_week' });
    expect(second.snoozedUntil).toBe('2026-12-07T09:00:00.000Z');
    expect(app.call('reminders.unsnooze', { id: late.id, snoozedUntil: first.snoozedUntil }).snoozedUntil).toBe(first.snoozedUntil);
    const back = app.call('reminders.unsnooze', { id: late.id, snoozedUntil: null });
    expect(back).toMatchObject({ snoozedUntil: null, state: 'open', dueAt: '2026-12-01T09:00:00.000Z' });
    expect(app.call('reminders.today', {}).overdue.map((r) => r.id)).toEqual([late.id]);
  });

  it('a proposed follow-up due on a day the recruiter does not work moves on to their next working day', async () => {
    const app = await freshApp(); // Sunday 2026-11-22
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    // A Friday interview: "the morning after" is a Saturday.
    app.call('interviews.schedule', { submissionId: submission.id, startsAt: '2026-11-27T10:00:00Z', timeZone: 'UTC' });
    const debrief = () => app.core.db.prepare("SELECT due_on FROM reminders WHERE rule = 'interview_debrief'").pluck().get();
    app.call('reminders.today', {});
    expect(debrief()).toBe('2026-11-30');
  });
});
