import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { isClosed, type Interview } from '../api/submissions';
import { assertContactsAtClient, contactName } from '../clients/contacts';
import type { Core } from '../db/core';
import { insertRecord, updateRecord, type Entity, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { getSubmission, interviewSteps, recordStage } from './submissions';

export const interviewEntity: Entity = {
  table: 'interviews',
  fields: ['submission_id', 'starts_at', 'time_zone', 'duration_minutes', 'step', 'interviewer_ids', 'format', 'place', 'cancelled'],
};

interface InterviewRow {
  id: string;
  submission_id: string;
  starts_at: string;
  time_zone: string;
  duration_minutes: number;
  step: string | null;
  interviewer_ids: string;
  format: Interview['format'];
  place: string | null;
  cancelled: number;
}

function toInterview(core: Core, row: InterviewRow): Interview {
  const ids = JSON.parse(row.interviewer_ids) as string[];
  return {
    id: row.id,
    submissionId: row.submission_id,
    startsAt: row.starts_at,
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    step: row.step,
    interviewers: ids.map((id) => ({ id, name: contactName(core, id).name })),
    format: row.format,
    place: row.place,
    cancelled: row.cancelled === 1,
  };
}

export function submissionInterviews(core: Core, submissionId: string): Interview[] {
  const rows = statement(
    core.db,
    'SELECT * FROM interviews WHERE submission_id = ? AND deleted_at IS NULL ORDER BY starts_at, id',
  ).all(submissionId) as InterviewRow[];
  return rows.map((row) => toInterview(core, row));
}

/** Interviewers are contacts of the job's client; the step one of the job's interview steps. */
function checkInterview(
  core: Core,
  jobId: string,
  clientId: string,
  fields: { step?: string | null; interviewerIds?: string[] },
  kept: ReadonlySet<string> = new Set(),
) {
  const steps = interviewSteps(core, jobId);
  if (fields.step && steps.length > 0 && !steps.includes(fields.step)) {
    throw new ApiError('invalid_input', `Choose one of this job’s interview steps: ${steps.join(', ')}.`, 'step');
  }
  const chosen = (fields.interviewerIds ?? []).map((id, i) => ({ id, field: `interviewerIds.${i}` }));
  assertContactsAtClient(core, clientId, chosen, kept);
}

/** Normalises an instant to UTC, so interviews sort and compare as text. */
const toUtc = (instant: string) => new Date(instant).toISOString();

/**
 * Schedules an interview. A submission not yet interviewing moves to interviewing at that step,
 * since an interview date is the clearest sign that it did.
 */
export function scheduleInterview(core: Core, input: ParsedInput<'interviews.schedule'>): Interview {
  const submission = getSubmission(core, input.submissionId);
  if (isClosed(submission.stage)) {
    throw new ApiError('invalid_input', 'Reopen this submission before scheduling an interview.', 'submissionId');
  }
  checkInterview(core, submission.jobId, submission.clientId, input);
  const steps = interviewSteps(core, submission.jobId);
  const step = input.step ?? (steps.length > 0 ? steps[0]! : null);
  const id = insertRecord(core, interviewEntity, {
    submission_id: input.submissionId,
    starts_at: toUtc(input.startsAt),
    time_zone: input.timeZone,
    duration_minutes: input.durationMinutes,
    step,
    interviewer_ids: JSON.stringify([...new Set(input.interviewerIds)]),
    format: input.format,
    place: input.place,
    cancelled: 0,
  });
  if (['shortlisted', 'submitted', 'client_reviewing'].includes(submission.stage)) {
    recordStage(core, submission.id, 'interviewing', step, null);
  }
  return getInterview(core, id);
}

export function getInterview(core: Core, id: string): Interview {
  const row = statement(core.db, 'SELECT * FROM interviews WHERE id = ? AND deleted_at IS NULL').get(id) as InterviewRow | undefined;
  if (!row) throw new ApiError('not_found', 'This interview does not exist.');
  return toInterview(core, row);
}

export function updateInterview(core: Core, input: ParsedInput<'interviews.update'>): Interview {
  const { id, ...fields } = input;
  const interview = getInterview(core, id);
  const submission = getSubmission(core, interview.submissionId);
  checkInterview(core, submission.jobId, submission.clientId, fields, new Set(interview.interviewers.map((i) => i.id)));
  const columns: Record<string, SqlValue> = {};
  if (fields.startsAt !== undefined) columns.starts_at = toUtc(fields.startsAt);
  if (fields.timeZone !== undefined) columns.time_zone = fields.timeZone;
  if (fields.durationMinutes !== undefined) columns.duration_minutes = fields.durationMinutes;
  if (fields.step !== undefined) columns.step = fields.step;
  if (fields.interviewerIds !== undefined) columns.interviewer_ids = JSON.stringify([...new Set(fields.interviewerIds)]);
  if (fields.format !== undefined) columns.format = fields.format;
  if (fields.place !== undefined) columns.place = fields.place;
  if (fields.cancelled !== undefined) columns.cancelled = fields.cancelled ? 1 : 0;
  updateRecord(core, interviewEntity, id, columns);
  return getInterview(core, id);
}
