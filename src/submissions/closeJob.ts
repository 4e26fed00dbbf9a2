import type { ClosingPlan, JobClosed } from '../api/jobClosing';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { isClosed, type StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { getJob, updateJob } from '../jobs/jobs';
import { insertReminder } from '../reminders/reminders';
import { dayIn } from '../reminders/time';
import { interviewEntity } from './interviews';
import { CURRENT_STAGE_JOIN, recordStage } from './submissions';

interface OnJob {
  submission_id: string;
  candidate_id: string;
  candidate_name: string;
  stage: StageName;
  upcoming: number;
}

function onJob(core: Core, jobId: string): OnJob[] {
  return statement(
    core.db,
    `SELECT s.id AS submission_id, c.id AS candidate_id, c.name AS candidate_name, now.stage,
       (SELECT count(*) FROM interviews i WHERE i.submission_id = s.id AND i.deleted_at IS NULL AND i.cancelled = 0
          AND i.starts_at > ?) AS upcoming
     FROM submissions s ${CURRENT_STAGE_JOIN}
     JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
     WHERE s.job_id = ? AND s.deleted_at IS NULL
     ORDER BY c.name`,
  ).all(core.clock.now().toISOString(), jobId) as OnJob[];
}

/** Whether every opening of a job is placed, and who else is still on it: asked after each placement. */
export function closingPlan(core: Core, jobId: string): ClosingPlan {
  const job = getJob(core, jobId);
  const rows = onJob(core, jobId);
  const placed = rows.filter((row) => row.stage === 'placed').length;
  return {
    jobId: job.id,
    jobTitle: job.title,
    clientName: job.clientName,
    openings: job.openings,
    placed,
    proposeClosing: placed >= job.openings && (job.status === 'open' || job.status === 'on_hold'),
    others: rows
      .filter((row) => row.stage !== 'placed' && !isClosed(row.stage))
      .map((row) => ({
        submissionId: row.submission_id,
        candidateId: row.candidate_id,
        candidateName: row.candidate_name,
        stage: row.stage,
        upcomingInterviews: row.upcoming,
      })),
  };
}

/**
 * Closes a filled job and the work around it, in one change: the job is filled, each other
 * candidate is told, rejected with the reason or kept for another job, and their interviews still
 * to come are cancelled (the job they were for is gone). The follow-ups proposed for the job and
 * its submissions (chases, offers, debriefs, check-ins) then close themselves.
 */
export function closeJob(core: Core, input: ParsedInput<'jobs.close'>): JobClosed {
  const plan = closingPlan(core, input.id);
  const job = getJob(core, input.id);
  if (job.status === 'filled' || job.status === 'cancelled') {
    throw new ApiError('invalid_input', `${job.title} is already ${job.status}.`, 'id');
  }
  const others = new Map(plan.others.map((other) => [other.submissionId, other]));
  input.others.forEach(({ submissionId }, i) => {
    if (!others.has(submissionId)) {
      throw new ApiError('invalid_input', 'This candidate is no longer on the job, or their submission is closed.', `others.${i}.submissionId`);
    }
  });
  const actions = new Map(input.others.map(({ submissionId, action }) => [submissionId, action]));
  if (input.reason === null && [...actions.values()].includes('reject')) {
    throw new ApiError('invalid_input', 'Say why the candidates are rejected: it is kept in their history.', 'reason');
  }
  updateJob(core, { id: job.id, status: 'filled' } as ParsedInput<'jobs.update'>);
  const today = dayIn(core.clock.now(), core.timeZone);
  const done: JobClosed = { rejected: 0, notified: 0, kept: 0, interviewsCancelled: 0 };
  const upcoming = statement(
    core.db,
    'SELECT id FROM interviews WHERE submission_id = ? AND deleted_at IS NULL AND cancelled = 0 AND starts_at > ?',
  );
  for (const other of others.values()) {
    const action = actions.get(other.submissionId) ?? 'keep';
    for (const id of upcoming.pluck().all(other.submissionId, core.clock.now().toISOString()) as string[]) {
      updateRecord(core, interviewEntity, id, { cancelled: 1 });
      done.interviewsCancelled += 1;
    }
    const followUp = (title: string, kind: 'email' | 'other') =>
      insertReminder(core, {
        title,
        kind,
        about: { kind: 'candidate', id: other.candidateId },
        notes: null,
        dueOn: today,
        dueTime: null,
        timeZone: core.timeZone,
        repeat: null,
      });
    if (action === 'reject') {
      recordStage(core, other.submissionId, 'rejected', null, input.reason);
      done.rejected += 1;
    } else if (action === 'notify') {
      recordStage(core, other.submissionId, 'rejected', null, input.reason ?? `${job.title} was filled`);
      followUp(`Tell ${other.candidateName} that ${job.title} at ${job.clientName} is filled`, 'email');
      done.notified += 1;
    } else {
      followUp(`Find another job for ${other.candidateName} (was on ${job.title} at ${job.clientName})`, 'other');
      done.kept += 1;
    }
  }
  return done;
}
