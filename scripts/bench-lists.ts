/**
 * Figures for shortlists, tags and bulk actions (issue 18), measured by scripts/bench.ts beside
 * its own: a search with fields and exclusions, a bulk tag of 10,000 selected candidates, and
 * every candidate selected and exported to CSV. The bulk tag is rolled back after each run, so
 * the data set stays as it was made.
 */
import { contract, type Method, type ParsedInput } from '../src/api/contract';
import { bulkTag } from '../src/bulk/actions';
import { exportSelection } from '../src/bulk/exportCsv';
import type { Core } from '../src/db/core';
import type { Random } from '../src/demo/random';
import * as words from '../src/demo/words';
import { searchEverything } from '../src/search/search';
import { listCandidates } from '../src/candidates/candidateList';

export interface Measure<F> {
  time: (run: () => unknown) => number;
  figure: (name: string, samples: number[], target: number | null, naive?: number[] | null) => F;
}

const parse = <M extends Method>(method: M, input: unknown) => contract[method].input.parse(input) as ParsedInput<M>;

class RolledBack extends Error {}

/** Runs `work` in a transaction that is then rolled back, for work that must not change the data set. */
function thenRollBack(core: Core, work: () => unknown): void {
  try {
    core.db.transaction(() => {
      work();
      throw new RolledBack();
    }).immediate();
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

export function listFigures<F>(core: Core, candidates: number, random: Random, { time, figure }: Measure<F>): F[] {
  const figures: F[] = [];
  const title = () => random.pick(words.titles).split(' ')[0]!.toLowerCase();
  const queries = Array.from({ length: 100 }, () => {
    const city = random.pick(words.cities);
    return `skill:${JSON.stringify(random.pick(words.skills))} -title:${title()} ${city.includes(' ') ? JSON.stringify(city) : city.slice(0, 4)}`;
  });
  const switcher = queries.map((query) => time(() => searchEverything(core, parse('search.query', { query }))));
  // The same without the index: skills as their JSON text, the title and the city by LIKE.
  const likeScan = core.db.prepare(
    `SELECT id FROM candidates WHERE deleted_at IS NULL AND skills LIKE @skill AND coalesce(current_title, '') NOT LIKE @title
     AND (name LIKE @place OR location LIKE @place OR current_title LIKE @place OR current_employer LIKE @place)
     ORDER BY updated_at DESC LIMIT 20`,
  );
  const naive = queries.slice(0, 30).map((query) => {
    const [, skill, , notTitle, place] = /^skill:("[^"]+") -title:(\S+) (.+)$/.exec(query)!.flatMap((m, i) => (i === 2 ? [m, m] : [m]));
    return time(() => likeScan.all({ skill: `%${skill}%`, title: `%${notTitle}%`, place: `%${place!.replaceAll('"', '')}%` }));
  });
  figures.push(figure('search with a field, an exclusion and a place, 100 queries (quick switcher, vs a LIKE scan)', switcher, 10, naive));
  const lists = queries.slice(0, 50).map((query) => time(() => listCandidates(core, parse('candidates.list', { query, limit: 100 }))));
  figures.push(figure('candidate list for the same queries, first page of 100 with its count', lists, 16));

  const picked = core.db.prepare('SELECT id FROM candidates WHERE deleted_at IS NULL LIMIT 10000').pluck().all() as string[];
  const tagging = Array.from({ length: 3 }, () =>
    time(() => thenRollBack(core, () => bulkTag(core, parse('bulk.tag', { selection: { kind: 'candidate', ids: picked }, tags: ['bench'] })))),
  );
  figures.push(figure(`bulk tag of ${picked.length} selected candidates (one transaction, rolled back after)`, tagging, 2000));

  const everyone = parse('bulk.exportCsv', { selection: { kind: 'candidate', matching: {} } });
  const exported = time(() => core.db.transaction(() => exportSelection(core, everyone))());
  figures.push(figure(`all ${candidates} candidates selected and exported to CSV`, [exported], 2000));
  return figures;
}
