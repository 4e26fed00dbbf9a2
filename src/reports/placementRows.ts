import { selectPlacements } from '../placements/placements';
import { CURRENT_STAGE_JOIN } from '../submissions/submissions';

/** `sql` with `from` put to `to`; fails at once (the tests load it) if the placements' query no longer says `from`. */
function swap(sql: string, from: string, to: string): string {
  if (!sql.includes(from)) throw new Error(`The placements' query no longer holds «${from}»: src/reports/placementRows.ts needs updating`);
  return sql.replace(from, to);
}

/**
 * The placements that stand, as the Placements screen reads them (src/placements), but with where
 * each submission stands and its candidate's name and source from submission_progress (migration
 * 26): the placements' own query finds each one's latest move among its history and reads the
 * candidate's wide row, three times the searches for the same rows.
 */
export const reportPlacements = (source: boolean) =>
  [
    // By the index of those placed, which holds all read of them (migration 29); the index of the waiting holds them too, but not their names.
    [CURRENT_STAGE_JOIN, 'JOIN submission_progress now INDEXED BY submission_progress_placed_facts ON now.submission_id = s.id AND now.live = 1'],
    ['JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL', ''],
    ['c.name AS candidate_name', 'now.name AS candidate_name'],
    ['now.created_at AS placed_at', 'now.at AS placed_at'],
  ].reduce((sql, [from, to]) => swap(sql, from!, to!), selectPlacements) + (source ? ' AND now.source = @source' : '');

/**
 * The same placements for the reports, with no job or client read: the reports know the filters'
 * jobs (with their title and client) already, and fill them in (job_title, client_id and
 * client_name come back null). Cold at 100k, the two joins' pages cost more than the rest.
 */
export const reportPlacementsBare = (source: boolean) =>
  [
    ['j.title AS job_title, j.client_id,', 'NULL AS job_title, NULL AS client_id,'],
    ['cl.name AS client_name', 'NULL AS client_name'],
    ['JOIN jobs j ON j.id = s.job_id AND j.deleted_at IS NULL', ''],
    ['JOIN clients cl ON cl.id = j.client_id', ''],
  ].reduce((sql, [from, to]) => swap(sql, from!, to!), reportPlacements(source));
