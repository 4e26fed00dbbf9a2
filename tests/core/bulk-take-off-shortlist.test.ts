import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

async function shortlistOfFour() {
  const app = await freshApp();
  const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Joan Clarke'].map((name) => app.call('candidates.create', { name }).id);
  const list = app.call('shortlists.create', { name: 'Java for Northwind', kind: 'candidate' });
  app.call('bulk.addToShortlist', { selection: { kind: 'candidate', ids: people }, shortlistId: list.id });
  const onIt = () => app.call('shortlists.get', { id: list.id }).entries.map((e) => e.personId);
  return { app, people, list, onIt };
}

describe('taking the selected people off a shortlist', () => {
  it('takes them off, names those who were not on it, and Undo puts them back in their places', async () => {
    const { app, people, list, onIt } = await shortlistOfFour();
    const [ada, grace, alan, joan] = people as [string, string, string, string];
    const outsider = app.call('candidates.create', { name: 'Dana Walsh' }).id;
    const summary = app.call('bulk.removeFromShortlist', { selection: { kind: 'candidate', ids: [grace, alan, outsider] }, shortlistId: list.id });
    expect(summary).toMatchObject({
      message: 'Took 2 candidates off Java for Northwind.',
      done: 2,
      skipped: [{ id: outsider, name: 'Dana Walsh', reason: 'Not on Java for Northwind.' }],
      skippedCount: 1,
    });
    expect(onIt()).toEqual([ada, joan]);
    expect(app.call('shortlists.of', { kind: 'candidate', id: grace })).toEqual([]);

    app.call('bulk.undo', { token: summary.undo! });
    expect(onIt()).toEqual([ada, grace, alan, joan]);
  });

  it('takes off everyone selected in one step; with nobody left on it, nothing changes and nothing is to undo', async () => {
    const { app, people, list, onIt } = await shortlistOfFour();
    const summary = app.call('bulk.removeFromShortlist', { selection: { kind: 'candidate', ids: people }, shortlistId: list.id });
    expect(summary.done).toBe(4);
    expect(onIt()).toEqual([]);
    const again = app.call('bulk.removeFromShortlist', { selection: { kind: 'candidate', ids: people.slice(0, 1) }, shortlistId: list.id });
    expect(again).toMatchObject({ done: 0, skippedCount: 1, undo: null });
  });

  it('refuses a shortlist that was deleted, with the field that is wrong', async () => {
    const { app, people, list } = await shortlistOfFour();
    app.call('shortlists.delete', { id: list.id });
    expect(failure(() => app.call('bulk.removeFromShortlist', { selection: { kind: 'candidate', ids: people }, shortlistId: list.id }))).toMatchObject({
      field: 'shortlistId',
    });
  });
});
