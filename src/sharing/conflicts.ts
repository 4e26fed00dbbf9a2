import { screeningQuestionLabels, screeningQuestions } from '../api/candidates';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Conflict, ConflictSide, ConflictValue, SyncedTable } from '../api/sharing';
import type { TrashKind } from '../api/trash';
import type { Core } from '../db/core';
import { parse } from '../db/hlc';
import { insertRecord, setDeleted, updateRecord, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { statusChangeEntity } from '../jobs/jobs';
import { subjectNameSql } from '../notes/subjects';
import { restoreFromTrash } from '../trash/trash';
import { refreshCandidateKeys } from './candidateKeys';
import { deviceName } from './devices';
import type { FoundConflict, UnitValue } from './rowMerge';
import { entityOf, unitsOf } from './tables';

/** Adds a conflict an import found to the review list; returns its id (null if it was already listed). */
export function recordConflict(core: Core, table: SyncedTable, rowId: string, found: FoundConflict): string | null {
  const id = core.newId();
  const added = statement(
    core.db,
    `INSERT OR IGNORE INTO conflicts (id, entity, row_id, field, kind, local_value, local_hlc, incoming_value, incoming_hlc, current, found_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    table,
    rowId,
    found.unit[0],
    found.kind,
    JSON.stringify(found.local.value),
    found.local.hlc,
    JSON.stringify(found.incoming.value),
    found.incoming.hlc,
    found.current,
    core.clock.now().toISOString(),
  );
  return added.changes > 0 ? id : null;
}

interface ConflictRow {
  id: string;
  entity: SyncedTable;
  row_id: string;
  field: string;
  kind: Conflict['kind'];
  local_value: string;
  local_hlc: string;
  incoming_value: string;
  incoming_hlc: string;
  current: ConflictSide;
  found_at: string;
}

/** The conflicts still to review, newest first; or the ones named (an import's). */
export function listConflicts(core: Core, ids?: readonly string[]): Conflict[] {
  const rows = (
    ids
      ? statement(core.db, 'SELECT * FROM conflicts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY found_at DESC, id').all(
          JSON.stringify(ids),
        )
      : statement(core.db, 'SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY found_at DESC, id').all()
  ) as ConflictRow[];
  return rows.map((row) => toConflict(core, row));
}

function toConflict(core: Core, row: ConflictRow): Conflict {
  const unit = unitOf(row.entity, row.field);
  const side = (json: string, hlc: string): ConflictValue => {
    const stamp = parse(hlc);
    return {
      value: describe(core, unit, JSON.parse(json) as UnitValue),
      device: deviceName(core, stamp.deviceId),
      at: new Date(stamp.millis).toISOString(),
    };
  };
  return {
    id: row.id,
    table: row.entity,
    rowId: row.row_id,
    recordName: recordName(core, row.entity, row.row_id),
    field: row.field,
    fieldLabel: row.kind === 'edit_vs_delete' ? 'Edited on one computer, deleted on the other' : unitLabel(unit),
    kind: row.kind,
    local: side(row.local_value, row.local_hlc),
    incoming: side(row.incoming_value, row.incoming_hlc),
    current: row.current,
    foundAt: row.found_at,
  };
}

const unitOf = (table: string, field: string) => unitsOf(entityOf(table)).find((unit) => unit[0] === field) ?? [field];

/**
 * Keeps one side of a conflict. Keeping the value the merge did not keep writes it again through
 * the records layer, with a new stamp: later than both, so it wins on every laptop it reaches.
 * Every open conflict on the same field of the same record is settled by the same choice.
 */
export function resolveConflict(core: Core, { id, keep }: ParsedInput<'conflicts.resolve'>): void {
  const row = statement(core.db, 'SELECT * FROM conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as ConflictRow | undefined;
  if (!row) throw new ApiError('not_found', 'This conflict has been resolved already, or its record was erased.', 'id');
  const entity = entityOf(row.entity);
  const record = statement(core.db, `SELECT * FROM ${entity.table} WHERE id = ?`).get(row.row_id) as Record<string, SqlValue> | undefined;
  if (!record) throw new ApiError('not_found', 'The record of this conflict no longer exists.', 'id');
  const chosen = JSON.parse(keep === 'local' ? row.local_value : row.incoming_value) as UnitValue;
  const unit = unitOf(row.entity, row.field);
  if (unit[0] === 'deleted_at') {
    const inTrash = chosen.deleted_at !== null;
    if (inTrash && record.deleted_at === null) setDeleted(core, entity, row.row_id, true);
    if (!inTrash && record.deleted_at !== null) restore(core, row.entity, row.row_id);
  } else {
    const values = Object.fromEntries(unit.map((field) => [field, (chosen[field] ?? null) as SqlValue]));
    if (updateRecord(core, entity, row.row_id, values)) afterEdit(core, row.entity, row.row_id, values);
  }
  statement(
    core.db,
    'UPDATE conflicts SET resolved_at = ?, kept = ? WHERE entity = ? AND row_id = ? AND field = ? AND resolved_at IS NULL',
  ).run(core.clock.now().toISOString(), keep, row.entity, row.row_id, row.field);
}

const trashKinds: Partial<Record<SyncedTable, TrashKind>> = {
  clients: 'client',
  contacts: 'contact',
  jobs: 'job',
  candidates: 'candidate',
  files: 'file',
};

/** Back from the trash, by the trash's own rules where it has them (a job needs its client back first). */
function restore(core: Core, table: SyncedTable, id: string): void {
  const kind = trashKinds[table];
  if (kind) restoreFromTrash(core, kind, id);
  else setDeleted(core, entityOf(table), id, false);
}

/** What the services do beside a field's write, done here too when a conflict's value is written back. */
function afterEdit(core: Core, table: SyncedTable, id: string, values: Record<string, SqlValue>): void {
  if (table === 'candidates') refreshCandidateKeys(core, id);
  if (table === 'jobs' && typeof values.status === 'string') insertRecord(core, statusChangeEntity, { job_id: id, status: values.status });
}

/**
 * SQL naming a record of each table, for people: `?` is its id. Each names its column `label`,
 * so no other module shares these cached statements (pluck() changes a statement for every user).
 */
const ofSubmission = (idSql: string) =>
  `SELECT ${subjectNameSql('x')} AS label FROM (SELECT 'submission' AS subject_type, ${idSql} AS subject_id) x`;
const recordNames: Record<SyncedTable, string> = {
  erasures: "SELECT 'An erased candidate' AS label",
  candidate_merges: 'SELECT name AS label FROM candidates WHERE id = ?',
  clients: 'SELECT name AS label FROM clients WHERE id = ?',
  contacts: 'SELECT name AS label FROM contacts WHERE id = ?',
  jobs: 'SELECT title AS label FROM jobs WHERE id = ?',
  job_status_changes: 'SELECT j.title AS label FROM job_status_changes s JOIN jobs j ON j.id = s.job_id WHERE s.id = ?',
  intakes: "SELECT 'Intake for ' || j.title AS label FROM intakes i JOIN jobs j ON j.id = i.job_id WHERE i.id = ?",
  candidates: 'SELECT name AS label FROM candidates WHERE id = ?',
  files: 'SELECT name AS label FROM files WHERE id = ?',
  submissions: ofSubmission('?'),
  stage_changes: ofSubmission('(SELECT submission_id FROM stage_changes WHERE id = ?)'),
  interviews: `SELECT 'Interview: ' || (${ofSubmission('(SELECT submission_id FROM interviews WHERE id = ?)')}) AS label`,
  feedback: `SELECT 'Feedback: ' || (${ofSubmission('(SELECT submission_id FROM feedback WHERE id = ?)')}) AS label`,
  placements: `SELECT 'Placement: ' || (${ofSubmission('(SELECT submission_id FROM placements WHERE id = ?)')}) AS label`,
  notes: `SELECT 'Note about ' || ${subjectNameSql('x')} AS label FROM notes x WHERE x.id = ?`,
  note_revisions: `SELECT 'Earlier text of a note about ' || ${subjectNameSql('x')} AS label FROM note_revisions x WHERE x.id = ?`,
  reminders: 'SELECT title AS label FROM reminders WHERE id = ?',
  dismissed_duplicates: `SELECT (SELECT name FROM candidates WHERE id = d.first_id) || ' and ' || (SELECT name FROM candidates WHERE id = d.second_id)
    AS label FROM dismissed_duplicates d WHERE d.id = ?`,
  shortlists: 'SELECT name AS label FROM shortlists WHERE id = ?',
  shortlist_entries: `SELECT ${subjectNameSql('x')} || ' on ' || (SELECT name FROM shortlists WHERE id = x.shortlist_id) AS label
    FROM shortlist_entries x WHERE x.id = ?`,
  tags: `SELECT 'Tag “' || x.name || '” on ' || ${subjectNameSql('x')} AS label FROM tags x WHERE x.id = ?`,
};

function recordName(core: Core, table: SyncedTable, id: string): string {
  const sql = recordNames[table];
  const name = statement(core.db, sql).pluck().get(...(sql.includes('?') ? [id] : [])) as string | null | undefined;
  return name ?? 'A record that no longer exists';
}

const labels: Record<string, string> = {
  deleted_at: 'In the trash',
  salary_amount: 'Salary expectation',
  salary_min: 'Salary range',
  fee_type: 'Fee terms',
  consent_basis: 'Consent',
  placement_start_on: 'Placement',
  due_on: 'Due',
  hr_contact_id: 'HR contact',
  kept_id: 'Merged into',
  ...Object.fromEntries(
    screeningQuestions.map((q) => [`screen_${q.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, screeningQuestionLabels[q]]),
  ),
};

/** "current_title" reads "Current title"; a reference reads as what it refers to ("hiring_manager_id": "Hiring manager"). */
function unitLabel(unit: readonly string[]): string {
  const field = unit[0]!;
  const words = field.replace(/_id$/, '').replace(/_/g, ' ');
  return labels[field] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** SQL naming what a reference column points at (see recordNames on `label`). */
const referenceNames: Record<string, string> = {
  client_id: recordNames.clients,
  candidate_id: recordNames.candidates,
  kept_id: recordNames.candidates,
  job_id: recordNames.jobs,
  hiring_manager_id: recordNames.contacts,
  hr_contact_id: recordNames.contacts,
  contact_id: recordNames.contacts,
  submission_id: recordNames.submissions,
};

/** A unit's value as a person reads it: lists joined, references named, lookup keys left out. */
function describe(core: Core, unit: readonly string[], value: UnitValue): string | null {
  if (unit[0] === 'deleted_at') {
    if (Array.isArray(value.edited)) return `Edited: ${value.edited.map((field) => unitLabel([field])).join(', ')}`;
    return value.deleted_at === null ? 'Not in the trash' : 'In the trash';
  }
  const parts = unit
    .filter((field) => !field.endsWith('_key'))
    .map((field) => describeField(core, field, value[field] as SqlValue))
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function describeField(core: Core, field: string, value: SqlValue): string | null {
  if (value === null) return null;
  const reference = referenceNames[field];
  if (reference) return (statement(core.db, reference).pluck().get(value) as string | undefined) ?? String(value);
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      const items = JSON.parse(value) as unknown[];
      return items.length > 0 ? items.map(String).join(', ') : null;
    } catch {
      return value;
    }
  }
  return String(value);
}
