import type { ParsedInput } from '../api/contract';
import type { Dependents } from '../api/trash';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { CURRENT_STAGE_JOIN } from '../submissions/submissions';

/** A submission still being worked: not closed, not yet placed. */
const LIVE = `now.stage NOT IN ('rejected', 'withdrawn', 'lost', 'placed')`;

/** Which submissions belong to the record, by its kind (a client's through its jobs). */
const submissionsOf = {
  client: 's.job_id IN (SELECT id FROM jobs WHERE client_id = @id AND deleted_at IS NULL)',
  job: 's.job_id = @id',
  candidate: 's.candidate_id = @id',
} as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function liveSubmissions(core: Core, kind: keyof typeof submissionsOf, id: string): string[] {
  const row = statement(
    core.db,
    `SELECT count(DISTINCT s.id) AS live,
       (SELECT count(*) FROM interviews i JOIN submissions s2 ON s2.id = i.submission_id
          WHERE i.deleted_at IS NULL AND i.cancelled = 0 AND i.starts_at > @now
            AND s2.id IN (SELECT s.id FROM submissions s ${CURRENT_STAGE_JOIN}
                          WHERE ${submissionsOf[kind]} AND s.deleted_at IS NULL AND ${LIVE})) AS upcoming
     FROM submissions s ${CURRENT_STAGE_JOIN}
     WHERE ${submissionsOf[kind]} AND s.deleted_at IS NULL AND ${LIVE}`,
  ).get({ id, now: core.clock.now().toISOString() }) as { live: number; upcoming: number };
  return [
    row.live > 0 ? plural(row.live, 'live submission', 'live submissions') : '',
    row.upcoming > 0 ? plural(row.upcoming, 'upcoming interview', 'upcoming interviews') : '',
  ];
}

const OPEN_JOB = `deleted_at IS NULL AND status IN ('open', 'on_hold')`;

/**
 * The live work a record's deletion would orphan, so the app can say what hangs on it and ask:
 * a client's open jobs, live submissions and upcoming interviews; a job's or candidate's live
 * submissions and interviews; the open jobs a contact is the hiring manager or HR contact of.
 */
export function dependentsOf(core: Core, { kind, id }: ParsedInput<'trash.dependents'>): Dependents {
  const items: string[] = [];
  if (kind === 'client') {
    const { jobs } = statement(core.db, `SELECT count(*) AS jobs FROM jobs WHERE client_id = ? AND ${OPEN_JOB}`).get(id) as { jobs: number };
    if (jobs > 0) items.push(plural(jobs, 'open job', 'open jobs'));
  }
  if (kind === 'contact') {
    const row = statement(
      core.db,
      `SELECT sum(hiring_manager_id = @id) AS managing, sum(hr_contact_id = @id) AS hr
       FROM jobs WHERE (hiring_manager_id = @id OR hr_contact_id = @id) AND ${OPEN_JOB}`,
    ).get({ id }) as { managing: number | null; hr: number | null };
    if (row.managing) items.push(`hiring manager on ${plural(row.managing, 'open job', 'open jobs')}`);
    if (row.hr) items.push(`HR contact on ${plural(row.hr, 'open job', 'open jobs')}`);
  } else {
    items.push(...liveSubmissions(core, kind, id));
  }
  return { items: items.filter(Boolean) };
}
