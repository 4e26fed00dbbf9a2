import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ReportInput, reportNames } from '../../src/api/reports';
import type { StageName } from '../../src/api/submissions';
import type { Move } from '../../src/reports/facts';
import { progressOf } from '../../src/reports/history';
import { reportPlacements, reportPlacementsBare } from '../../src/reports/placementRows';
import { report } from '../../src/reports/reports';
import { selectPlacements } from '../../src/placements/placements';
import { latestVersion } from '../../src/db/migrations';
import { closeDatabase } from '../../src/db/open';
import { freshApp, type TestApp } from './helpers';
import { recordAgencyQuarter } from './report-data';
import { exportOf, sync } from './sharing-helpers';

/**
 * submission_progress (migration 26) is derived: whatever wrote the history, each row must be
 * what the history says, worked out here in JavaScript from every live move in clock order, with
 * the submission's job and its candidate's columns as the tables hold them now.
 */
function fromHistory(app: TestApp) {
  const moves = app.core.db
    .prepare('SELECT submission_id AS id, stage, reason, created_at AS at FROM stage_changes WHERE deleted_at IS NULL ORDER BY submission_id, created_hlc')
    .all() as { id: string; stage: StageName; reason: string | null; at: string }[];
  const bySubmission = new Map<string, Move[]>();
  for (const { id, ...move } of moves) bySubmission.set(id, [...(bySubmission.get(id) ?? []), move]);
  const whose = app.core.db.prepare(
    `SELECT s.job_id, s.candidate_id, s.deleted_at IS NULL AND c.deleted_at IS NULL AS live, c.name, c.source, c.salary_amount, c.salary_currency
     FROM submissions s JOIN candidates c ON c.id = s.candidate_id WHERE s.id = ?`,
  );
  return [...bySubmission].map(([id, history]) => {
    const progress = progressOf(history);
    return {
      submission_id: id,
      ...(whose.get(id) as object),
      stage: progress.now.stage,
      reason: progress.now.reason,
      at: progress.now.at,
      before_at: progress.beforeAt,
      submitted_at: progress.submittedAt,
      furthest: progress.furthest < 0 ? null : progress.furthest,
      offer_at: progress.offerAt,
      offer_answered_at: progress.offerAnsweredAt,
      placed_at: history.find((m) => m.stage === 'placed')?.at ?? null,
    };
  });
}

function kept(app: TestApp) {
  return app.core.db
    .prepare(
      `SELECT submission_id, job_id, candidate_id, live, name, source, salary_amount, salary_currency, stage, reason, at, before_at,
         submitted_at, furthest, offer_at, offer_answered_at, placed_at
       FROM submission_progress ORDER BY submission_id`,
    )
    .all();
}

/**
 * stage_stays (migration 29) is derived too: each live move with the stay it ended, the live move
 * before it in clock order (its stage, when) and how long since, in milliseconds (none for the first).
 */
function staysFromHistory(app: TestApp) {
  const moves = app.core.db
    .prepare('SELECT submission_id, created_hlc AS hlc, stage, created_at AS at FROM stage_changes WHERE deleted_at IS NULL ORDER BY submission_id, created_hlc')
    .all() as { submission_id: string; hlc: string; stage: string; at: string }[];
  return moves.map((move, i) => {
    const before = moves[i - 1]?.submission_id === move.submission_id ? moves[i - 1] : undefined;
    return { ...move, since_stage: before?.stage ?? null, since_at: before?.at ?? null, ms: before ? Date.parse(move.at) - Date.parse(before.at) : null };
  });
}

const keptStays = (app: TestApp) =>
  app.core.db.prepare('SELECT submission_id, hlc, stage, at, since_stage, since_at, ms FROM stage_stays ORDER BY submission_id, hlc').all();

function expectMatchesHistory(app: TestApp) {
  expect(kept(app)).toEqual(fromHistory(app));
  expect(keptStays(app)).toEqual(staysFromHistory(app));
}

const quarter = ReportInput.parse({ from: '2026-11-01', to: '2026-12-31' });
const figures = (app: TestApp) => reportNames.map((name) => report(app.core, name, quarter));

describe('where each submission stands, kept by triggers as the history is written', () => {
  it('matches the history after the forms, a move back, closing, a placement and a fall-off', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    recordAgencyQuarter(app);
    expect(kept(app)).toHaveLength(6);
    expectMatchesHistory(app);
  });

  it('matches the history on both laptops after each merges the other’s export, in either order, and twice', async () => {
    const robin = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const sam = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    // Each records half the quarter; they swap exports midway and at the end.
    recordAgencyQuarter(robin, sam, () => sync(robin, sam));
    sync(sam, robin);
    sync(robin, sam);
    sync(robin, sam);
    expectMatchesHistory(robin);
    expectMatchesHistory(sam);
    expect(kept(robin)).toEqual(kept(sam));
    expect(keptStays(robin)).toEqual(keptStays(sam));
    expect(figures(robin)).toEqual(figures(sam));
  });

  it('never travels: an export holds no submission_progress and no trigger, and the importer derives its own', async () => {
    const robin = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    recordAgencyQuarter(robin);
    const file = exportOf(robin);
    const exported = new Database(file, { readonly: true });
    expect(exported.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%progress%' OR name LIKE '%stays%' OR type = 'trigger'").pluck().all()).toEqual([]);
    exported.close();
    const sam = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    sam.call('sharing.import', { path: file });
    expect(kept(sam)).toEqual(kept(robin));
    expect(keptStays(sam)).toEqual(keptStays(robin));
  });

  it('works a move merged in after a later one (a colleague’s, made earlier) into its place in clock order', async () => {
    const robin = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const sam = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const { sf } = recordAgencyQuarter(robin);
    sync(robin, sam);
    // Sam records an offer first; Robin, not having seen it, moves the same submission back later.
    sam.clock.set('2027-01-06T10:00:00Z');
    sam.call('submissions.move', { id: sf, stage: 'offer' });
    robin.clock.set('2027-01-06T11:00:00Z');
    robin.call('submissions.move', { id: sf, stage: 'rejected', reason: 'Went quiet' });
    sync(sam, robin);
    sync(robin, sam);
    const row = (app: TestApp) => app.core.db.prepare('SELECT stage, offer_at, offer_answered_at FROM submission_progress WHERE submission_id = ?').get(sf);
    expect(row(robin)).toEqual({ stage: 'rejected', offer_at: '2027-01-06T10:00:00.000Z', offer_answered_at: '2027-01-06T11:00:00.000Z' });
    expectMatchesHistory(robin);
    expectMatchesHistory(sam);
    expect(kept(robin)).toEqual(kept(sam));
    // Robin's rejection now ends the offer merged in before it; Sam's rejection, merged after, found the offer before it.
    expect(keptStays(robin)).toEqual(keptStays(sam));
  });

  it('follows a bulk submission, its undo, a candidate sent to the trash and brought back, an edit, a merge of two candidates and an erasure', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const { dataEngineer } = recordAgencyQuarter(app);
    const [gil, hal] = ['Gil Green', 'Hal Hart'].map((name) => app.call('candidates.create', { name, source: 'LinkedIn' }));
    const submitted = app.call('bulk.submit', { selection: { kind: 'candidate', ids: [gil!.id, hal!.id] }, jobId: dataEngineer.id });
    expect(kept(app)).toHaveLength(8);
    expectMatchesHistory(app);

    // Undo takes the submissions off (as tombstones): their rows stay, no longer live.
    app.call('bulk.undo', { token: submitted.undo! });
    expect(app.core.db.prepare('SELECT count(*) FROM submission_progress WHERE live = 1').pluck().get()).toBe(6);
    expectMatchesHistory(app);

    const ada = app.core.db.prepare("SELECT id FROM candidates WHERE name = 'Ada Adams'").pluck().get() as string;
    app.call('bulk.trash', { selection: { kind: 'candidate', ids: [ada] } });
    expectMatchesHistory(app);
    expect(app.core.db.prepare('SELECT live FROM submission_progress WHERE candidate_id = ?').pluck().all(ada)).toEqual([0]);
    app.call('trash.restore', { kind: 'candidate', id: ada });
    expectMatchesHistory(app);
    expect(app.core.db.prepare('SELECT live FROM submission_progress WHERE candidate_id = ?').pluck().all(ada)).toEqual([1]);

    app.call('candidates.update', { id: ada, name: 'Ada King', source: 'Referral', salaryExpectation: { amount: 70_000, currency: 'EUR' } });
    expectMatchesHistory(app);

    // Gil is entered again as a duplicate with a submission of his own, then merged into the first entry.
    const gil2 = app.call('candidates.create', { name: 'Gil Green', source: 'Indeed' });
    app.call('submissions.create', { candidateId: gil2.id, jobId: dataEngineer.id, stage: 'submitted' });
    app.call('candidates.merge', { keepId: gil!.id, dropId: gil2.id });
    expectMatchesHistory(app);

    app.call('candidates.erase', { id: ada });
    expect(app.core.db.prepare('SELECT count(*) FROM submission_progress WHERE candidate_id = ?').pluck().get(ada)).toBe(0);
    expectMatchesHistory(app);
  });

  it('gives the reports the same placements as the Placements screen reads, with and without a source', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const { sa } = recordAgencyQuarter(app);
    const ada = app.core.db.prepare('SELECT candidate_id FROM submissions WHERE id = ?').pluck().get(sa) as string;
    const read = (sql: string, params = {}) => app.core.db.prepare(`${sql} ORDER BY p.id`).all(params);
    // The reports' own read names no job or client: they fill them in from the jobs they read.
    const job = app.core.db.prepare('SELECT j.title AS job_title, j.client_id, cl.name AS client_name FROM jobs j JOIN clients cl ON cl.id = j.client_id WHERE j.id = ?');
    const filled = (sql: string, params = {}) => (read(sql, params) as { job_id: string }[]).map((row) => ({ ...row, ...(job.get(row.job_id) as object) }));
    const same = () => {
      expect(read(reportPlacements(false))).toEqual(read(selectPlacements));
      expect(read(reportPlacements(true), { source: 'Referral' })).toEqual(read(`${selectPlacements} AND c.source = @source`, { source: 'Referral' }));
      expect(filled(reportPlacementsBare(false))).toEqual(read(selectPlacements));
      expect(filled(reportPlacementsBare(true), { source: 'Referral' })).toEqual(read(`${selectPlacements} AND c.source = @source`, { source: 'Referral' }));
    };
    expect(read(reportPlacements(false))).toHaveLength(2);
    same();
    // A placed candidate in the trash takes their placement off both.
    app.call('bulk.trash', { selection: { kind: 'candidate', ids: [ada] } });
    expect(read(reportPlacements(false))).toHaveLength(1);
    same();
  });

  it('is built for a database at version 25 by migration 26, and the reports give the same figures after', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    recordAgencyQuarter(app);
    const before = figures(app);
    // The file as version 25 left it: no table, no triggers.
    closeDatabase(app.core);
    const db = new Database(app.file);
    for (const name of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%progress%'").pluck().all() as string[]) {
      db.exec(`DROP TRIGGER ${name}`);
    }
    db.exec('DROP TABLE submission_progress; PRAGMA user_version = 25;');
    db.close();
    const upgraded = await freshApp(app.file, { timeZone: 'Europe/Paris', clock: app.clock });
    expect(upgraded.core.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(kept(upgraded)).toHaveLength(6);
    expectMatchesHistory(upgraded);
    expect(figures(upgraded)).toEqual(before);
    // And the triggers keep it from there.
    const [sf] = upgraded.core.db.prepare("SELECT submission_id FROM submission_progress WHERE stage = 'interviewing'").pluck().all() as string[];
    upgraded.call('submissions.move', { id: sf!, stage: 'offer' });
    expectMatchesHistory(upgraded);
  });
});
