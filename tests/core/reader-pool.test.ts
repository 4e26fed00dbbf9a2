import { describe, expect, it } from 'vitest';
import { ReadDropped, ReaderPool } from '../../src/host/readerPool';

/** A read that answers when the test says so. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function pool(names: string[], taken = new Set<string>()) {
  const readers = [...names];
  const ran: string[] = [];
  const readerPool = new ReaderPool(() => readers, (reader) => taken.has(reader));
  /** Starts a read named `what`; it answers with the reader it ran on once `finish` is called. */
  const read = (what: string, signal?: AbortSignal) => {
    const { done, finish } = deferred();
    const answered = readerPool.run(async (reader) => {
      ran.push(`${what}@${reader}`);
      await done;
      return reader;
    }, signal);
    return { answered, finish };
  };
  return { readerPool, readers, taken, ran, read };
}

describe('the pool of read threads', () => {
  it('gives a read the first reader to finish, not a place behind a long one', async () => {
    const { read, ran } = pool(['A', 'B']);
    const report = read('report');
    const counts = read('counts');
    const search = read('search');
    await tick();
    // Both readers are at work: the search waits for whichever finishes first.
    expect(ran).toEqual(['report@A', 'counts@B']);
    counts.finish();
    await counts.answered;
    await tick();
    expect(ran).toEqual(['report@A', 'counts@B', 'search@B']);
    search.finish();
    expect(await search.answered).toBe('B');
    report.finish();
    expect(await report.answered).toBe('A');
  });

  it('serves waiting reads in the order they came', async () => {
    const { read, ran } = pool(['A']);
    const first = read('first');
    const waiting = ['second', 'third', 'fourth'].map((what) => read(what));
    await tick();
    first.finish();
    for (const next of waiting) {
      await tick();
      next.finish();
      await next.answered;
    }
    expect(ran).toEqual(['first@A', 'second@A', 'third@A', 'fourth@A']);
  });

  it('passes by a reader a task holds, and gives it to a waiting read once the task is over', async () => {
    const { read, ran, taken, readerPool } = pool(['A', 'B'], new Set(['A']));
    const list = read('list');
    const search = read('search');
    await tick();
    expect(ran).toEqual(['list@B']);
    taken.delete('A');
    readerPool.given();
    await tick();
    expect(ran).toEqual(['list@B', 'search@A']);
    list.finish();
    search.finish();
    expect(await Promise.all([list.answered, search.answered])).toEqual(['B', 'A']);
  });

  it('hands no waiting read to a reader a task took while it was busy, nor to one closing', async () => {
    const { read, ran, taken, readers, readerPool } = pool(['A']);
    const list = read('list');
    const search = read('search');
    await tick();
    taken.add('A');
    list.finish();
    await list.answered;
    await tick();
    expect(ran).toEqual(['list@A']);
    // The readers closed and opened again (a restore): the waiting read goes to the new one.
    readers.splice(0, 1, 'A2');
    readerPool.given();
    await tick();
    expect(ran).toEqual(['list@A', 'search@A2']);
    search.finish();
    expect(await search.answered).toBe('A2');
  });

  it('drops a read still waiting once the page that asked is left, and the reads after it move up', async () => {
    const { read, ran, readerPool } = pool(['A']);
    const backups = read('backups');
    const left = new AbortController();
    const tags = read('tags', left.signal);
    const list = read('list');
    await tick();
    left.abort();
    await expect(tags.answered).rejects.toBeInstanceOf(ReadDropped);
    backups.finish();
    await backups.answered;
    await tick();
    // The list had the reader next: the dropped read never ran.
    expect(ran).toEqual(['backups@A', 'list@A']);
    list.finish();
    expect(await list.answered).toBe('A');
    await readerPool.settled();
  });

  it('never drops a read that has started: it runs to its end and answers', async () => {
    const { read, ran } = pool(['A']);
    const left = new AbortController();
    const list = read('list', left.signal);
    await tick();
    left.abort();
    list.finish();
    expect(await list.answered).toBe('A');
    expect(ran).toEqual(['list@A']);
  });

  it('refuses at once a read whose page was left before it was asked, running nothing', async () => {
    const { read, ran } = pool(['A']);
    const left = new AbortController();
    left.abort();
    await expect(read('list', left.signal).answered).rejects.toBeInstanceOf(ReadDropped);
    expect(ran).toEqual([]);
  });

  it('counts a dropped read as settled, so closing does not wait for it', async () => {
    const { read, readerPool } = pool(['A']);
    const first = read('first');
    const left = new AbortController();
    const waiting = read('waiting', left.signal);
    await tick();
    const settled = readerPool.settled();
    first.finish();
    left.abort();
    await expect(waiting.answered).rejects.toBeInstanceOf(ReadDropped);
    await settled;
  });

  it('settles when the only read waiting is dropped while a task holds the reader', async () => {
    // Quitting waits on settled(): with the reader taken, no read finishing would ever settle it.
    const { read, readerPool } = pool(['A'], new Set(['A']));
    const left = new AbortController();
    const waiting = read('waiting', left.signal);
    await tick();
    let settled = false;
    void readerPool.settled().then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    left.abort();
    await expect(waiting.answered).rejects.toBeInstanceOf(ReadDropped);
    await tick();
    expect(settled).toBe(true);
  });
});
