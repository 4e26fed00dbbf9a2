import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

describe('repeating follow-ups roll forward', () => {
  it('a missed weekly check-in shows its latest occurrence with the missed ones counted, not "33 days late"', async () => {
    const app = await freshApp(); // Sunday 2026-11-22
    const weekly = app.call('reminders.create', { title: 'Check in with Acme', dueOn: '2026-11-23', repeat: { every: 'weeks', days: ['mon'] } });
    app.clock.set('2026-12-26T09:00:00.000Z'); // a Saturday, five Mondays on
    const today = app.call('reminders.today', {});
    expect(today.overdue.map((r) => [r.id, r.dueOn, r.missed])).toEqual([[weekly.id, '2026-12-21', 4]]);
    expect(today.counts.overdue).toBe(1);
    // Done, it moves on to the next Monday, and the count starts again.
    const { next } = app.call('reminders.complete', { id: weekly.id });
    expect(next).toMatchObject({ dueOn: '2026-12-28', missed: 0 });
  });

  it('yesterday’s stays late until the next one comes; a snoozed one is left where the recruiter put it', async () => {
    const app = await freshApp();
    const twice = app.call('reminders.create', { title: 'Pipeline review', dueOn: '2026-11-24', repeat: { every: 'weeks', days: ['tue', 'thu'] } });
    const daily = app.call('reminders.create', { title: 'Check the inbox', dueOn: '2026-11-23', repeat: { every: 'days', interval: 1 } });
    app.clock.set('2026-11-25T09:00:00.000Z'); // Wednesday
    app.call('reminders.snooze', { id: daily.id, until: { on: '2026-11-27', time: null } });
    const today = app.call('reminders.today', {});
    expect(today.overdue.map((r) => [r.title, r.dueOn, r.missed])).toEqual([['Pipeline review', '2026-11-24', 0]]);
    app.clock.set('2026-11-26T09:00:00.000Z'); // Thursday
    expect(app.call('reminders.get', { id: twice.id })).toMatchObject({ dueOn: '2026-11-24' });
    app.call('reminders.today', {});
    expect(app.call('reminders.get', { id: twice.id })).toMatchObject({ dueOn: '2026-11-26', missed: 1, state: 'open' });
    expect(app.call('reminders.get', { id: daily.id })).toMatchObject({ dueOn: '2026-11-23', missed: 0, state: 'snoozed' });
  });
});

describe('closing or snoozing many follow-ups at once', () => {
  it('marks many done or snoozes them in one change, and Undo puts each back as it was', async () => {
    const app = await freshApp();
    const ids = [1, 2, 3].map((i) => app.call('reminders.create', { title: `Old chase ${i}`, dueOn: `2026-10-0${i}`, confirmPast: true }).id);
    const later = app.call('reminders.create', { title: 'Not yet', dueOn: '2026-12-10' });
    app.call('reminders.snooze', { id: ids[0]!, until: 'later_today' });
    const snoozedBefore = app.call('reminders.get', { id: ids[0]! }).snoozedUntil;

    const snoozed = app.call('reminders.snoozeMany', { ids: [...ids, later.id], until: 'tomorrow_morning' });
    // The one due in December would be brought forward: it is left alone.
    expect(snoozed).toMatchObject({ message: 'Snoozed 3 follow-ups.', changed: 3, skipped: 1 });
    expect(app.call('reminders.get', { id: later.id }).snoozedUntil).toBeNull();
    app.call('reminders.restoreMany', { before: snoozed.before });
    expect(app.call('reminders.get', { id: ids[0]! }).snoozedUntil).toBe(snoozedBefore);
    expect(app.call('reminders.get', { id: ids[1]! }).snoozedUntil).toBeNull();

    const closed = app.call('reminders.closeMany', { ids, as: 'done' });
    expect(closed).toMatchObject({ message: 'Marked 3 follow-ups done.', changed: 3 });
    expect(app.call('reminders.today', {}).counts).toMatchObject({ older: 0, overdue: 0 });
    // Closing them again skips them.
    expect(app.call('reminders.closeMany', { ids, as: 'dismissed' })).toMatchObject({ changed: 0, skipped: 3 });
    app.call('reminders.restoreMany', { before: closed.before });
    // Back as they were: two late by more than a week, and the first still snoozed until later today.
    expect(app.call('reminders.today', {}).counts).toMatchObject({ older: 2, overdue: 0, today: 1 });
    expect(failure(() => app.call('reminders.closeMany', { ids: [], as: 'done' })).field).toBe('ids');
  });
});
