import type { ParsedInput } from '../api/contract';
import type { Page } from '../api/common';
import type { JobSummary } from '../api/jobs';
import type { Core } from '../db/core';
import { keysetQueries, runList } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { tagKey } from '../tags/tagKey';
import { taggedWith, tagsOfRow } from '../tags/tagSql';

const sorts = {
  // Undated jobs last; the expression matches the index jobs_live_by_target.
  target: { sortKey: "coalesce(target_fill_on, '9999-12-31')", direction: 'ASC' },
  opened: { sortKey: 'opened_on', direction: 'DESC' },
  updated: { sortKey: 'updated_at', direction: 'DESC' },
  priority: { sortKey: "CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END", direction: 'ASC' },
  client: { sortKey: '(SELECT name_key FROM clients WHERE id = jobs.client_id)', direction: 'ASC' },
  // Computed per job: a book has hundreds or a few thousand jobs, so the sort reads them all and stays quick.
  pipeline: {
    sortKey: `(SELECT count(*) FROM submissions s WHERE s.job_id = jobs.id AND s.deleted_at IS NULL
      AND (SELECT stage FROM stage_changes WHERE submission_id = s.id AND deleted_at IS NULL ORDER BY created_hlc DESC LIMIT 1)
        NOT IN ('placed', 'rejected', 'withdrawn', 'lost'))`,
    direction: 'DESC',
  },
  /** Its latest edit, note or stage move, like the candidate list's last activity. */
  activity: {
    sortKey: `max(jobs.updated_at,
      coalesce((SELECT max(n.created_at) FROM notes n WHERE n.subject_type = 'job' AND n.subject_id = jobs.id AND n.deleted_at IS NULL), ''),
      coalesce((SELECT max(sc.created_at) FROM submissions s JOIN stage_changes sc ON sc.submission_id = s.id WHERE s.job_id = jobs.id), ''))`,
    direction: 'DESC',
  },
} as const;

/**
 * How many of a job's live submissions are in play (not closed, not placed), interviewing, and
 * placed: each submission's stage is its latest stage change, read by index for the page's jobs.
 */
const PIPELINE_SQL = `(SELECT json_object(
    'active', count(*) FILTER (WHERE stage NOT IN ('placed', 'rejected', 'withdrawn', 'lost')),
    'interviewing', count(*) FILTER (WHERE stage = 'interviewing'),
    'placed', count(*) FILTER (WHERE stage = 'placed'))
  FROM (SELECT (SELECT stage FROM stage_changes WHERE submission_id = s.id AND deleted_at IS NULL
      ORDER BY created_hlc DESC LIMIT 1) AS stage
    FROM submissions s WHERE s.job_id = jobs.id AND s.deleted_at IS NULL))`;

/** The conditions the list's filters put on jobs: the list and "select all that match" read them from here. */
export function jobFilterConditions(input: Pick<ParsedInput<'jobs.list'>, 'clientId' | 'status' | 'priority' | 'tag'>) {
  // NOT EXISTS rather than IN: it lets SQLite walk the sort index instead of sorting every job.
  const where = [
    'deleted_at IS NULL',
    'NOT EXISTS (SELECT 1 FROM clients WHERE clients.id = jobs.client_id AND clients.deleted_at IS NOT NULL)',
  ];
  const params: SqlValue[] = [];
  for (const [column, value] of [
    ['client_id', input.clientId],
    ['status', input.status],
    ['priority', input.priority],
  ] as const) {
    if (value === null) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (input.tag !== '') {
    where.push(taggedWith('job'));
    params.push(tagKey(input.tag));
  }
  return { where, params };
}

/** Jobs across all clients (or one), filtered, one keyset page at a time. */
export function jobListQueries(input: ParsedInput<'jobs.list'>) {
  const { where, params } = jobFilterConditions(input);
  return keysetQueries({
    select: `id, client_id, (SELECT name FROM clients WHERE id = jobs.client_id) AS client_name, title, status,
      priority, openings, location, opened_on, target_fill_on, owner, ${PIPELINE_SQL} AS pipeline,
      ${tagsOfRow('job', 'jobs')} AS tags`,
    table: 'jobs',
    where,
    params,
    ...sorts[input.sort],
    cursor: input.cursor,
    limit: input.limit,
  });
}

interface JobSummaryRow {
  id: string;
  client_id: string;
  client_name: string;
  title: string;
  status: JobSummary['status'];
  priority: JobSummary['priority'];
  openings: number;
  location: string | null;
  opened_on: string;
  target_fill_on: string | null;
  pipeline: string;
  owner: string | null;
  tags: string;
  sort_key: string;
}

export function listJobs(core: Core, input: ParsedInput<'jobs.list'>): Page<JobSummary> {
  return runList(core, jobListQueries(input), (r: JobSummaryRow) => ({
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    title: r.title,
    status: r.status,
    priority: r.priority,
    openings: r.openings,
    location: r.location,
    openedOn: r.opened_on,
    targetFillOn: r.target_fill_on,
    pipeline: JSON.parse(r.pipeline) as JobSummary['pipeline'],
    owner: r.owner,
    tags: JSON.parse(r.tags) as string[],
  }));
}
