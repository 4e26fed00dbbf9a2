import { describe, expect, it } from 'vitest';
import { freshApp, type TestApp } from './helpers';
import { exportOf, sync, syncedData } from './sharing-helpers';

describe("moving a colleague's row to the candidate its own was merged into", () => {
  it('keeps an edit made before the merge, on a laptop the mover had not heard from', async () => {
    const [ann, bob, cleo] = [await freshApp(), await freshApp(), await freshApp()];
    const kept = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    const dropped = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    const other = ann.call('candidates.create', { name: 'Priya Nair' });
    sync(ann, bob);
    const reminder = bob.call('reminders.create', { title: 'Call about the offer', about: { kind: 'candidate', id: dropped.id }, dueOn: '2026-12-01' });
    const asMade = exportOf(bob);
    // A minute later Bob says the reminder is about Priya; a minute after, Ann (not having heard) merges the Mayas.
    bob.clock.advance(60_000);
    bob.call('reminders.update', { id: reminder.id, about: { kind: 'candidate', id: other.id } });
    ann.clock.advance(120_000);
    ann.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    // Cleo hears of the reminder as first made, then of the merge, and moves it to the kept Maya.
    cleo.clock.advance(180_000);
    cleo.call('sharing.import', { path: asMade });
    sync(ann, cleo);
    sync(bob, cleo);
    sync(cleo, bob);
    sync(cleo, ann);
    const subject = (app: TestApp) => app.core.db.prepare('SELECT subject_id FROM reminders WHERE id = ?').pluck().get(reminder.id);
    expect([ann, bob, cleo].map(subject)).toEqual([other.id, other.id, other.id]);
    expect(syncedData(ann)).toEqual(syncedData(bob));
    expect(syncedData(cleo)).toEqual(syncedData(bob));
  });
});
