import { describe, expect, it } from 'vitest';
import { CandidateListInput } from '../../src/api/candidates';
import { candidateFilterConditions, candidateListQueries, LIST_BOUNDS, listCandidates } from '../../src/candidates/candidateList';
import { runList } from '../../src/db/keyset';
import { CandidateFilters } from '../../src/api/bulk';
import { countSelection, resolveSelection } from '../../src/bulk/selection';
import type { Condition } from '../../src/search/candidateQuery';
import { queryConditions } from '../../src/search/candidateQuery';
import { driverOf, FEW, pageStarts, smallestPart } from '../../src/search/pageDriver';
import { parseQuery } from '../../src/search/syntax';
import { freshApp, type TestApp } from './helpers';

/**
 * A page of the candidate list is read two ways (issue 18's figure): walking the sort order and
 * testing each row, or from the few candidates one part of the query finds. Both must show what
 * the count counts, in the same order, page after page.
 */
async function world(): Promise<TestApp> {
  const app = await freshApp();
  const add = (name: string, more: object) => {
    app.clock.advance(60_000);
    return app.call('candidates.create', { name, allowDuplicate: true, ...more });
  };
  const people = [
    add('Ada Lovelace', { skills: ['Java', 'SQL'], currentTitle: 'Staff Engineer', currentEmployer: 'Acme', location: 'Prague', source: 'Referral', owner: 'Sam' }),
    add('Grace Hopper', { skills: ['Java'], currentTitle: 'Contract developer', currentEmployer: 'Navy', location: 'Prague', owner: 'Kim' }),
    add('Alan Turing', { skills: ['Kotlin', 'Spark'], currentTitle: 'Data engineer', currentEmployer: 'Bletchley', location: 'York', source: 'LinkedIn' }),
    add('Joan Clarke', { skills: ['Go', 'Spark'], currentTitle: 'Data scientist', currentEmployer: 'Acme Labs', location: 'London', owner: 'Sam' }),
    add('Dana Walsh', { skills: ['SQL'], currentTitle: 'Staff Engineer', currentEmployer: 'Globex', location: 'Berlin', source: 'Referral' }),
    add('Lee Chen', { skills: ['Python'], currentTitle: 'Data analyst', location: 'Prague', owner: 'Kim' }),
    add('Noor Haddad', { skills: [], currentTitle: 'Recruiter', location: 'Prague' }),
    add('Sven Nowak', { skills: ['Java', 'Spark'], currentTitle: 'Staff Engineer', currentEmployer: 'Acme', location: 'Prague' }),
    // Skills as a Japanese keyboard types them (full-width) and as a PDF pastes them (a ligature).
    add('Emi Sato', { skills: ['Ｊａｖａ', 'ﬁnance'], currentTitle: 'Ｑｕａｎｔ', location: 'Osaka' }),
  ];
  const [ada, grace, alan, joan, , lee, noor] = people;
  // Noor is a Staff Engineer only in her resume: the phrase must find her through it.
  const resume = (candidateId: string, text: string) =>
    app.call('files.attach', { candidateId, name: 'cv.txt', mimeType: 'text/plain', dataBase64: Buffer.from(text).toString('base64') });
  resume(noor!.id, 'Staff Engineer at Initech for six years, data platform');
  resume(grace!.id, 'Worked on data pipelines with Spark');
  await app.core.background.settled();
  app.call('tags.set', { kind: 'candidate', id: ada!.id, tags: ['Hot lead'] });
  app.call('tags.set', { kind: 'candidate', id: lee!.id, tags: ['Hot lead'] });
  const acme = app.call('clients.create', { name: 'Acme' });
  const job = app.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
  app.call('submissions.create', { candidateId: alan!.id, jobId: job.id, stage: 'submitted' });
  const offered = app.call('submissions.create', { candidateId: joan!.id, jobId: job.id, stage: 'submitted' });
  for (const stage of ['client_reviewing', 'interviewing', 'offer'] as const) app.call('submissions.move', { id: offered.id, stage });
  // A candidate in the trash is found by neither way.
  app.call('candidates.delete', { id: people[7]!.id });
  return app;
}

type Filters = Omit<CandidateListInput, 'sort' | 'cursor' | 'limit'>;

/** What the count counts, in the list's order: the truth both ways of reading a page must show. */
function counted(app: TestApp, filters: string | Filters, sort: 'updated' | 'name'): string[] {
  const { where, params } = candidateFilterConditions(CandidateListInput.parse(typeof filters === 'string' ? { query: filters } : filters));
  const order = sort === 'updated' ? 'updated_at DESC, id DESC' : 'name_key ASC, id ASC';
  return app.core.db.prepare(`SELECT id FROM candidates WHERE ${where.join(' AND ')} ORDER BY ${order}`).pluck().all(...params) as string[];
}

/** Where the list's page of 20 starts for `query` (null: walked), its part found for up to `few`. */
function driverFor(app: TestApp, query: string, few = FEW): Condition | null {
  return driverOf(app.core, smallestPart(app.core, queryConditions(parseQuery(query), 'rowTests'), few), few);
}

/** Every page of `limit` rows, one after the other, read from `driver` (null: walked). */
function paged(app: TestApp, query: string, sort: 'updated' | 'name', driver: Condition | null, limit = 2): string[] {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = runList(app.core, candidateListQueries(CandidateListInput.parse({ query, sort, cursor, limit }), driver), (r: { id: string }) => r.id);
    ids.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const queries = [
  '"Staff Engineer" location:Prague',
  'data -skill:Spark',
  'skill:java -title:contract prague',
  'skill:java OR skill:go',
  'skill:spark OR london',
  'title:engineer employer:acme',
  'title:"staff engineer" -location:prague',
  'tag:"hot lead" -owner:kim',
  'owner:sam',
  'source:referral "staff engineer"',
  'stage:offer',
  '-stage:submitted data',
  'engineer -"staff engineer"',
  'employer:globex location:berlin staff',
  'data location:prague',
  'nobody',
  'skill:Ｊａｖａ osaka',
  'skill:ﬁnance location:osaka',
  'title:Ｑｕａｎｔ location:osaka',
];

/** The list's count and every page of 2, as the list reads them (the pages after the first count nothing). */
function listed(app: TestApp, filters: Filters, sort: 'updated' | 'name', bounds = LIST_BOUNDS): { total: number | null; ids: string[] } {
  const input = (cursor?: string) => CandidateListInput.parse({ ...filters, sort, limit: 2, cursor });
  const first = listCandidates(app.core, input(), { bounds });
  const ids = first.items.map((c) => c.id);
  for (let cursor = first.nextCursor; cursor !== null; ) {
    const next = listCandidates(app.core, input(cursor), { bounds });
    expect(next.total).toBeNull();
    ids.push(...next.items.map((c) => c.id));
    cursor = next.nextCursor;
  }
  return { total: first.total, ids };
}

/** A query beside the list's filters: a query of one term is then counted as any other is, from its part. */
const besideFilters: Filters[] = [
  { query: 'owner:sam', location: 'Prague' },
  { query: 'skill:java', skills: ['SQL'] },
  { query: 'source:referral', owner: 'Sam' },
  { query: 'skill:spark', stage: 'offer' },
  { query: 'tag:"hot lead"', location: 'Prague', owner: 'Kim' },
  { query: 'data location:prague', owner: 'Kim' },
  { query: '', skills: ['Java'] },
];

/** Every case of the list's truth tests: each query alone, then beside filters. */
const cases: Filters[] = [...queries.map((query) => ({ query })), ...besideFilters];

describe('a page of the candidate list, walked or read from the few candidates a part of the query finds', () => {
  it.each(queries)('“%s”: the same candidates as the count, in the same order, page after page', async (query) => {
    const app = await world();
    const parsed = queryConditions(parseQuery(query), 'rowTests');
    for (const sort of ['updated', 'name'] as const) {
      const truth = counted(app, query, sort);
      expect(paged(app, query, sort, null)).toEqual(truth);
      // Every part the page could start from, however many it finds.
      for (const start of pageStarts(app.core, parsed)) {
        const read = start.read(Number.MAX_SAFE_INTEGER);
        if (read) expect(paged(app, query, sort, read.condition)).toEqual(truth);
      }
    }
  });

  it('the world holds what the queries look for (none of them is trivially empty but one)', async () => {
    const app = await world();
    const found = Object.fromEntries(cases.map((c) => [JSON.stringify(c), counted(app, c, 'updated').length]));
    expect(Object.entries(found).filter(([, n]) => n === 0)).toEqual([[JSON.stringify({ query: 'nobody' }), 0]]);
  });

  it('a phrase held only by a resume is found both ways, beside a place held by the candidate', async () => {
    const app = await world();
    const names = (ids: string[]) => ids.map((id) => app.core.db.prepare('SELECT name FROM candidates WHERE id = ?').pluck().get(id));
    const query = '"Staff Engineer" location:Prague';
    expect(names(counted(app, query, 'name'))).toEqual(['Ada Lovelace', 'Noor Haddad']);
    const driver = driverFor(app, query);
    expect(driver).not.toBeNull();
    expect(names(paged(app, query, 'name', driver))).toEqual(['Ada Lovelace', 'Noor Haddad']);
  });

  it('reads from a part only when it finds few; a common one is walked', async () => {
    const app = await world();
    expect(driverFor(app, 'owner:sam', 2)).not.toBeNull();
    expect(driverFor(app, 'owner:sam', 1)).toBeNull();
    expect(driverFor(app, 'skill:java -title:contract', 1)).toBeNull();
    // Only a field required by itself can start a page: an exclusion or an OR cannot.
    expect(driverFor(app, '-owner:sam', 100)).toBeNull();
    expect(driverFor(app, 'owner:sam OR owner:kim', 100)).toBeNull();
  });

  it('finds the candidates written down for each query, whichever part reads the row', async () => {
    const app = await world();
    const names = (query: string) => app.call('candidates.list', { query, sort: 'name', limit: 20 }).items.map((c) => c.name);
    // A single letter beside a field narrows as a prefix: it is not dropped.
    expect(names('j source:referral')).toEqual(['Ada Lovelace']);
    expect(names('g source:referral')).toEqual(['Dana Walsh']);
    expect(names('d title:engineer')).toEqual(['Alan Turing', 'Dana Walsh']);
    expect(names('l employer:acme')).toEqual(['Ada Lovelace', 'Joan Clarke']);
    expect(names('data -skill:Spark')).toEqual(['Grace Hopper', 'Lee Chen', 'Noor Haddad']);
    expect(names('"Staff Engineer" location:Prague')).toEqual(['Ada Lovelace', 'Noor Haddad']);
  });

  it.each([
    ['from one read of the part, sorted', { counted: Number.MAX_SAFE_INTEGER, sorted: Number.MAX_SAFE_INTEGER }],
    ['the part counted, the page walked', { counted: Number.MAX_SAFE_INTEGER, sorted: 0 }],
    // Only parts a page reads anyway (up to 500) are counted: the others by the query's sets.
    ['the part counted only when a page reads it', { counted: 0, sorted: 0 }],
  ])('the list’s count and first page, %s, are the truth, and its next pages follow on', async (_, bounds) => {
    const app = await world();
    for (const filters of cases) {
      for (const sort of ['updated', 'name'] as const) {
        const truth = counted(app, filters, sort);
        expect(listed(app, filters, sort, bounds), JSON.stringify(filters)).toEqual({ total: truth.length, ids: truth });
      }
    }
  });

  it('“select all that match” holds what the list counts, in its order, less those unticked', async () => {
    const app = await world();
    for (const filters of cases) {
      const truth = counted(app, filters, 'updated');
      const matching = CandidateFilters.parse(filters);
      const name = JSON.stringify(filters);
      expect(resolveSelection(app.core, { kind: 'candidate', matching, except: [] }).ids, name).toEqual(truth);
      expect(countSelection(app.core, { kind: 'candidate', matching, except: truth.slice(0, 1) }), name).toBe(Math.max(truth.length - 1, 0));
    }
  });

  it('a skill narrows from the index only a read larger than a page of 20’s, and the skill itself still decides', async () => {
    const app = await world();
    // Alan and Joan have Spark as a skill; Grace has it only in her resume, beside "data".
    const parsed = queryConditions(parseQuery('skill:spark data'), 'rowTests');
    expect(parsed.skills).toEqual(['body : ("spark")']);
    const sizes = (few: number) => pageStarts(app.core, parsed).map((s) => s.read(few)?.size ?? null);
    // Read for a page of 20, the index part holds every candidate with "data" (Alan, Joan, Lee, Noor, Grace's resume).
    expect(sizes(500)[0]).toBe(5);
    // Read for a count, only those whose entry also holds the skill's words (Alan, Joan).
    expect(sizes(100_000)[0]).toBe(2);
    const names = app.call('candidates.list', { query: 'skill:spark data', sort: 'name' });
    expect(names.total).toBe(2);
    expect(names.items.map((c) => c.name)).toEqual(['Alan Turing', 'Joan Clarke']);
  });

  it('the quick switcher and the list show the same first candidates', async () => {
    const app = await world();
    for (const query of queries) {
      const list = app.call('candidates.list', { query, limit: 5 }).items.map((c) => c.id);
      expect(app.call('search.query', { query, limit: 5 }).map((r) => r.id)).toEqual(list);
      expect(list).toEqual(counted(app, query, 'updated').slice(0, 5));
    }
  });
});

describe('the query plan of a walked page', () => {
  it.each([
    ['"staff engineer" location:prague', /SEARCH search_keys USING COVERING INDEX sqlite_autoindex_search_keys_1 \(kind=\? AND record_id=\?\)/],
    ['data -skill:spark', /SEARCH candidate_keys USING PRIMARY KEY \(key=\? AND candidate_id=\?\)/],
    // The tag first, as one of the page's tests in order (SQLite no longer makes it a join of its own, run last).
    ['tag:hot -stage:offer', /SEARCH tags USING INDEX tags_live_by_key \(subject_type=\? AND name_key=\? AND subject_id=\?\)/],
  ])('“%s” walks the sort order’s index and tests each row by an index probe, with no sort step', async (query, probe) => {
    const { core } = await freshApp();
    const { page } = candidateListQueries(CandidateListInput.parse({ query }));
    const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${page.sql}`).all(...page.params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SCAN candidates USING INDEX candidates_live_by_updated/);
    expect(plan).toMatch(probe);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
