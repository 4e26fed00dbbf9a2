import type { JobStatus } from '../../api/jobs';
import type { StageName } from '../../api/submissions';
import type { Core } from '../../db/core';
import { statement } from '../../db/statements';

/** A live submission as the rules see it: where it stands, since when, and who is involved. */
export interface CurrentSubmission {
  submission_id: string;
  job_id: string;
  change_id: string;
  stage: StageName;
  since: string;
  since_hlc: string;
  candidate: string;
  job: string;
  /** Open, on hold, filled or cancelled: work on a closed job stops with it. */
  job_status: JobStatus;
  client_id: string;
  client: string;
  hiring_manager: string | null;
  hr: string | null;
  placement_start_on: string | null;
  guarantee_ends_on: string | null;
  /** The stamp of the client's latest feedback, if any. */
  feedback_hlc: string | null;
}

/**
 * Every live submission with its current stage, read once for all the rules of a run. The stage
 * comes from one grouped pass over the history (SQLite gives the other columns of the row that
 * holds the max). The names that belong to a job (its client, hiring manager and HR) are looked
 * up once per job, and the latest feedback through its index: joined per submission, they made
 * the pass a third slower (about 400 ms against 280 ms at 100k candidates).
 */
export function currentSubmissions(core: Core): CurrentSubmission[] {
  return statement(
    core.db,
    `WITH now AS (
       SELECT submission_id, id, stage, created_at, max(created_hlc) AS created_hlc
       FROM stage_changes WHERE deleted_at IS NULL GROUP BY submission_id),
     named_jobs AS MATERIALIZED (
       SELECT j.id, j.title AS job, j.status AS job_status, j.client_id, cl.name AS client, hm.name AS hiring_manager, hr.name AS hr
       FROM jobs j JOIN clients cl ON cl.id = j.client_id
       LEFT JOIN contacts hm ON hm.id = j.hiring_manager_id AND hm.deleted_at IS NULL
       LEFT JOIN contacts hr ON hr.id = j.hr_contact_id AND hr.deleted_at IS NULL
       WHERE j.deleted_at IS NULL)
     SELECT s.id AS submission_id, s.job_id, now.id AS change_id, now.stage, now.created_at AS since,
       now.created_hlc AS since_hlc, c.name AS candidate, nj.job, nj.job_status, nj.client_id, nj.client, nj.hiring_manager, nj.hr,
       s.placement_start_on, s.guarantee_ends_on,
       (SELECT max(created_hlc) FROM feedback f WHERE f.submission_id = s.id AND f.deleted_at IS NULL) AS feedback_hlc
     FROM now JOIN submissions s ON s.id = now.submission_id
     JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
     JOIN named_jobs nj ON nj.id = s.job_id
     WHERE s.deleted_at IS NULL`,
  ).all() as CurrentSubmission[];
}

/** Whether work on a submission's job goes on: a filled or cancelled job takes its chases and offers with it. */
export const jobLive = (row: { job_status: JobStatus }) => row.job_status === 'open' || row.job_status === 'on_hold';

/** Reads once, on first use, for the rules of one run. */
export function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined;
  return () => (value ??= { read: read() }).read;
}
