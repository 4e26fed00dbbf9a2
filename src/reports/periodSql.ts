/** Pieces of the reports' SQL over submission_progress (migration 26), written once. */

/** Stage names (or other fixed words of ours, never input) as an SQL list: `'a', 'b'`. */
export const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A submission as the reports count it, in submission_progress under `alias`: live, on one of the
 * filters' jobs (@jobs), its candidate of @source when asked. The job is checked after the row is
 * found (+), so a search by time or id is not turned into one by job.
 */
export const onFilters = (alias: string, source: boolean) =>
  `${alias}.live = 1 AND +${alias}.job_id IN (SELECT value FROM json_each(@jobs))${source ? ` AND ${alias}.source = @source` : ''}`;

/** The parameters onFilters names: the filters' jobs, and the candidate source when there is one. */
export const filterParams = (jobs: Iterable<string>, source: string | null) => ({
  jobs: JSON.stringify([...jobs]),
  ...(source !== null && { source }),
});
