import { describe, expect, it } from 'vitest';
import { contract, methods } from '../../src/api/contract';
import { backupsToRemove } from '../../src/backups/rotation';
import { closeDatabase } from '../../src/db/open';
import { openReader } from '../../src/db/reader';
import { dispatch } from '../../src/server/dispatch';
import { freshApp } from './helpers';

describe('the contract’s routing', () => {
  it('marks every method read or write, and names every task for the recruiter', () => {
    for (const method of methods) {
      const entry = contract[method];
      expect(['read', 'write'], method).toContain(entry.access);
      if (entry.task !== undefined) expect(entry.task, method).toMatch(/^[A-Z][a-z]+ing\b/);
      // Only a write can be rolled back by a cancel; a read task has nothing to roll back.
      if (entry.cancellable) expect(entry.access, method).toBe('write');
    }
  });

  it('answers the screens’ reads from a read-only connection, as the read threads do', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Northwind' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', skills: ['Rust'] });
    app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('notes.add', { about: { kind: 'candidate', id: ada.id }, body: 'Prefers remote work' });
    closeDatabase(app.core);

    // SQLite refuses any write on this connection: a read that tried one would fail here.
    const reader = openReader(app.file, { timeZone: 'UTC' });
    const reads: [string, unknown][] = [
      ['reminders.today', {}],
      ['reminders.count', {}],
      ['search.query', { query: 'ada' }],
      ['candidates.list', { query: 'rust' }],
      ['candidates.get', { id: ada.id }],
      ['clients.list', {}],
      ['clients.get', { id: client.id }],
      ['jobs.list', {}],
      ['jobs.get', { id: job.id }],
      ['jobs.brief', { id: job.id }],
      ['submissions.board', { jobId: job.id }],
      ['notes.list', { about: { kind: 'candidate', id: ada.id } }],
      ['conflicts.list', {}],
      ['duplicates.list', {}],
      ['trash.list', {}],
      ['backups.list', {}],
    ];
    for (const [method, input] of reads) {
      expect(contract[method as keyof typeof contract].access, method).toBe('read');
      expect(dispatch(reader, method, input), method).toMatchObject({ ok: true });
    }
    expect(dispatch(reader, 'search.query', { query: 'ada' })).toMatchObject({ ok: true, result: [{ kind: 'candidate', id: ada.id }] });
    reader.db.close();
  });

  it('holds a read to its word on a connection that can write: it writes nothing', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    const changes = () => app.core.db.prepare('SELECT total_changes()').pluck().get();
    app.call('reminders.today', {});
    const before = changes();
    for (const method of ['reminders.today', 'candidates.list', 'search.query'] as const) {
      app.call(method, method === 'search.query' ? { query: 'ada' } : {});
    }
    expect(changes()).toBe(before);
  });
});

describe('automatic backups', () => {
  const at = (iso: string) => ({ takenAt: new Date(iso), iso });

  it('keep the newest of each of the last 24 hours, 7 days and 8 weeks', () => {
    // Every hour for 70 days.
    const all = Array.from({ length: 70 * 24 }, (_, h) => at(new Date(Date.UTC(2026, 9, 1) + h * 3_600_000).toISOString()));
    const removed = new Set(backupsToRemove(all));
    const kept = all.filter((b) => !removed.has(b)).map((b) => b.iso);
    // 24 hourly, then the last of each earlier day for a week, then the last of each earlier ISO week.
    expect(kept.length).toBeLessThanOrEqual(39);
    expect(kept.slice(-24)).toEqual(all.slice(-24).map((b) => b.iso));
    expect(kept).toContain('2026-12-08T23:00:00.000Z');
    expect(kept).toContain('2026-12-06T23:00:00.000Z'); // the last of the Sunday ending a week
    expect(kept).not.toContain('2026-10-01T00:00:00.000Z');
    expect(new Set(kept.map((iso) => iso.slice(0, 10))).size).toBe(kept.length - 23);
  });

  it('keep a backup for each hour of a laptop used a few hours a week', () => {
    const all = [at('2026-11-02T09:00:00Z'), at('2026-11-09T10:00:00Z'), at('2026-11-09T10:30:00Z')];
    expect(backupsToRemove(all).map((b) => b.iso)).toEqual(['2026-11-09T10:00:00Z']);
  });
});
