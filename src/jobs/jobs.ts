import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Job, JobStatusChange, SalaryRange } from '../api/jobs';
import { getClient } from '../clients/clients';
import { assertContactsAtClient } from '../clients/contacts';
import { feeColumns, feeFields, feeFromRow, type FeeRow } from '../clients/fee';
import { today } from '../db/clock';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type Entity, type SqlValue } from '../db/records';
import { statement } from '../db/statements';

export const jobEntity: Entity = {
  table: 'jobs',
  fields: [
    'client_id',
    'title',
    'status',
    'openings',
    'location',
    'remote_policy',
    'employment_type',
    'salary_min',
    'salary_max',
    'salary_currency',
    ...feeFields,
    'priority',
    'opened_on',
    'target_fill_on',
    'hiring_manager_id',
    'hr_contact_id',
    'owner',
  ],
  groups: [['salary_min', 'salary_max', 'salary_currency'], feeFields],
};

export const statusChangeEntity: Entity = { table: 'job_status_changes', fields: ['job_id', 'status'] };

interface JobRow extends FeeRow {
  id: string;
  client_id: string;
  client_name: string;
  client_deleted_at: string | null;
  title: string;
  status: Job['status'];
  openings: number;
  location: string | null;
  remote_policy: Job['remotePolicy'];
  employment_type: Job['employmentType'];
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  priority: Job['priority'];
  opened_on: string;
  target_fill_on: string | null;
  hiring_manager_id: string | null;
  hr_contact_id: string | null;
  owner: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    title: row.title,
    status: row.status,
    openings: row.openings,
    location: row.location,
    remotePolicy: row.remote_policy,
    employmentType: row.employment_type,
    salary:
      row.salary_currency === null ? null : { min: row.salary_min, max: row.salary_max, currency: row.salary_currency },
    fee: feeFromRow(row),
    priority: row.priority,
    openedOn: row.opened_on,
    targetFillOn: row.target_fill_on,
    hiringManagerId: row.hiring_manager_id,
    hrContactId: row.hr_contact_id,
    owner: row.owner,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type JobFields = Partial<Omit<ParsedInput<'jobs.create'>, 'clientId'>>;

function toColumns(fields: JobFields): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  const direct = {
    title: 'title',
    status: 'status',
    openings: 'openings',
    location: 'location',
    remotePolicy: 'remote_policy',
    employmentType: 'employment_type',
    priority: 'priority',
    openedOn: 'opened_on',
    targetFillOn: 'target_fill_on',
    hiringManagerId: 'hiring_manager_id',
    hrContactId: 'hr_contact_id',
    owner: 'owner',
  } as const;
  for (const [field, column] of Object.entries(direct)) {
    const value = fields[field as keyof typeof direct];
    if (value !== undefined) columns[column] = value;
  }
  if (fields.salary !== undefined) Object.assign(columns, salaryColumns(fields.salary));
  if (fields.fee !== undefined) Object.assign(columns, feeColumns(fields.fee));
  return columns;
}

function salaryColumns(salary: SalaryRange | null): Record<string, SqlValue> {
  return { salary_min: salary?.min ?? null, salary_max: salary?.max ?? null, salary_currency: salary?.currency ?? null };
}

function findRow(core: Core, id: string): JobRow | undefined {
  return statement(
    core.db,
    `SELECT jobs.*, clients.name AS client_name, clients.deleted_at AS client_deleted_at
     FROM jobs JOIN clients ON clients.id = jobs.client_id WHERE jobs.id = ?`,
  ).get(id) as JobRow | undefined;
}

/** A live job of a live client. */
export function getJob(core: Core, id: string): Job {
  const row = findRow(core, id);
  if (!row || row.deleted_at !== null || row.client_deleted_at !== null) {
    throw new ApiError('not_found', 'This job does not exist or is in the trash.');
  }
  return toJob(row);
}

export function statusHistory(core: Core, jobId: string): JobStatusChange[] {
  return statement(
    core.db,
    `SELECT status, created_at AS changedAt FROM job_status_changes
     WHERE job_id = ? AND deleted_at IS NULL ORDER BY created_hlc`,
  ).all(jobId) as JobStatusChange[];
}

function assertDatesInOrder(openedOn: string, targetFillOn: string | null): void {
  if (targetFillOn !== null && targetFillOn < openedOn) {
    throw new ApiError('invalid_input', 'The target fill date cannot be before the job was opened.', 'targetFillOn');
  }
}

export function createJob(core: Core, input: ParsedInput<'jobs.create'>): Job {
  let client;
  try {
    client = getClient(core, input.clientId);
  } catch {
    throw new ApiError('invalid_input', 'Choose a client that exists and is not in the trash.', 'clientId');
  }
  const { clientId, ...fields } = input;
  // A job's fee starts from the client's terms; the recruiter may negotiate it per job.
  const complete = { ...fields, fee: fields.fee === undefined ? client.fee : fields.fee, openedOn: fields.openedOn ?? today(core.clock) };
  assertContactsAtClient(core, clientId, [
    { id: complete.hiringManagerId, field: 'hiringManagerId' },
    { id: complete.hrContactId, field: 'hrContactId' },
  ]);
  assertDatesInOrder(complete.openedOn, complete.targetFillOn);
  const id = insertRecord(core, jobEntity, { client_id: clientId, ...toColumns(complete) });
  insertRecord(core, statusChangeEntity, { job_id: id, status: complete.status });
  return getJob(core, id);
}

export function updateJob(core: Core, input: ParsedInput<'jobs.update'>): Job {
  const { id, ...fields } = input;
  const job = getJob(core, id);
  // The contacts already on the job stay allowed even if they have since left the client.
  assertContactsAtClient(
    core,
    job.clientId,
    [
      { id: fields.hiringManagerId, field: 'hiringManagerId' },
      { id: fields.hrContactId, field: 'hrContactId' },
    ],
    new Set([job.hiringManagerId, job.hrContactId].filter((id): id is string => id !== null)),
  );
  const openedOn = fields.openedOn ?? job.openedOn;
  assertDatesInOrder(openedOn, fields.targetFillOn === undefined ? job.targetFillOn : fields.targetFillOn);
  updateRecord(core, jobEntity, id, toColumns({ ...fields, openedOn }));
  if (fields.status !== undefined && fields.status !== job.status) {
    insertRecord(core, statusChangeEntity, { job_id: id, status: fields.status });
  }
  return getJob(core, id);
}

export function deleteJob(core: Core, id: string): void {
  getJob(core, id);
  setDeleted(core, jobEntity, id, true);
}

export function restoreJob(core: Core, id: string): void {
  const row = findRow(core, id);
  if (!row || row.deleted_at === null) throw new ApiError('not_found', 'This job is not in the trash.');
  if (row.client_deleted_at !== null) {
    throw new ApiError('invalid_input', 'Restore this job’s client first: it is in the trash too.');
  }
  setDeleted(core, jobEntity, id, false);
}
