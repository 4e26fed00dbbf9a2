import type { CandidateSubmission } from '../api/candidates';
import type { Money } from '../api/common';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { stageLabels, type Placement, type StageChange, type StageName, type Submission } from '../api/submissions';
import { getCandidate } from '../candidates/candidates';
import { getClient } from '../clients/clients';
import type { Core } from '../db/core';
import { insertRecord, updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { currentIntake } from '../jobs/intake';
import { getJob } from '../jobs/jobs';
import { recordPlacement, termsFee } from '../placements/record';
import { checkMove } from './stages';

export const submissionEntity: Entity = {
  table: 'submissions',
  fields: [
    'candidate_id',
    'job_id',
    'placement_start_on',
    'placement_salary',
    'placement_currency',
    'placement_fee',
    'placement_fee_currency',
    'guarantee_ends_on',
  ],
  groups: [
    [
      'placement_start_on',
      'placement_salary',
      'placement_currency',
      'placement_fee',
      'placement_fee_currency',
      'guarantee_ends_on',
    ],
  ],
};

export const stageChangeEntity: Entity = { table: 'stage_changes', fields: ['submission_id', 'stage', 'step', 'reason'] };

/** A submission's current stage is its latest stage change: this joins it in as `now`. */
export const CURRENT_STAGE_JOIN = `JOIN stage_changes now ON now.id = (
  SELECT id FROM stage_changes WHERE submission_id = s.id AND deleted_at IS NULL ORDER BY created_hlc DESC LIMIT 1)`;

interface SubmissionRow {
  id: string;
  candidate_id: string;
  candidate_name: string;
  job_id: string;
  job_title: string;
  client_id: string;
  client_name: string;
  stage: StageName;
  step: string | null;
  stage_since: string;
  placement_start_on: string | null;
  placement_salary: number | null;
  placement_currency: string | null;
  placement_fee: number | null;
  placement_fee_currency: string | null;
  guarantee_ends_on: string | null;
  created_at: string;
}

const selectSubmissions = `
  SELECT s.*, c.name AS candidate_name, j.title AS job_title, j.client_id, cl.name AS client_name,
    now.stage, now.step, now.created_at AS stage_since
  FROM submissions s
  ${CURRENT_STAGE_JOIN}
  JOIN candidates c ON c.id = s.candidate_id
  JOIN jobs j ON j.id = s.job_id
  JOIN clients cl ON cl.id = j.client_id`;

function toSubmission(row: SubmissionRow): Submission {
  const placement: Placement | null =
    row.placement_start_on === null || row.placement_salary === null || row.placement_currency === null
      ? null
      : {
          startOn: row.placement_start_on,
          salary: { amount: row.placement_salary, currency: row.placement_currency },
          fee:
            row.placement_fee === null || row.placement_fee_currency === null
              ? null
              : { amount: row.placement_fee, currency: row.placement_fee_currency },
          guaranteeEndsOn: row.guarantee_ends_on,
        };
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    jobId: row.job_id,
    jobTitle: row.job_title,
    clientId: row.client_id,
    clientName: row.client_name,
    stage: row.stage,
    step: row.step,
    stageSince: row.stage_since,
    placement,
    createdAt: row.created_at,
  };
}

export function getSubmission(core: Core, id: string): Submission {
  const row = statement(
    core.db,
    `${selectSubmissions} WHERE s.id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL AND j.deleted_at IS NULL`,
  ).get(id) as SubmissionRow | undefined;
  if (!row) throw new ApiError('not_found', 'This submission does not exist, or its candidate or job is in the trash.');
  return toSubmission(row);
}

export function candidateSubmissions(core: Core, candidateId: string): CandidateSubmission[] {
  const rows = statement(
    core.db,
    `${selectSubmissions} WHERE s.candidate_id = ? AND s.deleted_at IS NULL AND j.deleted_at IS NULL
     ORDER BY now.created_hlc DESC`,
  ).all(candidateId) as SubmissionRow[];
  return rows.map((r) => ({
    id: r.id,
    jobId: r.job_id,
    jobTitle: r.job_title,
    clientId: r.client_id,
    clientName: r.client_name,
    stage: r.stage,
    stageSince: r.stage_since,
  }));
}

export function stageHistory(core: Core, submissionId: string): StageChange[] {
  return statement(
    core.db,
    `SELECT id, stage, step, reason, created_at AS at, created_by AS "by" FROM stage_changes
     WHERE submission_id = ? AND deleted_at IS NULL ORDER BY created_hlc`,
  ).all(submissionId) as StageChange[];
}

/** The interview steps agreed at the job's intake, in order. */
export function interviewSteps(core: Core, jobId: string): string[] {
  return currentIntake(core, jobId)?.interviewStages.map((s) => s.name) ?? [];
}

/** Presents a candidate for a job: once only, and only while the job is open or on hold. */
export function createSubmission(core: Core, input: ParsedInput<'submissions.create'>): Submission {
  const candidate = getCandidate(core, input.candidateId);
  let job;
  try {
    job = getJob(core, input.jobId);
  } catch {
    throw new ApiError('invalid_input', 'Choose a job that exists and is not in the trash.', 'jobId');
  }
  if (job.status === 'filled' || job.status === 'cancelled') {
    throw new ApiError('invalid_input', `${job.title} is ${job.status}: it takes no more candidates.`, 'jobId');
  }
  const existing = statement(
    core.db,
    `SELECT now.stage FROM submissions s ${CURRENT_STAGE_JOIN}
     WHERE s.candidate_id = ? AND s.job_id = ? AND s.deleted_at IS NULL`,
  ).get(input.candidateId, input.jobId) as { stage: StageName } | undefined;
  if (existing) {
    throw new ApiError(
      'duplicate',
      `${candidate.name} is already on ${job.title} (${stageLabels[existing.stage]}).`,
      'candidateId',
    );
  }
  const id = insertRecord(core, submissionEntity, { candidate_id: input.candidateId, job_id: input.jobId });
  recordStage(core, id, input.stage, null, null);
  return getSubmission(core, id);
}

export function recordStage(core: Core, submissionId: string, stage: StageName, step: string | null, reason: string | null) {
  insertRecord(core, stageChangeEntity, { submission_id: submissionId, stage, step, reason });
}

/** Moves a submission along (or back) its road, keeping every step in its history. */
export function moveSubmission(core: Core, input: ParsedInput<'submissions.move'>): Submission {
  const submission = getSubmission(core, input.id);
  const next = checkMove(submission, input, interviewSteps(core, submission.jobId));
  if (next.stage === 'placed') {
    if (input.placement === null) {
      throw new ApiError('invalid_input', 'Enter the start date and salary of the placement.', 'placement');
    }
    updateRecord(core, submissionEntity, input.id, placementColumns(core, submission, input.placement));
    recordPlacement(core, input.id, submission.jobId, input.placement.salary);
  }
  recordStage(core, input.id, next.stage, next.step, input.reason);
  return getSubmission(core, input.id);
}

/** The fee comes from the job's terms (or the client's when the job has none), the guarantee from the client's. */
function placementColumns(core: Core, submission: Submission, placement: { startOn: string; salary: Money }) {
  const job = getJob(core, submission.jobId);
  const fee = termsFee(core, job.id, placement.salary);
  const guaranteeDays = getClient(core, job.clientId).guaranteeDays;
  return {
    placement_start_on: placement.startOn,
    placement_salary: placement.salary.amount,
    placement_currency: placement.salary.currency,
    placement_fee: fee?.amount ?? null,
    placement_fee_currency: fee?.currency ?? null,
    guarantee_ends_on: guaranteeDays === null ? null : addDays(placement.startOn, guaranteeDays),
  };
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
