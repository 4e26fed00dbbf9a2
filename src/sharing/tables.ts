import type { SyncedTable } from '../api/sharing';
import { candidateEntity } from '../candidates/candidates';
import { fileEntity } from '../candidates/files';
import { clientEntity } from '../clients/clients';
import { contactEntity } from '../clients/contacts';
import type { Entity } from '../db/records';
import { intakeEntity } from '../jobs/intake';
import { jobEntity, statusChangeEntity } from '../jobs/jobs';
import { noteEntity, noteRevisionEntity } from '../notes/notes';
import { placementEntity } from '../placements/record';
import { reminderEntity } from '../reminders/reminders';
import { feedbackEntity } from '../submissions/feedback';
import { interviewEntity } from '../submissions/interviews';
import { shortlistEntity, shortlistEntryEntity } from '../shortlists/shortlists';
import { stageChangeEntity, submissionEntity } from '../submissions/submissions';
import { tagEntity } from '../tags/tags';

/** A candidate erased at their request; the row's id is the candidate's (see migration 006). */
export const erasureEntity: Entity = { table: 'erasures', fields: ['record_type'] };

/** A candidate merged into another; the row's id is the dropped candidate's. */
export const candidateMergeEntity: Entity = { table: 'candidate_merges', fields: ['kept_id'] };

/** Two candidates told apart ("not the same person"); the row's id is derived from the pair (see dismissedDuplicates.ts). */
export const dismissedDuplicateEntity: Entity = { table: 'dismissed_duplicates', fields: ['first_id', 'second_id'] };

/**
 * How a table's rows belong to a candidate: an erasure removes them with the candidate, and an
 * import never brings them back. A note or reminder belongs through its subject (the candidate,
 * or one of their submissions).
 */
export type Owner = { column: string; parent: 'candidates' | 'submissions' } | 'subject';

export interface SyncedTableSpec {
  entity: Entity & { table: SyncedTable };
  owner?: Owner;
}

const spec = (entity: Entity, owner?: Owner): SyncedTableSpec => ({ entity: entity as SyncedTableSpec['entity'], owner });

/**
 * Every table an export carries, parents before children, so an import can insert rows in this
 * order with foreign keys on. Erasures and merges come first: they decide which of the later
 * rows an import must leave out or move. Everything else in the database is this laptop's own or
 * derived from these (settings, candidate_keys, the search index, reminder_alerts, conflicts).
 */
export const syncedTables: readonly SyncedTableSpec[] = [
  spec(erasureEntity),
  spec(candidateMergeEntity),
  spec(clientEntity),
  spec(contactEntity),
  spec(jobEntity),
  spec(statusChangeEntity),
  spec(intakeEntity),
  spec(candidateEntity, { column: 'id', parent: 'candidates' }),
  spec(fileEntity, { column: 'candidate_id', parent: 'candidates' }),
  spec(submissionEntity, { column: 'candidate_id', parent: 'candidates' }),
  spec(stageChangeEntity, { column: 'submission_id', parent: 'submissions' }),
  spec(interviewEntity, { column: 'submission_id', parent: 'submissions' }),
  spec(feedbackEntity, { column: 'submission_id', parent: 'submissions' }),
  spec(placementEntity, { column: 'submission_id', parent: 'submissions' }),
  spec(noteEntity, 'subject'),
  spec(noteRevisionEntity, 'subject'),
  spec(reminderEntity, 'subject'),
  spec(dismissedDuplicateEntity),
  spec(shortlistEntity),
  spec(shortlistEntryEntity, 'subject'),
  spec(tagEntity, 'subject'),
];

/** Columns every synced row has besides its fields (see src/db/migrations/stamps.ts). */
const stampColumns = ['created_hlc', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at'] as const;

export const columnsOf = (entity: Entity): string[] => ['id', ...entity.fields, ...stampColumns];

const units = new WeakMap<Entity, readonly (readonly string[])[]>();

/**
 * The values a merge takes whole from one side or the other: each group, each field outside a
 * group, and the trash flag (deleted_at, stamped like any field).
 */
export function unitsOf(entity: Entity): readonly (readonly string[])[] {
  let found = units.get(entity);
  if (!found) {
    const grouped = new Set(entity.groups?.flat());
    found = [...(entity.groups ?? []), ...entity.fields.filter((f) => !grouped.has(f)).map((f) => [f]), ['deleted_at']];
    units.set(entity, found);
  }
  return found;
}

export function entityOf(table: string): Entity {
  const found = syncedTables.find((t) => t.entity.table === table);
  if (!found) throw new Error(`${table} is not a synced table`);
  return found.entity;
}
