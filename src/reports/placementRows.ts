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
    [CURRENT_STAGE_JOIN, 'JOIN submission_progress now ON now.submission_id = s.id AND now.live = 1'],
    ['JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL', ''],
    ['c.name AS candidate_name', 'now.name AS candidate_name'],
    ['now.created_at AS placed_at', 'now.at AS placed_at'],
  ].reduce((sql, [from, to]) => swap(sql, from!, to!), selectPlacements) + (source ? ' AND now.source = @source' : '');
