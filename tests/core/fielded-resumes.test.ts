import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CandidateListInput } from '../../src/api/candidates';
import { candidateFilterConditions, candidateListQueries } from '../../src/candidates/candidateList';
import { runList } from '../../src/db/keyset';
import { closeDatabase } from '../../src/db/open';
import { queryConditions, type Condition } from '../../src/search/candidateQuery';
import { driverOf, FEW, pageStarts, smallestPart } from '../../src/search/pageDriver';
import { catchUpSql } from '../../src/search/searchIndex';
import { parseQuery } from '../../src/search/syntax';
import { freshApp, type TestApp } from './helpers';

/**
 * A page of a phrase with a place is read from the index (issue 18's figure): the candidates whose
 * entry holds both, and those whose entry holds the place and a resume the phrase, found through
 * each resume's key beside its candidate's (migration 27). That table must follow every change of
 * a resume and of its candidate, or the page would show other candidates than the count counts.
 */
const query = '"Staff Engineer" location:Prague';

async function world() {
  const app = await freshApp();
  const add = (name: string, more: object) => {
    app.clock.advance(60_000);
    return app.call('candidates.create', { name, allowDuplicate: true, ...more });
  };
  const ada = add('Ada Lovelace', { currentTitle: 'Staff Engineer', location: 'Prague' });
  const noor = add('Noor Haddad', { currentTitle: 'Recruiter', location: 'Prague' });
  const lee = add('Lee Chen', { currentTitle: 'Data analyst', location: 'Prague' });
  add('Dana Walsh', { currentTitle: 'Staff Engineer', location: 'Berlin' });
  const resume = (candidateId: string, text: string) =>
    app.call('files.attach', { candidateId, name: 'cv.txt', mimeType: 'text/plain', dataBase64: Buffer.from(text).toString('base64') });
  // Noor is a Staff Engineer only in her resume; Lee's resume says it of someone else's team, word by word apart.
  const noorsResume = resume(noor.id, 'Staff Engineer at Initech for six years');
  resume(lee.id, 'Engineer on the staff of a data team');
  await app.core.background.settled();
  return { app, ada, noor, noorsResume };
}

/** What the count counts, newest first: the truth. */
function counted(app: TestApp): string[] {
  const { where, params } = candidateFilterConditions(CandidateListInput.parse({ query }));
  return app.core.db.prepare(`SELECT name FROM candidates WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id DESC`).pluck().all(...params) as string[];
}

/** The page read from `driver` (null: walked), as names. */
function page(app: TestApp, driver: Condition | null): string[] {
  const ids = runList(app.core, candidateListQueries(CandidateListInput.parse({ query, limit: 20 }), driver), (r: { id: string }) => r.id).items;
  return ids.map((id) => app.core.db.prepare('SELECT name FROM candidates WHERE id = ?').pluck().get(id) as string);
}

/** Where the list's page of 20 starts for `q` (null: walked). */
const driverFor = (app: TestApp, q: string) => driverOf(app.core, smallestPart(app.core, queryConditions(parseQuery(q), 'rowTests'), FEW));

/** The page from the index's words and places, the walked page and the count, which must agree. */
function bothWays(app: TestApp): string[] {
  const driver = driverFor(app, query);
  expect(driver?.tests).toBeDefined();
  expect(page(app, driver)).toEqual(counted(app));
  expect(page(app, null)).toEqual(counted(app));
  return counted(app);
}

describe('a phrase with a place, read from the index', () => {
  it('finds a candidate through a resume holding the phrase, and follows the resume and the candidate to the trash and back', async () => {
    const { app, ada, noor, noorsResume } = await world();
    expect(bothWays(app)).toEqual(['Noor Haddad', 'Ada Lovelace']);
    app.call('files.delete', { id: noorsResume.id });
    expect(bothWays(app)).toEqual(['Ada Lovelace']);
    app.call('trash.restore', { kind: 'file', id: noorsResume.id });
    expect(bothWays(app)).toEqual(['Noor Haddad', 'Ada Lovelace']);
    app.call('candidates.delete', { id: noor.id });
    expect(bothWays(app)).toEqual(['Ada Lovelace']);
    app.call('trash.restore', { kind: 'candidate', id: noor.id });
    expect(bothWays(app)).toEqual(['Noor Haddad', 'Ada Lovelace']);
    // A candidate who moves away is found no more, though her resume still says it.
    app.call('candidates.update', { id: noor.id, location: 'Brno' });
    expect(bothWays(app)).toEqual(['Ada Lovelace']);
    app.call('candidates.update', { id: ada.id, currentTitle: 'Principal Engineer' });
    expect(bothWays(app)).toEqual([]);
  });

  it('tests only what the index has not found already: the place in its column, not the words again', async () => {
    const { app } = await world();
    const parsed = queryConditions(parseQuery(query), 'rowTests');
    const start = pageStarts(app.core, parsed)[0]!.read(100)!;
    expect(start.size).toBe(2);
    const tests = start.condition.tests!.map((t) => t.sql).join('\n');
    expect(tests).toMatch(/candidates\.location LIKE/);
    expect(tests).not.toMatch(/search_index|files/);
  });

  it('walks the sort order asking only whether each row was found, when a page is met sooner than they would all be read', async () => {
    const { app } = await world();
    for (const name of ['Kim Berg', 'Sam Roy']) app.call('candidates.create', { name, location: 'Oslo' });
    // Two found among six candidates: a page of 20 is met within the walk of all six.
    expect(driverFor(app, query)?.sql).toMatch(/^\+id IN/);
    // One found: read by id (a walk would go through every candidate to find it).
    const one = driverFor(app, '"Staff Engineer" location:Berlin')!;
    expect(one.sql).toMatch(/^id IN/);
    const ids = runList(app.core, candidateListQueries(CandidateListInput.parse({ query: '"Staff Engineer" location:Berlin' }), one), (r: { id: string }) => r.id).items;
    expect(ids.map((id) => app.core.db.prepare('SELECT name FROM candidates WHERE id = ?').pluck().get(id))).toEqual(['Dana Walsh']);
  });

  it('an upgraded database links the resumes it already holds', async () => {
    const { app } = await world();
    const file = app.file;
    closeDatabase(app.core);
    const db = new Database(file);
    db.exec('DROP TABLE resume_search_keys; PRAGMA user_version = 26;');
    db.close();
    const upgraded = await freshApp(file);
    expect(upgraded.core.db.prepare('SELECT count(*) FROM resume_search_keys').pluck().get()).toBe(2);
    expect(bothWays(upgraded)).toEqual(['Noor Haddad', 'Ada Lovelace']);
  });

  it("catching the index up links each resume indexed to its candidate's key by key, never walking the files or the keys", async () => {
    const { app } = await world();
    const plan = (app.core.db.prepare(`EXPLAIN QUERY PLAN ${catchUpSql.resumeOwner}`).all('x') as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SEARCH f USING INDEX/);
    expect(plan).toMatch(/SEARCH ck USING COVERING INDEX sqlite_autoindex_search_keys_1 \(kind=\? AND record_id=\?\)/);
    expect(plan).not.toMatch(/SCAN/);
  });
});
