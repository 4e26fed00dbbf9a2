import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../src/db/open';
import { failure, freshApp, tempDir, TestClock } from './helpers';

const HOUR = 3_600_000;


// The test clock starts on Sunday 2026-11-22 at 09:00 UTC: 10:00 for a recruiter in Paris.
const paris = { timeZone: 'Europe/Paris' };

describe('reminders', () => {
  it('a due time is the recruiter’s wall clock in their zone, stored as one unambiguous instant', async () => {
    const app = await freshApp(undefined, paris);
    const call = app.call('reminders.create', { title: 'Call Ada', kind: 'call', dueOn: '2026-11-24', dueTime: '14:30' });
    expect(call).toMatchObject({ dueOn: '2026-11-24', dueTime: '14:30', timeZone: 'Europe/Paris', dueAt: '2026-11-24T13:30:00.000Z' });
    // Summer time: the same wall clock is an hour earlier in UTC.
    const june = app.call('reminders.create', { title: 'Review', dueOn: '2027-06-01', dueTime: '14:30' });
    expect(june.dueAt).toBe('2027-06-01T12:30:00.000Z');
    // Scheduled for a colleague in New York: their 9:00 is 15:00 in Paris.
    const ny = app.call('reminders.create', { title: 'Check in', dueOn: '2026-11-24', dueTime: '09:00', timeZone: 'America/New_York' });
    expect(ny.dueAt).toBe('2026-11-24T14:00:00.000Z');
    // No time: due at 9:00 that day.
    expect(app.call('reminders.create', { title: 'Any time', dueOn: '2026-11-24' }).dueAt).toBe('2026-11-24T08:00:00.000Z');
  });

  it('bad input is refused with the field named, and nothing is written', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('reminders.create', { title: ' ', dueOn: '2026-11-24' }))).toMatchObject({ field: 'title', message: 'Say what to do' });
    expect(failure(() => app.call('reminders.create', { title: 'x', dueOn: '2026-11-24', dueTime: '25:00' })).field).toBe('dueTime');
    expect(failure(() => app.call('reminders.create', { title: 'x', dueOn: '24/11/2026' })).field).toBe('dueOn');
    expect(failure(() => app.call('reminders.create', { title: 'x', dueOn: '2026-11-24', timeZone: 'Mars/Base' })).message).toBe('Not a known time zone');
    expect(
      failure(() => app.call('reminders.create', { title: 'x', dueOn: '2026-11-24', repeat: { every: 'weeks', days: [] } })).message,
    ).toBe('Choose at least one day of the week');
    const ghost = '0193f5a0-0000-7000-8000-000000000000';
    expect(failure(() => app.call('reminders.create', { title: 'x', dueOn: '2026-11-24', about: { kind: 'candidate', id: ghost } })).field).toBe('about');
    expect(app.core.db.prepare('SELECT count(*) FROM reminders').pluck().get()).toBe(0);
  });

  it('a reminder due in the past is saved only when the recruiter confirms it', async () => {
    const app = await freshApp(); // Sunday 2026-11-22, 09:00 UTC
    const refused = failure(() => app.call('reminders.create', { title: 'Call Ada', dueOn: '2025-11-23' }));
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'confirmPast' });
    expect(refused.message).toContain('in the past');
    // Earlier today at a time already gone is past too; today with no time is not.
    expect(failure(() => app.call('reminders.create', { title: 'Call Ada', dueOn: '2026-11-22', dueTime: '08:00' })).field).toBe('confirmPast');
    expect(app.core.db.prepare('SELECT count(*) FROM reminders').pluck().get()).toBe(0);
    const today = app.call('reminders.create', { title: 'Call Ada', dueOn: '2026-11-22' });
    expect(app.call('reminders.create', { title: 'Log the call', dueOn: '2026-11-20', confirmPast: true }).dueOn).toBe('2026-11-20');
    // Moving a due date into the past asks the same; editing anything else of a late one does not.
    expect(failure(() => app.call('reminders.update', { id: today.id, dueOn: '2026-11-01' })).field).toBe('confirmPast');
    app.clock.set('2026-11-25T09:00:00.000Z');
    expect(app.call('reminders.update', { id: today.id, title: 'Call Ada back', dueOn: '2026-11-22' }).title).toBe('Call Ada back');
  });

  it('Today folds what is late by more than a week apart, and lists the late of a week whatever the backlog', async () => {
    const app = await freshApp(); // Sunday 2026-11-22
    const insert = app.core.db.transaction(() => {
      for (let i = 0; i < 150; i++) app.call('reminders.create', { title: `Backlog ${i}`, confirmPast: true, dueOn: '2026-10-01' });
    });
    insert();
    app.call('reminders.create', { title: 'Eight days late', confirmPast: true, dueOn: '2026-11-14' });
    app.call('reminders.create', { title: 'Friday', confirmPast: true, dueOn: '2026-11-20' });
    app.call('reminders.create', { title: 'A week late', confirmPast: true, dueOn: '2026-11-15' });
    const today = app.call('reminders.today', {});
    // Behind a backlog of 150, the recently late are still there, in due order.
    expect(today.overdue.map((r) => r.title)).toEqual(['A week late', 'Friday']);
    expect(today.counts).toEqual({ older: 151, overdue: 2, today: 0, upcoming: 0 });
    expect(today.older).toHaveLength(100);
    expect(today.older[0]!.title).toBe('Backlog 0');
    expect(today.dueCount).toBe(153);
  });

  it('Today groups overdue, today and the coming week, counts what is due, and snoozing moves one out of the way', async () => {
    const app = await freshApp(undefined, paris);
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    app.call('reminders.create', { title: 'Late', confirmPast: true, dueOn: '2026-11-20', about: { kind: 'candidate', id: ada.id } });
    const now = app.call('reminders.create', { title: 'This afternoon', dueOn: '2026-11-22', dueTime: '15:00' });
    app.call('reminders.create', { title: 'Thursday', dueOn: '2026-11-26' });
    app.call('reminders.create', { title: 'Next month', dueOn: '2026-12-20' });
    let today = app.call('reminders.today', {});
    expect(today.day).toBe('2026-11-22');
    expect(today.overdue.map((r) => r.title)).toEqual(['Late']);
    expect(today.overdue[0]!.about).toEqual({ kind: 'candidate', id: ada.id, name: 'Ada Lovelace' });
    expect(today.today.map((r) => r.title)).toEqual(['This afternoon']);
    expect(today.upcoming.map((r) => r.title)).toEqual(['Thursday']);
    expect(today.counts).toEqual({ older: 0, overdue: 1, today: 1, upcoming: 1 });
    expect(today.dueCount).toBe(2);

    const snoozed = app.call('reminders.snooze', { id: now.id, until: 'tomorrow_morning' });
    expect(snoozed).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-11-23T08:00:00.000Z', dueAt: '2026-11-23T08:00:00.000Z' });
    today = app.call('reminders.today', {});
    expect(today.today).toEqual([]);
    expect(today.upcoming.map((r) => r.title)).toEqual(['This afternoon', 'Thursday']);
    expect(app.call('reminders.count', {}).due).toBe(1);

    // Later today is three hours on, at the next quarter hour (13:00), before it is due at 15:00: it
    // would bring it forward, so it is refused. Next week is Monday at 9:00.
    expect(failure(() => app.call('reminders.snooze', { id: now.id, until: 'later_today' })).message).toContain('would bring it forward');
    expect(app.call('reminders.snooze', { id: now.id, until: 'next_week' }).snoozedUntil).toBe('2026-11-23T08:00:00.000Z');
    expect(app.call('reminders.snooze', { id: now.id, until: { on: '2026-11-25', time: '11:00' } }).snoozedUntil).toBe('2026-11-25T10:00:00.000Z');
    expect(failure(() => app.call('reminders.snooze', { id: now.id, until: { on: '2026-11-01', time: null } })).field).toBe('until');
    // Late in the evening, "later today" would be tomorrow: it says so rather than pretend.
    app.clock.set('2026-11-22T21:30:00.000Z'); // 22:30 in Paris
    expect(failure(() => app.call('reminders.snooze', { id: now.id, until: 'later_today' })).message).toContain('too late today');
    app.clock.set('2026-11-22T10:00:00.000Z');

    // When the snooze ends it is due again, on the day it was snoozed to.
    app.clock.set('2026-11-25T10:30:00.000Z');
    today = app.call('reminders.today', {});
    expect(today.today.map((r) => [r.title, r.state])).toEqual([['This afternoon', 'open']]);
    expect(today.dueCount).toBe(2);
  });

  it('completing records when; dismissing and undoing work; a closed reminder leaves Today', async () => {
    const app = await freshApp();
    const r = app.call('reminders.create', { title: 'Send contract', dueOn: '2026-11-22' });
    app.clock.advance(HOUR);
    const { done, next } = app.call('reminders.complete', { id: r.id });
    expect(done).toMatchObject({ state: 'done', doneAt: '2026-11-22T10:00:00.000Z' });
    expect(next).toBeNull();
    expect(failure(() => app.call('reminders.complete', { id: r.id })).message).toBe('This reminder is already closed.');
    expect(app.call('reminders.today', {}).today).toEqual([]);
    expect(app.call('reminders.reopen', { id: r.id })).toMatchObject({ state: 'open', doneAt: null });
    expect(app.call('reminders.dismiss', { id: r.id }).state).toBe('dismissed');
    expect(app.call('reminders.count', {}).due).toBe(0);
  });

  it('a repeating reminder schedules its next occurrence when completed, skipping the ones missed', async () => {
    const app = await freshApp();
    const weekly = app.call('reminders.create', {
      title: 'Pipeline review',
      dueOn: '2026-11-23',
      dueTime: '08:30',
      repeat: { every: 'weeks', days: ['thu', 'mon'] },
    });
    expect(weekly.repeat).toEqual({ every: 'weeks', days: ['mon', 'thu'] });
    const { next } = app.call('reminders.complete', { id: weekly.id });
    expect(next).toMatchObject({ dueOn: '2026-11-26', dueTime: '08:30', state: 'open', repeat: weekly.repeat });

    const everyThree = app.call('reminders.create', { title: 'Post the job', confirmPast: true, dueOn: '2026-11-01', repeat: { every: 'days', interval: 3 } });
    // Three weeks late: the next one is the first on or after today, not a backlog.
    expect(app.call('reminders.complete', { id: everyThree.id }).next!.dueOn).toBe('2026-11-22');

    const monthly = app.call('reminders.create', { title: 'Invoice', dueOn: '2026-11-30', repeat: { every: 'months' } });
    expect(app.call('reminders.complete', { id: monthly.id }).next!.dueOn).toBe('2026-12-30');
  });

  it('a monthly reminder keeps to its day of the month, through the short months', async () => {
    const app = await freshApp();
    app.clock.set('2027-01-30T09:00:00.000Z');
    let reminder = app.call('reminders.create', { title: 'Month-end report', dueOn: '2027-01-31', repeat: { every: 'months' } });
    const days: string[] = [];
    for (let i = 0; i < 3; i++) {
      reminder = app.call('reminders.complete', { id: reminder.id }).next!;
      days.push(reminder.dueOn);
    }
    expect(days).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('undoing a repeating reminder’s completion takes back its next occurrence, and completing again brings it back once', async () => {
    const app = await freshApp();
    const weekly = app.call('reminders.create', { title: 'Pipeline review', dueOn: '2026-11-23', repeat: { every: 'weeks', days: ['mon'] } });
    const first = app.call('reminders.complete', { id: weekly.id }).next!;
    app.call('reminders.reopen', { id: weekly.id });
    expect(app.call('reminders.get', { id: first.id }).state).toBe('dismissed');
    const again = app.call('reminders.complete', { id: weekly.id }).next!;
    expect(again).toMatchObject({ id: first.id, state: 'open', dueOn: '2026-11-30' });
    expect(app.core.db.prepare("SELECT count(*) FROM reminders WHERE status = 'open'").pluck().get()).toBe(1);
  });

  it('an edit changes only the fields it names, and keeps a snooze unless the due date moves', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const r = app.call('reminders.create', {
      title: 'Call Ada',
      kind: 'call',
      about: { kind: 'candidate', id: ada.id },
      dueOn: '2026-11-24',
      dueTime: '10:00',
      notes: 'About the offer',
      repeat: { every: 'days', interval: 7 },
    });
    app.call('reminders.snooze', { id: r.id, until: { on: '2026-11-25', time: null } });
    const edited = app.call('reminders.update', { id: r.id, title: 'Call Ada back', dueOn: '2026-11-24', dueTime: '10:00', timeZone: 'UTC' });
    expect(edited).toMatchObject({
      title: 'Call Ada back',
      kind: 'call',
      about: { id: ada.id },
      dueTime: '10:00',
      notes: 'About the offer',
      repeat: { every: 'days', interval: 7 },
      state: 'snoozed',
    });
    const moved = app.call('reminders.update', { id: r.id, dueOn: '2026-11-26' });
    expect(moved).toMatchObject({ dueOn: '2026-11-26', dueTime: '10:00', snoozedUntil: null, state: 'open' });
  });

  it('a record’s reminders list open ones by due date, then the closed ones', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const about = { kind: 'candidate' as const, id: ada.id };
    const a = app.call('reminders.create', { title: 'A', dueOn: '2026-11-28', about });
    app.call('reminders.create', { title: 'B', dueOn: '2026-11-24', about });
    app.call('reminders.complete', { id: a.id });
    app.call('reminders.create', { title: 'Other', dueOn: '2026-11-24' });
    expect(app.call('reminders.list', { about }).map((r) => [r.title, r.state])).toEqual([
      ['B', 'open'],
      ['A', 'done'],
    ]);
  });
});

describe('desktop notifications', () => {
  it('each due reminder is notified once, even across a restart; what fell due while closed comes at the next start', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    const clock = new TestClock();
    let app = await freshApp(file, { clock });
    app.call('reminders.create', { title: 'Due now', confirmPast: true, dueOn: '2026-11-22', dueTime: '08:00' });
    const later = app.call('reminders.create', { title: 'Due at noon', dueOn: '2026-11-22', dueTime: '12:00' });
    let alerts = app.call('reminders.alerts', {});
    expect(alerts.reminders.map((r) => r.title)).toEqual(['Due now']);
    expect(alerts).toMatchObject({ total: 1, dueCount: 2 });
    expect(app.call('reminders.alerts', {}).total).toBe(0);

    closeDatabase(app.core);
    clock.set('2026-11-22T13:00:00.000Z');
    app = await freshApp(file, { clock });
    alerts = app.call('reminders.alerts', {});
    expect(alerts.reminders.map((r) => r.title)).toEqual(['Due at noon']);

    // Moving the due time asks to be told again at the new time.
    app.call('reminders.update', { id: later.id, dueTime: '15:00' });
    expect(app.call('reminders.alerts', {}).total).toBe(0);
    clock.set('2026-11-22T15:01:00.000Z');
    expect(app.call('reminders.alerts', {}).reminders.map((r) => r.title)).toEqual(['Due at noon']);

    // Snoozing asks to be told again when the snooze ends.
    app.call('reminders.snooze', { id: later.id, until: 'later_today' });
    expect(app.call('reminders.alerts', {}).total).toBe(0);
    clock.advance(4 * HOUR);
    expect(app.call('reminders.alerts', {}).reminders.map((r) => r.title)).toEqual(['Due at noon']);
  });

  it('many at once are counted for one summary, with the latest few to show', async () => {
    const app = await freshApp();
    for (let i = 1; i <= 5; i++) app.call('reminders.create', { title: `R${i}`, confirmPast: true, dueOn: `2026-11-1${i}` });
    const alerts = app.call('reminders.alerts', {});
    expect(alerts.total).toBe(5);
    expect(alerts.reminders.map((r) => r.title)).toEqual(['R5', 'R4', 'R3']);
  });
});

describe('calendar export', () => {
  it('writes reminders and interviews as .ics events, repeating ones with their rule', async () => {
    const app = await freshApp();
    const weekly = app.call('reminders.create', { title: 'Check in with Acme', dueOn: '2026-11-24', repeat: { every: 'weeks', days: ['tue'] } });
    app.call('reminders.create', { title: 'Call Ada', dueOn: '2026-11-25', dueTime: '14:00' });
    const one = app.call('calendar.export', { reminderId: weekly.id });
    expect(one.fileName).toBe('shortlist-reminder.ics');
    expect(one.text).toContain('SUMMARY:Check in with Acme');
    expect(one.text).toContain('DTSTART;VALUE=DATE:20261124');
    expect(one.text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    const all = app.call('calendar.export', {});
    expect(all.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(all.text).toContain('DTSTART:20261125T140000Z');
    expect(failure(() => app.call('calendar.export', { reminderId: '0193f5a0-0000-7000-8000-000000000000' })).code).toBe('not_found');
  });
});

describe('reminder query plans', () => {
  it('Today reads open reminders through the due-date index, not a table scan', async () => {
    const app = await freshApp();
    const plan = app.core.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM reminders r WHERE r.status = 'open' AND r.deleted_at IS NULL
         AND coalesce(r.snoozed_until, r.due_at) < ? ORDER BY coalesce(r.snoozed_until, r.due_at), r.id`,
      )
      .all('2026-12-01') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('USING INDEX reminders_open_by_due');
  });
});

