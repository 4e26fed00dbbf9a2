import { describe, expect, it } from 'vitest';
import { freshApp, type TestApp } from './helpers';
import { postgresMissing, usePostgres } from './pg-helpers';
import { exportOf, sync, syncedData } from './sharing-helpers';
import { expectSynced, newHub, submittedWhileMerged } from './sync-helpers';

const DAY = 24 * 60 * 60 * 1000;

/** The stamps of a row's moves to `to` in a laptop's change log. */
const movesTo = (app: TestApp, table: string, field: string, id: string, to: string) =>
  app.core.db
    .prepare('SELECT hlc, device_id FROM changes WHERE entity = ? AND row_id = ? AND field = ? AND value = ?')
    .all(table, id, field, JSON.stringify(to));

describe.skipIf(postgresMissing)('a colleague’s row moved to the candidate its own was merged into, through the agency server', () => {
  const postgres = usePostgres();

  it('is one change however many laptops move it: the second finds it known, and a round sends and counts the row once', async () => {
    const { ann, bob, cleo, kept, submission } = await submittedWhileMerged(await newHub(postgres()));
    expectSynced(await ann.sync());
    // Bob sends his submission, hears of the merge, moves it and sends it again: one row sent.
    const bobs = expectSynced(await bob.sync());
    expect(bobs.pushed).toBe(2); // the submission and its first stage
    // Cleo pulls a version at a time: the merge, Bob's submission as he made it (she moves it
    // herself), then as Bob moved it: the same change, known already, and nothing to send.
    const cleos = expectSynced(await cleo.sync({ page: 1 }));
    expect(cleos.pushed).toBe(0);
    expectSynced(await ann.sync());
    const moves = (app: TestApp) => movesTo(app, 'submissions', 'candidate_id', submission.id, kept.id);
    expect(moves(bob)).toHaveLength(1);
    for (const laptop of [ann, cleo]) expect(moves(laptop)).toEqual(moves(bob));
    expect(syncedData(cleo)).toEqual(syncedData(bob));
    expect(syncedData(ann)).toEqual(syncedData(bob));
  });
});

describe('a colleague’s row moved to the candidate its own was merged into', () => {
  /**
   * Ann holds two records of Maya and Priya, and Bob a reminder about the second Maya, exported as
   * first made; `edit` is Bob re-pointing it at Priya, around Ann's merge of the two Mayas. Cleo
   * hears of the reminder as first made, then of the merge, and moves it herself, a day later;
   * then everyone syncs. Returns whom the reminder is about on each laptop, and Priya's id.
   */
  async function remindedAroundTheMerge(edit: 'before the merge' | 'after the merge') {
    const [ann, bob, cleo] = [await freshApp(), await freshApp(), await freshApp()];
    const kept = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    const dropped = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    const other = ann.call('candidates.create', { name: 'Priya Nair' });
    sync(ann, bob);
    const reminder = bob.call('reminders.create', { title: 'Call about the offer', about: { kind: 'candidate', id: dropped.id }, dueOn: '2026-12-01' });
    const asMade = exportOf(bob);
    const merge = () => ann.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    if (edit === 'after the merge') merge();
    // A minute later Bob, who has not heard of the merge, says the reminder is about Priya.
    bob.clock.advance(60_000);
    bob.call('reminders.update', { id: reminder.id, about: { kind: 'candidate', id: other.id } });
    if (edit === 'before the merge') {
      ann.clock.advance(120_000);
      merge();
    }
    cleo.clock.advance(DAY);
    cleo.call('sharing.import', { path: asMade });
    sync(ann, cleo);
    const subject = (app: TestApp) => app.core.db.prepare('SELECT subject_id FROM reminders WHERE id = ?').pluck().get(reminder.id);
    expect(subject(cleo)).toBe(kept.id);
    sync(bob, cleo);
    sync(cleo, bob);
    sync(cleo, ann);
    expect(syncedData(ann)).toEqual(syncedData(bob));
    expect(syncedData(cleo)).toEqual(syncedData(bob));
    return { about: [ann, bob, cleo].map(subject), priya: other.id };
  }

  it('gives way to an edit made after the merge by a laptop that had not heard of it, though a third laptop moves it later still', async () => {
    const { about, priya } = await remindedAroundTheMerge('after the merge');
    expect(about).toEqual([priya, priya, priya]);
  });

  it('gives way to an edit made before the merge, after the value it replaces, on a laptop the mover had not heard from', async () => {
    const { about, priya } = await remindedAroundTheMerge('before the merge');
    expect(about).toEqual([priya, priya, priya]);
  });

  it('along a chain of merges, is the same change on a laptop that heard of the merges one by one as on one that heard of both at once', async () => {
    const [ann, bob, cleo] = [await freshApp(), await freshApp(), await freshApp()];
    const first = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    const second = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    const third = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
    sync(ann, bob);
    sync(ann, cleo);
    const note = bob.call('notes.add', { about: { kind: 'candidate', id: first.id }, body: 'Met her at the meetup' });
    const noteAsMade = exportOf(bob);
    sync(bob, cleo);
    ann.call('candidates.merge', { keepId: second.id, dropId: first.id });
    sync(ann, cleo); // Cleo moves the note to the second record
    ann.call('candidates.merge', { keepId: third.id, dropId: second.id });
    sync(ann, cleo); // ...then to the third
    ann.call('sharing.import', { path: noteAsMade }); // Ann hears of the note after both merges
    const moves = (app: TestApp, to: string) => movesTo(app, 'notes', 'subject_id', note.id, to);
    expect(moves(cleo, third.id)).toHaveLength(1);
    expect(moves(ann, second.id)).toEqual(moves(cleo, second.id));
    expect(moves(ann, third.id)).toEqual(moves(cleo, third.id));
    sync(ann, bob);
    sync(cleo, bob);
    expect(syncedData(bob)).toEqual(syncedData(ann));
    expect(syncedData(cleo)).toEqual(syncedData(ann));
  });
});
