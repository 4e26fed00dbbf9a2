import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../src/db/open';
import { syncedTables } from '../../src/sharing/tables';
import { freshApp } from './helpers';

const hammer = path.resolve(import.meta.dirname, 'scripts/hammer.ts');

/** Runs the hammer script in a Node process of its own; resolves with what it printed. */
function runHammer(...args: string[]): Promise<{ ok: number; failures: { code: string; message: string }[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', hammer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`hammer exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as never);
    });
  });
}

/** Two Node processes, each compiling the core, then writing as fast as they can: a minute on a busy machine. */
const slow = { timeout: 120_000 };

describe('two programs writing one database', slow, () => {
  it('never stamp two changes alike, and every write succeeds', async () => {
    // Both programs' clocks stand still at the same instant as this one's: any stamp they could share, they would.
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Site Reliability Engineer' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const grace = app.call('candidates.create', { name: 'Grace Hopper' });
    const linus = app.call('candidates.create', { name: 'Linus Torvalds' });
    const shared = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const desktops = app.call('submissions.create', { candidateId: grace.id, jobId: job.id, stage: 'submitted' });
    const clis = app.call('submissions.create', { candidateId: linus.id, jobId: job.id, stage: 'submitted' });
    closeDatabase(app.core);

    const writes = 150;
    const results = await Promise.all([
      runHammer(app.file, ada.id, shared.id, desktops.id, 'desktop', String(writes)),
      runHammer(app.file, ada.id, shared.id, clis.id, 'cli', String(writes)),
    ]);
    for (const result of results) {
      expect(result.failures).toEqual([]);
      expect(result.ok).toBe(writes * 4);
    }

    const db = new Database(app.file, { readonly: true });
    try {
      const created = syncedTables.map(({ entity }) => `SELECT created_hlc AS hlc FROM ${entity.table}`).join(' UNION ALL ');
      // One write stamps all the fields it changes with one stamp; two writes never share one.
      const stamps = db
        .prepare(`SELECT hlc, count(*) AS n FROM (${created} UNION ALL SELECT DISTINCT hlc FROM changes) GROUP BY hlc HAVING n > 1`)
        .all();
      expect(stamps).toEqual([]);
      const perRow = db.prepare('SELECT count(DISTINCT entity || row_id) AS n FROM changes GROUP BY hlc ORDER BY n DESC LIMIT 1').pluck().get();
      expect(perRow).toBe(1);
      // Every write of both programs is there, each with its own place in the order.
      expect(db.prepare('SELECT count(*) FROM feedback WHERE submission_id = ?').pluck().get(shared.id)).toBe(2 * writes);
      expect(db.prepare('SELECT count(*) FROM stage_changes').pluck().get()).toBe(3 + 2 * writes);
    } finally {
      db.close();
    }
  });
});
