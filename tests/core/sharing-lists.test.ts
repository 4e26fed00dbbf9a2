import { describe, expect, it } from 'vitest';
import { freshApp, type TestApp } from './helpers';
import { count, sync, syncedData } from './sharing-helpers';

/** Two recruiters who share one shortlist and one candidate, Jane, not yet on it. */
async function twoRecruiters() {
  const ann = await freshApp();
  const bea = await freshApp();
  bea.clock.advance(1000);
  const jane = ann.call('candidates.create', { name: 'Jane Doe', allowDuplicate: true }).id;
  const list = ann.call('shortlists.create', { name: 'Java for Northwind' }).id;
  sync(ann, bea);
  return { ann, bea, jane, list };
}

const add = (app: TestApp, list: string, id: string) =>
  app.call('bulk.addToShortlist', { selection: { kind: 'candidate', ids: [id] }, shortlistId: list });
const names = (app: TestApp, list: string) => app.call('shortlists.get', { id: list }).entries.map((e) => e.name);
const entryOf = (app: TestApp, list: string) => app.call('shortlists.get', { id: list }).entries[0]!;

describe('shortlists and tags across laptops', () => {
  it('the same person added on both laptops is one entry', async () => {
    const { ann, bea, jane, list } = await twoRecruiters();
    add(ann, list, jane);
    add(bea, list, jane);
    const intoBea = sync(ann, bea);
    sync(bea, ann);
    expect(intoBea.conflicts).toEqual([]);
    for (const app of [ann, bea]) expect(names(app, list)).toEqual(['Jane Doe']);
    expect(count(ann, 'SELECT count(*) FROM shortlist_entries')).toBe(1);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('an entry added on one laptop and removed on the other after seeing it is removed on both', async () => {
    const { ann, bea, jane, list } = await twoRecruiters();
    add(ann, list, jane);
    sync(ann, bea);
    bea.call('shortlists.remove', { entryId: entryOf(bea, list).id });
    expect(sync(bea, ann).conflicts).toEqual([]);
    for (const app of [ann, bea]) expect(names(app, list)).toEqual([]);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('removed on one laptop while the other wrote a note on it: the later wins and the other is a conflict to review', async () => {
    const { ann, bea, jane, list } = await twoRecruiters();
    add(ann, list, jane);
    sync(ann, bea);
    const entry = entryOf(ann, list).id;
    ann.call('shortlists.remove', { entryId: entry });
    bea.clock.advance(60_000);
    bea.call('shortlists.note', { entryId: entry, note: 'Available in January' });
    const { conflicts } = sync(bea, ann);
    expect(conflicts).toMatchObject([{ table: 'shortlist_entries', kind: 'edit_vs_delete', recordName: 'Jane Doe on Java for Northwind' }]);
    sync(ann, bea);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('two reorders of one list keep the later position of each entry', async () => {
    const { ann, bea, jane, list } = await twoRecruiters();
    const max = ann.call('candidates.create', { name: 'Max Mustermann', allowDuplicate: true }).id;
    add(ann, list, jane);
    add(ann, list, max);
    sync(ann, bea);
    const [j, m] = ann.call('shortlists.get', { id: list }).entries;
    bea.clock.advance(60_000);
    bea.call('shortlists.move', { entryId: m!.id, before: j!.id });
    sync(bea, ann);
    sync(ann, bea);
    for (const app of [ann, bea]) expect(names(app, list)).toEqual(['Max Mustermann', 'Jane Doe']);
  });

  it('a tag put on by both is one tag; taken off on one after seeing it, it is off on both', async () => {
    const { ann, bea, jane } = await twoRecruiters();
    ann.call('tags.set', { kind: 'candidate', id: jane, tags: ['Java'] });
    bea.call('tags.set', { kind: 'candidate', id: jane, tags: ['java', 'Remote'] });
    sync(ann, bea);
    sync(bea, ann);
    for (const app of [ann, bea]) expect(app.call('tags.of', { kind: 'candidate', id: jane }).map((t) => t.toLowerCase())).toEqual(['java', 'remote']);
    ann.call('tags.set', { kind: 'candidate', id: jane, tags: ['Remote'] });
    sync(ann, bea);
    expect(bea.call('tags.of', { kind: 'candidate', id: jane })).toEqual(['Remote']);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('erasing a candidate takes them off every shortlist and tag, on every laptop', async () => {
    const { ann, bea, jane, list } = await twoRecruiters();
    add(ann, list, jane);
    ann.call('tags.set', { kind: 'candidate', id: jane, tags: ['Java'] });
    sync(ann, bea);
    ann.call('candidates.erase', { id: jane });
    sync(ann, bea);
    for (const app of [ann, bea]) {
      expect(count(app, 'SELECT count(*) FROM shortlist_entries')).toBe(0);
      expect(count(app, 'SELECT count(*) FROM tags')).toBe(0);
    }
  });
});
