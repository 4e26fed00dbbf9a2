import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { Input, Method, Result } from '../../src/api/contract';
import { ApiError } from '../../src/api/errors';
import type { Clock } from '../../src/db/clock';
import type { Core } from '../../src/db/core';
import { openDatabase } from '../../src/db/open';
import type { Entity, SqlValue } from '../../src/db/records';
import { dispatch } from '../../src/server/dispatch';

/** A clock that stands still until told to move. */
export class TestClock implements Clock {
  constructor(private millis = Date.parse('2026-11-22T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.millis);
  }
  advance(ms: number): void {
    this.millis += ms;
  }
  set(iso: string): void {
    this.millis = Date.parse(iso);
  }
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A folder in the system temp dir, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestApp {
  core: Core;
  clock: TestClock;
  file: string;
  /** A contract call through the real dispatcher; throws the ApiError a UI would get. */
  call<M extends Method>(method: M, input: Input<M>): Result<M>;
}

/** A fresh database file with a frozen clock (and the recruiter in `timeZone`), in one line. */
export async function freshApp(file = path.join(tempDir(), 'shortlist.db'), options: { timeZone?: string; clock?: TestClock } = {}): Promise<TestApp> {
  const clock = options.clock ?? new TestClock();
  const core = await openDatabase(file, { clock, timeZone: options.timeZone ?? 'UTC' });
  cleanups.push(() => core.db.open && core.db.close());
  return {
    core,
    clock,
    file,
    call(method, input) {
      const outcome = dispatch(core, method, input);
      if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.field);
      return outcome.result as never;
    },
  };
}

/** Records written but not yet in the search index. */
export const queued = (app: TestApp) => app.core.db.prepare('SELECT count(*) FROM search_queue').pluck().get();

/** The error a call fails with, for asserting on code, message and field. */
export function failure(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

/**
 * The clock stamp and value of every field of a row as it stands: a new row's fields carry its
 * created_hlc, a changed field the stamp of its latest change. For tests that check writes are
 * stamped; the merge reads both sides' change logs itself (src/sharing/rowMerge.ts).
 */
export function fieldStamps(core: Core, entity: Entity, id: string): Record<string, { hlc: string; value: SqlValue }> {
  const row = core.db.prepare(`SELECT * FROM ${entity.table} WHERE id = ?`).get(id) as Record<string, SqlValue> | undefined;
  if (!row) throw new Error(`${entity.table} ${id} does not exist`);
  const latest = core.db.prepare(
    'SELECT field, max(hlc) AS hlc FROM changes WHERE entity = ? AND row_id = ? GROUP BY field',
  ).all(entity.table, id) as { field: string; hlc: string }[];
  const changed = new Map(latest.map((c) => [c.field, c.hlc]));
  return Object.fromEntries(
    [...entity.fields, 'deleted_at'].map((field) => [
      field,
      { hlc: changed.get(field) ?? String(row.created_hlc), value: row[field] ?? null },
    ]),
  );
}

/** Runs the `shortlist` command as an admin's script would, in a Node process of its own. */
export function shortlist(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const bin = path.resolve(import.meta.dirname, '../../bin/shortlist.js');
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Scribbles over the b-tree page header of a table's (or an index's) first page, as a bad disk sector would. */
export function spoilTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const root = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xee, (root - 1) * pageSize, (root - 1) * pageSize + 12);
  fs.writeFileSync(file, bytes);
}
