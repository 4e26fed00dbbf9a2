import { describe, expect, it } from 'vitest';
import { firstWorkingDayFrom, nextWorkingDay, plusWorkingDays, weekdayOf } from '../../src/api/workingDays';
import { freshApp } from './helpers';

/** A week that is not Monday to Friday: Sunday to Thursday, as in much of the Middle East. */
const sundayToThursday = { days: ['sun', 'mon', 'tue', 'wed', 'thu'] as const };

describe('working days', () => {
  it('are the days the recruiter set, not Monday to Friday', () => {
    expect(weekdayOf('2026-12-04')).toBe('fri');
    expect(nextWorkingDay('2026-12-03', sundayToThursday)).toBe('2026-12-06'); // Thursday → Sunday
    expect(firstWorkingDayFrom('2026-12-05', sundayToThursday)).toBe('2026-12-06'); // Saturday → Sunday
    expect(firstWorkingDayFrom('2026-12-07', sundayToThursday)).toBe('2026-12-07');
    expect(plusWorkingDays('2026-12-03', 2, sundayToThursday)).toBe('2026-12-07'); // Thursday + 2 = Monday
    expect(plusWorkingDays('2026-12-31', 1, { days: ['mon', 'tue', 'wed', 'thu', 'fri'] })).toBe('2027-01-01');
  });

  it('count when chasing a client’s feedback, as set in Settings', async () => {
    const app = await freshApp();
    app.call('workingTime.save', { days: [...sundayToThursday.days], startsAt: '08:00', endsAt: '16:00' });
    const client = app.call('clients.create', { name: 'Gulf Freight' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Dispatcher' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    app.clock.set('2026-12-03T10:00:00.000Z'); // a Thursday
    app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('reminders.today', {});
    const due = app.core.db.prepare("SELECT due_on FROM reminders WHERE rule = 'chase_feedback'").pluck().all();
    // Friday and Saturday are the weekend here: two working days after Thursday is Monday, not Tuesday.
    expect(due).toEqual(['2026-12-07']);
  });

  it('are where “tomorrow morning” lands when snoozing on the last working day of the week', async () => {
    const app = await freshApp();
    app.call('workingTime.save', { days: [...sundayToThursday.days], startsAt: '08:00', endsAt: '16:00' });
    app.clock.set('2026-12-03T10:00:00.000Z'); // a Thursday
    const reminder = app.call('reminders.create', { title: 'Call Ada', dueOn: '2026-12-03', dueTime: '11:00', timeZone: 'UTC' });
    const snoozed = app.call('reminders.snooze', { id: reminder.id, until: 'tomorrow_morning' });
    expect(snoozed.snoozedUntil).toBe('2026-12-06T08:00:00.000Z');
  });
});
